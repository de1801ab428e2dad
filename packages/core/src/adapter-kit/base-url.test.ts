import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import { isLoopbackHost, normalizeBaseUrl } from "./base-url.js";

describe("normalizeBaseUrl", () => {
  it.each([
    ["an origin", "https://api.halosecurity.com", {}, "https://api.halosecurity.com"],
    ["trailing slashes dropped", "https://cloud.soda.io///", {}, "https://cloud.soda.io"],
    ["surrounding spaces dropped", "  https://cloud.soda.io ", {}, "https://cloud.soda.io"],
    ["a proxy's path prefix kept", "https://proxy.example.com/soda/", {}, "https://proxy.example.com/soda"],
    ["a port kept", "https://proxy.example.com:8443", {}, "https://proxy.example.com:8443"],
    [
      "the documented prefix dropped",
      "https://telmai.example.com/api/",
      { documentedPrefix: "/api" },
      "https://telmai.example.com",
    ],
    ["…in any case", "https://telmai.example.com/API", { documentedPrefix: "/api" }, "https://telmai.example.com"],
    [
      "…behind a proxy prefix",
      "https://p.example.com/halo/api/v1",
      { documentedPrefix: "/api/v1" },
      "https://p.example.com/halo",
    ],
    [
      "…only at the end",
      "https://p.example.com/api/v1/x",
      { documentedPrefix: "/api/v1" },
      "https://p.example.com/api/v1/x",
    ],
    ["http on 127.0.0.1", "http://127.0.0.1:4100", {}, "http://127.0.0.1:4100"],
    ["http on localhost", "http://localhost:4100/halo", {}, "http://localhost:4100/halo"],
    ["http on [::1]", "http://[::1]:4100", {}, "http://[::1]:4100"],
  ])("%s", (_, value, options, expected) => {
    expect(normalizeBaseUrl(value, { vendor: "halo", ...options })).toBe(expected);
  });

  it.each([
    ["missing", undefined],
    ["blank", "  "],
    ["not a URL", "api.halosecurity.com"],
    ["http off loopback", "http://api.halosecurity.com"],
    ["another scheme", "ftp://api.halosecurity.com"],
    ["a query", "https://api.halosecurity.com/?key=1"],
    ["a fragment", "https://api.halosecurity.com/#x"],
    ["credentials", "https://user:hunter2@api.halosecurity.com"],
  ])("refuses %s with one wording, never repeating the value", (_, value) => {
    let caught: unknown;
    try {
      normalizeBaseUrl(value, { vendor: "halo", variable: "HALO_BASE_URL" });
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toBe(
      "halo: the base URL (HALO_BASE_URL) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)",
    );
  });

  it.each([
    ["localhost", true],
    ["sandbox.localhost", true],
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["[::1]", true],
    ["localhost.example.com", false],
    ["128.0.0.1", false],
    ["api.halosecurity.com", false],
  ])("isLoopbackHost(%s) is %s", (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
