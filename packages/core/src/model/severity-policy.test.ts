import { describe, expect, it } from "vitest";
import type { FindingCounts, Severity } from "./scan.js";
import { emptySeverityCounts } from "./scan.js";
import {
  defaultSeverityPolicy,
  isSeverityThreshold,
  type SeverityThreshold,
  verdictForFindings,
} from "./severity-policy.js";

function findings(counts: Partial<Record<Severity | "unknown", number>>): FindingCounts {
  const bySeverity = { ...emptySeverityCounts(), ...counts };
  return { total: Object.values(bySeverity).reduce((sum, count) => sum + count, 0), bySeverity };
}

describe("verdictForFindings", () => {
  it("defaults to fail on high, warn on medium", () => {
    expect(defaultSeverityPolicy).toEqual({ failOn: "high", warnOn: "medium" });
    expect(Object.isFrozen(defaultSeverityPolicy)).toBe(true);
  });

  // [findings, failOn, warnOn, verdict]
  const table: Array<[Partial<Record<Severity | "unknown", number>>, SeverityThreshold, SeverityThreshold, string]> = [
    [{}, "high", "medium", "pass"],
    [{ critical: 1 }, "high", "medium", "fail"],
    [{ high: 1 }, "high", "medium", "fail"],
    [{ medium: 2 }, "high", "medium", "warn"],
    [{ low: 5, info: 9 }, "high", "medium", "pass"],
    [{ unknown: 4 }, "high", "medium", "warn"],
    [{ critical: 1 }, "critical", "high", "fail"],
    [{ high: 1 }, "critical", "high", "warn"],
    [{ medium: 1 }, "critical", "high", "pass"],
    [{ low: 1 }, "medium", "low", "warn"],
    [{ info: 1 }, "medium", "low", "pass"],
    [{ info: 1 }, "low", "info", "warn"],
    [{ info: 1 }, "info", "none", "fail"],
    // Unknown severities could be anything: at least warn, and fail where info fails.
    [{ unknown: 1 }, "low", "info", "warn"],
    [{ unknown: 1 }, "info", "none", "fail"],
    [{ unknown: 1 }, "low", "low", "warn"],
    [{ unknown: 1 }, "none", "none", "warn"],
    // none never triggers.
    [{ critical: 7 }, "none", "medium", "warn"],
    [{ critical: 7 }, "none", "none", "pass"],
    [{ medium: 1 }, "high", "none", "pass"],
    [{ high: 1 }, "high", "none", "fail"],
    // warnOn above failOn: fail still wins where it applies.
    [{ medium: 1 }, "medium", "critical", "fail"],
    [{ high: 1 }, "medium", "critical", "fail"],
  ];
  for (const [counts, failOn, warnOn, verdict] of table) {
    it(`${JSON.stringify(counts)} with failOn ${failOn}, warnOn ${warnOn} → ${verdict}`, () => {
      expect(verdictForFindings(findings(counts), { failOn, warnOn })).toBe(verdict);
    });
  }

  it("fails on unknown severities when failOnUnknown is set", () => {
    expect(
      verdictForFindings(findings({ unknown: 1 }), { failOn: "high", warnOn: "medium", failOnUnknown: true }),
    ).toBe("fail");
    expect(verdictForFindings(findings({ low: 1 }), { failOn: "high", warnOn: "medium", failOnUnknown: true })).toBe(
      "pass",
    );
  });

  it("uses the default policy when none is given", () => {
    expect(verdictForFindings(findings({ high: 1 }))).toBe("fail");
    expect(verdictForFindings(findings({ medium: 1 }))).toBe("warn");
    expect(verdictForFindings(findings({ low: 1 }))).toBe("pass");
  });

  it("reads missing severities as zero", () => {
    const partial = { total: 1, bySeverity: { medium: 1 } } as unknown as FindingCounts;
    expect(verdictForFindings(partial)).toBe("warn");
  });
});

describe("isSeverityThreshold", () => {
  it("accepts the five severities and none, nothing else", () => {
    for (const value of ["critical", "high", "medium", "low", "info", "none"])
      expect(isSeverityThreshold(value)).toBe(true);
    for (const value of ["High", "unknown", "", "all", "moderate"]) expect(isSeverityThreshold(value)).toBe(false);
  });
});
