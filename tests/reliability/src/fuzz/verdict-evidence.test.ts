import { isTerminalState, type Scan, scanSchema, validate } from "@scanstat/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The mappers are internal to their packages: fuzzed from source, on purpose.
import { mapProjectDiscoveryScan } from "../../../../packages/projectdiscovery/src/adapter/map-projectdiscovery-scan.js";
import { mapSodaScan } from "../../../../packages/soda/src/adapter/map-soda-scan.js";
import { projectDiscoveryScanBody, sodaStatusBody } from "./vendor-arbitraries.js";

/** Fixed, so CI explores the same cases every run; `FUZZ_SEED=<n>` explores others. */
const seed = Number(process.env.FUZZ_SEED ?? 20_260_101);
const runs = { numRuns: 600, seed };

/**
 * The rule every verdict obeys (DESIGN §6), whatever the vendor sent: incomplete evidence is never
 * pass; no evidence is no verdict; a verdict only on a terminal scan; and the result fits the model.
 */
function expectHonestVerdict(scan: Scan): void {
  const checked = validate(scanSchema, scan);
  expect(checked.ok ? "valid" : `field ${checked.field}: ${checked.problem}`).toBe("valid");
  const result = scan.result;
  if (!result) return;
  expect(isTerminalState(scan.state)).toBe(true);
  const evidence = result.evidence;
  if (!evidence.complete) {
    expect(result.verdict).not.toBe("pass");
    expect(evidence.gaps?.length ?? 0).toBeGreaterThan(0);
  }
  if (evidence.sources.length === 0) expect(result.verdict).toBeUndefined();
  if (result.verdict === "pass") {
    expect(evidence.complete).toBe(true);
    expect((result.findings?.bySeverity.unknown ?? 0) === 0).toBe(true);
  }
}

/** Bodies of finished scans half of the time: the verdict is what is under test. */
const finishedProjectDiscovery = fc
  .tuple(projectDiscoveryScanBody, fc.boolean())
  .map(([body, finish]) => (finish ? { ...body, status: "finished" } : body));
const completedWords = ["completed", "completedWithWarnings", "completedWithFailures", "completedWithErrors"];
const finishedSoda = fc
  .tuple(sodaStatusBody, fc.option(fc.constantFrom(...completedWords), { nil: undefined }))
  .map(([body, word]) => (word ? { ...body, state: word } : body));

describe("fuzzing verdicts: whenever the evidence is incomplete, the verdict is not pass", () => {
  it("projectdiscovery: random ScanStatusItems (string, fractional, negative, nested counts; totals)", () => {
    fc.assert(
      fc.property(finishedProjectDiscovery, (body) => {
        // The id is the one asked for (the adapter checks it); everything else is as fuzzed.
        const item = { ...body, scan_id: "scan-1" } as Parameters<typeof mapProjectDiscoveryScan>[0];
        expectHonestVerdict(mapProjectDiscoveryScan(item));
      }),
      runs,
    );
  });

  it("projectdiscovery: a breakdown with any count that is not a whole number is never pass", () => {
    const notACount = fc.oneof(
      fc.double({ noNaN: true }).filter((value) => !Number.isSafeInteger(value) || value < 0),
      fc.constantFrom("abc", "-2", "1.5", null, {}, [], true),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("critical", "high", "medium", "low", "info"), fc.nat(3)),
        fc.constantFrom("critical", "high", "medium", "low", "info"),
        notACount,
        fc.option(fc.nat(20), { nil: undefined }),
        (counts, name, bad, total) => {
          const scan = mapProjectDiscoveryScan({
            scan_id: "a",
            status: "finished",
            severity: { ...counts, [name]: bad },
            total_result: total,
          });
          expect(scan.result?.evidence.complete).toBe(false);
          expect(scan.result?.verdict).not.toBe("pass");
          expect(scan.result?.evidence.gaps?.some((gap) => gap.startsWith(`severity.${name} `))).toBe(true);
        },
      ),
      runs,
    );
  });

  it("soda: random status bodies (unknown words, odd counters, disagreeing checks)", () => {
    fc.assert(
      fc.property(finishedSoda, (body) => {
        expectHonestVerdict(mapSodaScan("scan-1", body as Parameters<typeof mapSodaScan>[1]));
      }),
      runs,
    );
  });

  it("soda: a check or counter that says fail is never read as pass or warn", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...completedWords),
        fc.array(fc.constantFrom("pass", "warn", "notEvaluated", "excluded")),
        fc.boolean(),
        (state, words, viaCounter) => {
          const checks = words.map((evaluationStatus) => ({ evaluationStatus }));
          const body = viaCounter
            ? { state, checks, failures: 1 }
            : { state, checks: [...checks, { evaluationStatus: "fail" }] };
          const verdict = mapSodaScan("scan-1", body).result?.verdict;
          expect(["fail", "error"]).toContain(verdict);
        },
      ),
      runs,
    );
  });
});
