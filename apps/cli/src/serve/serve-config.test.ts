import { describe, expect, it } from "vitest";
import { readServeSection } from "./serve-config.js";

describe("the config file's serve section", () => {
  it("reads the vendors whose active scans join the board (aliases too) and the interval", () => {
    expect(
      readServeSection({ active: ["pd", "halo", "projectdiscovery"], activeIntervalSeconds: 30 }, "c.json"),
    ).toEqual({ activeVendors: ["projectdiscovery", "halo"], activeIntervalMs: 30_000 });
    expect(readServeSection(undefined, "c.json")).toEqual({ activeVendors: [], activeIntervalMs: 60_000 });
  });

  it.each([
    [[], "config c.json: serve must be an object"],
    [{ actives: [] }, 'config c.json: serve: unknown key "actives" (known: active, activeIntervalSeconds)'],
    [{ active: "halo" }, 'config c.json: serve.active must be a list of vendors, e.g. ["projectdiscovery", "halo"]'],
    [{ active: ["acme"] }, 'config c.json: serve.active: unknown vendor "acme"'],
    [
      { activeIntervalSeconds: 1 },
      "config c.json: serve.activeIntervalSeconds must be a number of seconds from 5 to 86400",
    ],
  ])("refuses %j", (section, message) => {
    expect(() => readServeSection(section, "c.json")).toThrow(message);
  });
});
