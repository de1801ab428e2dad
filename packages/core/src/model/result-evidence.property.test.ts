import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidenceSources, gateVerdict, type ResultEvidence } from "./result-evidence.js";
import { severities, verdicts } from "./scan.js";
import { resultForFindings, type SeverityThreshold } from "./severity-policy.js";

const seed = Number(process.env.FUZZ_SEED ?? 20_260_101);
const runs = { numRuns: 1000, seed };

const evidence: fc.Arbitrary<ResultEvidence> = fc.record(
  {
    sources: fc.uniqueArray(fc.constantFrom(...evidenceSources), { maxLength: 3 }),
    complete: fc.boolean(),
    gaps: fc.array(fc.string(), { maxLength: 2 }),
  },
  { requiredKeys: ["sources", "complete"] },
);
const threshold = fc.constantFrom<SeverityThreshold>(...severities, "none");
const findings = fc
  .record({
    critical: fc.nat(3),
    high: fc.nat(3),
    medium: fc.nat(3),
    low: fc.nat(3),
    info: fc.nat(3),
    unknown: fc.nat(3),
  })
  .map((bySeverity) => ({ total: Object.values(bySeverity).reduce((sum, count) => sum + count, 0), bySeverity }));
const policy = fc.record({ failOn: threshold, warnOn: threshold, failOnUnknown: fc.boolean() });

describe("the evidence rule, over every verdict, evidence and policy", () => {
  it("gateVerdict: never pass on incomplete evidence, nothing on no evidence, otherwise unchanged", () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...verdicts), { nil: undefined }), evidence, (verdict, given) => {
        const gated = gateVerdict(verdict, given);
        if (verdict === undefined || given.sources.length === 0) expect(gated).toBeUndefined();
        else if (!given.complete) expect(gated).toBe(verdict === "pass" ? "warn" : verdict);
        else expect(gated).toBe(verdict);
      }),
      runs,
    );
  });

  it("resultForFindings: incomplete evidence or unknown findings never pass; failOnUnknown fails on them", () => {
    fc.assert(
      fc.property(fc.option(findings, { nil: undefined }), evidence, policy, (counts, given, chosen) => {
        const result = resultForFindings(counts, given, chosen);
        expect(result.evidence).toBe(given);
        if (!counts || given.sources.length === 0) expect(result.verdict).toBeUndefined();
        if (!given.complete || (counts?.bySeverity.unknown ?? 0) > 0) expect(result.verdict).not.toBe("pass");
        if (counts && given.sources.length > 0 && counts.bySeverity.unknown > 0 && chosen.failOnUnknown)
          expect(result.verdict).toBe("fail");
        if (counts) expect(result.findings).toBe(counts);
      }),
      runs,
    );
  });
});
