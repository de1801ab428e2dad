import { type CheckCounts, vendorCount as counter } from "@scanstat/core";
import type { SodaScanStatus } from "./soda-api-types.js";

/**
 * Check counts of a finished scan. From the `checks` list when Soda sends it: `excluded` checks
 * were not part of the run and are left out; Soda has no evaluation word for an errored check (it
 * cannot be evaluated), so the scan's `errors` counter moves that many `notEvaluated` checks to
 * `errored`. Without the list, only the counters are known: they give the checks that did not pass.
 */
export function countSodaChecks(status: SodaScanStatus): CheckCounts | undefined {
  const errorsCounter = counter(status.errors);
  if (status.checks) {
    const counts: CheckCounts = { total: 0, passed: 0, warned: 0, failed: 0, errored: 0, notEvaluated: 0 };
    for (const check of status.checks) {
      const word = check.evaluationStatus;
      if (word === "excluded") continue;
      counts.total++;
      if (word === "pass") counts.passed++;
      else if (word === "warn") counts.warned++;
      else if (word === "fail") counts.failed++;
      else counts.notEvaluated++; // notEvaluated, absent, or a word this version does not know
    }
    counts.errored = Math.min(errorsCounter, counts.notEvaluated);
    counts.notEvaluated -= counts.errored;
    return counts;
  }
  const warned = counter(status.warnings);
  const failed = counter(status.failures);
  if (status.warnings == null && status.failures == null && status.errors == null) return undefined;
  return { total: warned + failed + errorsCounter, passed: 0, warned, failed, errored: errorsCounter, notEvaluated: 0 };
}
