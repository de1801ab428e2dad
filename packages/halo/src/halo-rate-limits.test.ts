import { ConfigError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";
import { haloDefaultRateLimits } from "./halo-rate-limits.js";

const resolveHaloRateLimits = (overrides: Parameters<typeof resolveRateBudgets>[2]) =>
  resolveRateBudgets("halo", haloDefaultRateLimits, overrides);

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
      'halo: unknown rate class "getScan": the classes are read, write',
    );
  });

  it("refuses a non-positive budget", () => {
    const attempt = () => resolveHaloRateLimits({ write: { requests: 0, windowMs: 60_000, documented: false } });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow('halo: rate class "write" needs requests > 0 and windowMs > 0');
  });
});
