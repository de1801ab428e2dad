import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.js";

describe("backoffDelay", () => {
  it("draws between 0 and base × 2^(attempt-1), capped at maxMs", () => {
    const options = { baseMs: 1000, maxMs: 20_000 };
    expect([1, 2, 3, 4, 5, 6, 40].map((attempt) => backoffDelay(attempt, options, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 20_000, 20_000,
    ]);
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0))).toEqual([0, 0, 0]);
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, options, () => 0.25))).toEqual([250, 500, 1000]);
  });

  it("starts at minMs when given, and returns the ceiling when it is not above minMs", () => {
    expect(backoffDelay(3, { baseMs: 2000, maxMs: 30_000, minMs: 2000 }, () => 0)).toBe(2000);
    expect(backoffDelay(3, { baseMs: 2000, maxMs: 30_000, minMs: 2000 }, () => 0.5)).toBe(5000);
    expect(backoffDelay(1, { baseMs: 2000, maxMs: 30_000, minMs: 2000 }, () => 0.9)).toBe(2000);
  });

  it("treats attempts below 1 as the first", () => {
    expect(backoffDelay(0, { baseMs: 1000, maxMs: 5000 }, () => 1)).toBe(1000);
  });
});
