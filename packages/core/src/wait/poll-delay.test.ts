import { describe, expect, it } from "vitest";
import { pollDelay } from "./poll-delay.js";

const defaults = { minDelayMs: 2000, maxDelayMs: 30_000 };

describe("pollDelay", () => {
  it("grows from 2 s to the 30 s cap at the top of the jitter", () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((attempt) => pollDelay(attempt, defaults, () => 1))).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("never goes below the minimum (full jitter between min and the ceiling)", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => pollDelay(attempt, defaults, () => 0))).toEqual([
      2000, 2000, 2000, 2000, 2000,
    ]);
    expect([1, 2, 3, 4, 5].map((attempt) => pollDelay(attempt, defaults, () => 0.5))).toEqual([
      2000, 3000, 5000, 9000, 16_000,
    ]);
  });

  it("stays within [min, ceiling] for any random value", () => {
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(30_000, 2000 * 2 ** (attempt - 1));
      for (const value of [0, 0.1, 0.37, 0.5, 0.99, 0.999999]) {
        const delay = pollDelay(attempt, defaults, () => value);
        expect(delay).toBeGreaterThanOrEqual(2000);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it("returns intervalMs when set, whatever the attempt", () => {
    expect([1, 5, 20].map((attempt) => pollDelay(attempt, { ...defaults, intervalMs: 7000 }, () => 1))).toEqual([
      7000, 7000, 7000,
    ]);
    expect(pollDelay(3, { ...defaults, intervalMs: 0 })).toBe(0);
  });
});
