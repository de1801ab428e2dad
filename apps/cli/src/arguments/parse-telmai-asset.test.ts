import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";

describe("trigger telmai --asset (Telmai classic)", () => {
  it("passes the asset on as assetId", () => {
    expect(parseCommandLine(["trigger", "telmai", "--asset", " orders ", "--wait"])).toMatchObject({
      command: "trigger",
      vendor: "telmai",
      input: { assetId: "orders" },
      wait: true,
    });
  });

  it("no --asset: no asset (Fabric runs the whole workspace; classic says it needs one)", () => {
    expect(parseCommandLine(["trigger", "telmai"])).toMatchObject({ input: {} });
  });

  it.each([
    [["trigger", "telmai", "--asset", ""], "--asset needs a value"],
    [["trigger", "telmai", "--asset"], "option --asset needs a value"],
    [
      ["trigger", "halo", "--target-id", "1", "--asset", "orders"],
      "--asset is a telmai option; halo does not take it (halo takes --target-id)",
    ],
  ])("%j is a usage error: %s", (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
