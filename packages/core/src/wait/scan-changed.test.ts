import { describe, expect, it } from "vitest";
import type { Scan } from "../model/scan.js";
import { scanChanged } from "./scan-changed.js";

const base: Scan = { ref: { vendor: "soda", id: "a" }, state: "running", vendorState: "executing", raw: { n: 1 } };

describe("scanChanged", () => {
  it("is false when only raw, timestamps or the hint differ", () => {
    expect(scanChanged(base, { ...base, raw: { n: 2 }, updatedAt: "2026-01-01T00:00:00Z", nextPollAt: "x" })).toBe(
      false,
    );
  });
  it("is false for equal progress and results built anew, and for undefined fields", () => {
    const a = {
      ...base,
      progress: { ratio: 0.5, total: undefined },
      result: {
        verdict: "pass" as const,
        evidence: { sources: ["checks" as const], complete: true },
        checks: undefined,
      },
    };
    const b = {
      ...base,
      progress: { ratio: 0.5 },
      result: { verdict: "pass" as const, evidence: { sources: ["checks" as const], complete: true } },
    };
    expect(scanChanged(a, b)).toBe(false);
  });
  it("is true when the state, the vendor word, the progress or the result moves", () => {
    expect(scanChanged(base, { ...base, state: "canceling" })).toBe(true);
    expect(scanChanged(base, { ...base, vendorState: "started" })).toBe(true);
    expect(scanChanged(base, { ...base, progress: { ratio: 0.1 } })).toBe(true);
    expect(scanChanged({ ...base, progress: { ratio: 0.1 } }, { ...base, progress: { ratio: 0.2 } })).toBe(true);
    expect(
      scanChanged(base, { ...base, result: { verdict: "fail", evidence: { sources: ["checks"], complete: true } } }),
    ).toBe(true);
    const findings = (high: number) => ({
      verdict: "warn" as const,
      evidence: { sources: ["severity-counts" as const], complete: true },
      findings: { total: high, bySeverity: { critical: 0, high, medium: 0, low: 0, info: 0, unknown: 0 } },
    });
    expect(scanChanged({ ...base, result: findings(1) }, { ...base, result: findings(2) })).toBe(true);
  });
});
