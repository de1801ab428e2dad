import { describe, expect, it } from "vitest";
import { completeEvidence, gateVerdict, noEvidence, partialEvidence } from "./result-evidence.js";
import { verdicts } from "./scan.js";
import { resultForFindings } from "./severity-policy.js";

const counts = (bySeverity: Partial<Record<string, number>>) => ({
  total: Object.values(bySeverity).reduce((sum: number, n) => sum + (n ?? 0), 0),
  bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, ...bySeverity },
});

describe("gateVerdict", () => {
  it("keeps every verdict on complete evidence", () => {
    for (const verdict of verdicts) expect(gateVerdict(verdict, completeEvidence("checks"))).toBe(verdict);
  });
  it("never lets incomplete evidence pass: pass becomes warn, worse stays", () => {
    const evidence = partialEvidence(["severity-counts"], "a count was not a number");
    expect(gateVerdict("pass", evidence)).toBe("warn");
    expect(gateVerdict("warn", evidence)).toBe("warn");
    expect(gateVerdict("fail", evidence)).toBe("fail");
    expect(gateVerdict("error", evidence)).toBe("error");
  });
  it("gives no verdict when there is no evidence at all", () => {
    for (const verdict of verdicts) expect(gateVerdict(verdict, noEvidence("runs no longer linkable"))).toBeUndefined();
    expect(gateVerdict(undefined, completeEvidence("checks"))).toBeUndefined();
  });
  it("keeps the gaps it is given and leaves them out when there are none", () => {
    expect(partialEvidence(["incidents"], "runs unreadable")).toEqual({
      sources: ["incidents"],
      complete: false,
      gaps: ["runs unreadable"],
    });
    expect(partialEvidence(["incidents"])).toEqual({ sources: ["incidents"], complete: false });
  });
});

describe("resultForFindings", () => {
  it("passes clean complete counts", () => {
    expect(resultForFindings(counts({ low: 2 }), completeEvidence("severity-counts"))).toEqual({
      verdict: "pass",
      evidence: { sources: ["severity-counts"], complete: true },
      findings: counts({ low: 2 }),
    });
  });
  it("warns on clean counts when the breakdown is incomplete", () => {
    const result = resultForFindings(counts({ low: 2 }), partialEvidence(["severity-counts"], "high was 'x'"));
    expect(result.verdict).toBe("warn");
    expect(result.evidence.complete).toBe(false);
  });
  it("warns on findings of unknown severity, and fails on them when asked", () => {
    expect(resultForFindings(counts({ unknown: 3 }), completeEvidence("total-only")).verdict).toBe("warn");
    expect(
      resultForFindings(counts({ unknown: 3 }), completeEvidence("total-only"), {
        failOn: "high",
        warnOn: "medium",
        failOnUnknown: true,
      }).verdict,
    ).toBe("fail");
  });
  it("has no verdict and no findings when nothing could be counted", () => {
    const result = resultForFindings(undefined, noEvidence("no counts"));
    expect(result).toEqual({ evidence: { sources: [], complete: false, gaps: ["no counts"] } });
  });
});
