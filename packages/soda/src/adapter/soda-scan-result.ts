import {
  type CheckCounts,
  type EvidenceSource,
  gateVerdict,
  partialEvidence,
  type ResultEvidence,
  type ScanResult,
  type Verdict,
} from "@scanstat/core";
import { readSodaChecks, type SodaCheckReading } from "./count-soda-checks.js";
import type { SodaScanStatus } from "../client/soda-api-types.js";

const rank: Readonly<Record<Verdict, number>> = { pass: 0, warn: 1, fail: 2, error: 3 };

/** The verdict the check outcomes alone give: the worst of them (a counter the list disagrees with included). */
function verdictOfChecks(checks: CheckCounts, counters: SodaCheckReading["counters"] = {}): Verdict {
  if (checks.errored > 0) return "error";
  if (checks.failed > 0 || (counters.failures ?? 0) > 0) return "fail";
  if (checks.warned > 0 || (counters.warnings ?? 0) > 0) return "warn";
  return "pass";
}

/**
 * Where the state word and the checks disagree. Soda's words are documented per outcome
 * (`completedWithFailures`: "reveals failed results for some checks"), so each is checked both
 * ways: counts the word hides, and a word the counts do not bear out. Errors are checked one way
 * only: a scan can err outside any check.
 */
function disagreement(word: string, stated: Verdict, counted: Verdict, checks: CheckCounts): string | undefined {
  if (rank[counted] > rank[stated]) return `state ${word}, but the checks say ${counted}`;
  if ((stated === "fail" && checks.failed === 0) || (stated === "warn" && checks.warned === 0))
    return `state ${word}, but no check ${stated === "fail" ? "failed" : "warned"}`;
  return undefined;
}

/**
 * A completed scan's result (DESIGN §6: Soda on its check outcomes). The state word is Soda's own
 * summary of the checks (`run-status`); the check list and counters (`checks`), when sent, are
 * read too. The verdict is the worse of the two; any disagreement, unreadable counter or check of
 * unknown outcome leaves the evidence incomplete, so the verdict is never pass on it.
 */
export function resultForSodaScan(word: string, stated: Verdict, status: SodaScanStatus): ScanResult {
  const { checks, counters, gaps } = readSodaChecks(status);
  const sources: EvidenceSource[] = ["run-status"];
  let verdict = stated;
  if (checks) {
    sources.push("checks");
    const counted = verdictOfChecks(checks, counters);
    if (rank[counted] > rank[verdict]) verdict = counted;
    const differs = disagreement(word, stated, counted, checks);
    if (differs) gaps.push(differs);
  }
  const evidence: ResultEvidence = gaps.length > 0 ? partialEvidence(sources, ...gaps) : { sources, complete: true };
  const gated = gateVerdict(verdict, evidence);
  return { ...(gated ? { verdict: gated } : {}), evidence, ...(checks ? { checks } : {}) };
}
