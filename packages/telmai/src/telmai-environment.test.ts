import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { readTelmaiEnvironment } from "./telmai-environment.js";

describe("readTelmaiEnvironment", () => {
  it("reads the base URL (a trailing /api dropped) and the token", () => {
    expect(
      readTelmaiEnvironment({ TELMAI_BASE_URL: "https://telmai.example.com/api/", TELMAI_TOKEN: "eyJ.token.sig" }),
    ).toEqual({ baseUrl: "https://telmai.example.com", token: "eyJ.token.sig" });
  });

  it("drops a pasted Bearer prefix", () => {
    expect(
      readTelmaiEnvironment({ TELMAI_BASE_URL: "https://t.example.com", TELMAI_TOKEN: "Bearer abc.def" }).token,
    ).toBe("abc.def");
  });

  it("names TELMAI_BASE_URL when it is missing: no request to a made-up host", () => {
    const read = () => readTelmaiEnvironment({ TELMAI_TOKEN: "abc.def" });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/^telmai: TELMAI_BASE_URL is not set/);
  });

  it("names TELMAI_TOKEN when it is missing", () => {
    expect(() => readTelmaiEnvironment({ TELMAI_BASE_URL: "https://t.example.com", TELMAI_TOKEN: " " })).toThrow(
      /^telmai: TELMAI_TOKEN is not set/,
    );
  });

  it("names both when both are missing", () => {
    expect(() => readTelmaiEnvironment({})).toThrow(/^telmai: TELMAI_BASE_URL and TELMAI_TOKEN are not set/);
  });

  it("refuses a malformed base URL with a ConfigError", () => {
    expect(() => readTelmaiEnvironment({ TELMAI_BASE_URL: "not a url", TELMAI_TOKEN: "abc.def" })).toThrow(ConfigError);
  });
});
