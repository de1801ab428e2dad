import { describe, expect, it } from "vitest";
import type { RateLimit } from "../adapter/scan-adapter.js";
import { ConfigError } from "../errors/errors.js";
import { operationRateLimits, resolveRateBudgets } from "./rate-budgets.js";

const read: RateLimit = { requests: 60, windowMs: 60_000, documented: false };
const write: RateLimit = { requests: 10, windowMs: 60_000, documented: false };
const defaults = { read, write };
const faster: RateLimit = { requests: 120, windowMs: 60_000, documented: false };

describe("resolveRateBudgets", () => {
  it.each([
    ["no overrides", undefined, { read, write }],
    ["empty overrides", {}, { read, write }],
    ["one class overridden", { read: faster }, { read: faster, write }],
    ["both overridden", { read: faster, write: faster }, { read: faster, write: faster }],
  ])("%s", (_, overrides, expected) => {
    expect(resolveRateBudgets("halo", defaults, overrides)).toEqual(expected);
  });

  it("leaves the defaults untouched", () => {
    resolveRateBudgets("halo", defaults, { read: faster });
    expect(defaults.read).toBe(read);
  });

  it.each([
    ["an unknown class", { reads: faster }, 'halo: unknown rate class "reads": the classes are read, write'],
    [
      "zero requests",
      { read: { ...faster, requests: 0 } },
      'halo: rate class "read" needs requests > 0 and windowMs > 0',
    ],
    [
      "a negative window",
      { write: { ...faster, windowMs: -1 } },
      'halo: rate class "write" needs requests > 0 and windowMs > 0',
    ],
    [
      "NaN",
      { write: { ...faster, requests: Number.NaN } },
      'halo: rate class "write" needs requests > 0 and windowMs > 0',
    ],
    [
      "Infinity",
      { write: { ...faster, requests: Number.POSITIVE_INFINITY } },
      'halo: rate class "write" needs requests > 0 and windowMs > 0',
    ],
  ])("%s → ConfigError", (_, overrides, message) => {
    let caught: unknown;
    try {
      resolveRateBudgets("halo", defaults, overrides);
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as Error).message).toBe(message);
  });
});

describe("operationRateLimits", () => {
  it("gives each operation its class's budget, and no budget to operations without a class", () => {
    expect(operationRateLimits({ getScan: "read", triggerScan: "write" }, { read, write })).toEqual({
      getScan: read,
      triggerScan: write,
    });
  });
});
