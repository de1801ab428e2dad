import { describe, expect, it } from "vitest";
import { emptySeverityCounts, isTerminalState, scanStates } from "./scan.js";

describe("isTerminalState", () => {
  it("is true for completed, failed, canceled and timed_out only", () => {
    expect(scanStates.filter(isTerminalState)).toEqual(["completed", "failed", "canceled", "timed_out"]);
    expect(isTerminalState("unknown")).toBe(false);
    expect(isTerminalState("canceling")).toBe(false);
  });
});

describe("emptySeverityCounts", () => {
  it("is zero for every severity, unknown included, and a new object each time", () => {
    const counts = emptySeverityCounts();
    expect(counts).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 });
    counts.high = 3;
    expect(emptySeverityCounts().high).toBe(0);
  });
});
