import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { haloDefaultRateLimits, resolveHaloRateLimits } from "./halo-rate-limits.js";

describe("resolveHaloRateLimits", () => {
  it("defaults to conservative, undocumented budgets", () => {
    expect(resolveHaloRateLimits(undefined)).toEqual({
      read: { requests: 60, windowMs: 60_000, documented: false },
      write: { requests: 10, windowMs: 60_000, documented: false },
    });
  });

  it("applies an override per class", () => {
    const read = { requests: 300, windowMs: 60_000, documented: false };
    expect(resolveHaloRateLimits({ read })).toEqual({ read, write: haloDefaultRateLimits.write });
  });

  it("refuses an unknown class", () => {
    expect(() => resolveHaloRateLimits({ getScan: { requests: 1, windowMs: 1, documented: false } })).toThrow(
      'halo rate limits are set per class (read, write), not "getScan"',
    );
  });

  it("refuses a non-positive budget", () => {
    const attempt = () => resolveHaloRateLimits({ write: { requests: 0, windowMs: 60_000, documented: false } });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow('halo rate limit "write" needs requests > 0 and windowMs > 0');
  });
});
