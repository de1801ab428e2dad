import { describe, expect, it } from "vitest";
import { readSodaChecks } from "./count-soda-checks.js";
import { resultForSodaScan } from "./soda-scan-result.js";

describe("resultForSodaScan", () => {
  it("the state word alone: its verdict, on complete run-status evidence", () => {
    expect(resultForSodaScan("completedWithWarnings", "warn", { state: "completedWithWarnings" })).toEqual({
      verdict: "warn",
      evidence: { sources: ["run-status"], complete: true },
    });
  });

  it("the worse of word and checks wins, and the disagreement is a gap", () => {
    expect(
      resultForSodaScan("completedWithWarnings", "warn", {
        state: "completedWithWarnings",
        checks: [{ evaluationStatus: "warn" }, { evaluationStatus: "fail" }],
      }),
    ).toEqual({
      verdict: "fail",
      evidence: {
        sources: ["run-status", "checks"],
        complete: false,
        gaps: ["state completedWithWarnings, but the checks say fail"],
      },
      checks: { total: 2, passed: 0, warned: 1, failed: 1, errored: 0, notEvaluated: 0 },
    });
  });

  it("a word the checks do not bear out keeps its verdict, on partial evidence", () => {
    expect(
      resultForSodaScan("completedWithFailures", "fail", { state: "completedWithFailures", failures: 0 }).evidence,
    ).toEqual({
      sources: ["run-status", "checks"],
      complete: false,
      gaps: ["state completedWithFailures, but no check failed"],
    });
  });
});

describe("readSodaChecks", () => {
  it("keeps the counters that are counts and names the others", () => {
    expect(readSodaChecks({ state: "completed", errors: 0, failures: -2, warnings: 1.5 })).toEqual({
      checks: { total: 0, passed: 0, warned: 0, failed: 0, errored: 0, notEvaluated: 0 },
      counters: { errors: 0 },
      gaps: ["failures is -2, not a count", "warnings is 1.5, not a count"],
    });
  });

  it("nothing sent: no checks, no gaps", () => {
    expect(readSodaChecks({ state: "completed", errors: null })).toEqual({ counters: {}, gaps: [] });
  });
});
