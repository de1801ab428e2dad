import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { normalizeTelmaiBaseUrl } from "./telmai-base-url.js";

describe("normalizeTelmaiBaseUrl", () => {
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
    expect(normalizeTelmaiBaseUrl(given)).toBe(expected);
  });

  it.each([
    [undefined, /^telmai: no base URL: set TELMAI_BASE_URL/],
    ["   ", /^telmai: no base URL: set TELMAI_BASE_URL/],
    ["telmai.example.com", /^telmai: TELMAI_BASE_URL must be an http\(s\) address/],
    ["ftp://telmai.example.com", /^telmai: TELMAI_BASE_URL must be an http\(s\) address/],
    ["https://telmai.example.com/?tenant=1", /^telmai: TELMAI_BASE_URL must be an http\(s\) address without query/],
    ["https://user:secret@telmai.example.com", /without query or credentials/],
  ])("refuses %s with a ConfigError naming TELMAI_BASE_URL", (given, message) => {
    const call = () => normalizeTelmaiBaseUrl(given);
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(message);
  });

  it("never repeats the credentials of a refused URL", () => {
    expect(() => normalizeTelmaiBaseUrl("https://user:secret@telmai.example.com")).not.toThrow(/secret/);
  });
});
