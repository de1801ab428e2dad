import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { telmaiBaseUrl } from "./telmai-base-url.js";

describe("telmaiBaseUrl", () => {
  it.each([
    ["https://telmai.example.com", "https://telmai.example.com"],
    ["https://telmai.example.com/", "https://telmai.example.com"],
    ["https://telmai.example.com/api", "https://telmai.example.com"],
    ["https://telmai.example.com/api/", "https://telmai.example.com"],
    ["  https://telmai.example.com/API  ", "https://telmai.example.com"],
    ["https://proxy.example.com/telmai", "https://proxy.example.com/telmai"],
    ["https://proxy.example.com/telmai/api", "https://proxy.example.com/telmai"],
    ["https://proxy.example.com/apis", "https://proxy.example.com/apis"],
    ["http://127.0.0.1:4100/telmai", "http://127.0.0.1:4100/telmai"],
  ])("%s → %s", (given, expected) => {
    expect(telmaiBaseUrl(given)).toBe(expected);
  });

  // The kit's one wording for every vendor; plain http now only on loopback, as for the others.
  it.each([
    [undefined],
    ["   "],
    ["telmai.example.com"],
    ["ftp://telmai.example.com"],
    ["http://telmai.example.com"],
    ["https://telmai.example.com/?tenant=1"],
    ["https://user:secret@telmai.example.com"],
  ])("refuses %s with a ConfigError naming TELMAI_BASE_URL", (given) => {
    const call = () => telmaiBaseUrl(given);
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(
      /^telmai: the base URL \(TELMAI_BASE_URL\) must be https:\/\/host\[:port\]\[\/prefix\], without query/,
    );
  });

  it("never repeats the credentials of a refused URL", () => {
    expect(() => telmaiBaseUrl("https://user:secret@telmai.example.com")).not.toThrow(/secret/);
  });
});
