import type { CheckCounts } from "@scanstat/core";
import type { SodaScanStatus } from "../client/soda-api-types.js";

/** The check counts of a finished scan, and what could not be read on the way (each a few words). */
export interface SodaCheckReading {
  checks?: CheckCounts;
  /** The scan's counters, where they are counts (they may disagree with the list: see `gaps`). */
  counters: { errors?: number; failures?: number; warnings?: number };
  gaps: string[];
}

function readCounter(status: SodaScanStatus, name: "errors" | "failures" | "warnings", gaps: string[]) {
  const value = status[name];
  if (value === null || value === undefined) return undefined;
  if (Number.isSafeInteger(value) && value >= 0) return value;
  gaps.push(`${name} is ${value}, not a count`);
  return undefined;
}

/**
 * Check counts of a finished scan. From the `checks` list when Soda sends it: `excluded` checks
 * were not part of the run and are left out; Soda has no evaluation word for an errored check (it
 * cannot be evaluated), so the scan's `errors` counter moves that many `notEvaluated` checks to
 * `errored`. Without the list, only the counters are known: they give the checks that did not
 * pass. A check whose outcome is missing or a word this version does not know, a counter that is
 * not a count, and counters that disagree with the list are gaps — never read as a pass.
 */
export function readSodaChecks(status: SodaScanStatus): SodaCheckReading {
  const gaps: string[] = [];
  const errors = readCounter(status, "errors", gaps);
  const failures = readCounter(status, "failures", gaps);
  const warnings = readCounter(status, "warnings", gaps);
  const counters = {
    ...(errors !== undefined ? { errors } : {}),
    ...(failures !== undefined ? { failures } : {}),
    ...(warnings !== undefined ? { warnings } : {}),
  };
  if (status.checks) {
    const counts: CheckCounts = { total: 0, passed: 0, warned: 0, failed: 0, errored: 0, notEvaluated: 0 };
    let unread = 0;
    for (const check of status.checks) {
      const word = check.evaluationStatus;
      if (word === "excluded") continue;
      counts.total++;
      if (word === "pass") counts.passed++;
      else if (word === "warn") counts.warned++;
      else if (word === "fail") counts.failed++;
      else {
        counts.notEvaluated++;
        if (word !== "notEvaluated") unread++;
      }
    }
    if (unread > 0) gaps.push(`${unread} check${unread === 1 ? " has" : "s have"} no evaluation status scanstat knows`);
    if (failures !== undefined && failures !== counts.failed)
      gaps.push(`failures says ${failures}, the checks list ${counts.failed}`);
    if (warnings !== undefined && warnings !== counts.warned)
      gaps.push(`warnings says ${warnings}, the checks list ${counts.warned}`);
    counts.errored = Math.min(errors ?? 0, counts.notEvaluated);
    counts.notEvaluated -= counts.errored;
    return { checks: counts, counters, gaps };
  }
  if (errors === undefined && failures === undefined && warnings === undefined) return { counters, gaps };
  const warned = warnings ?? 0;
  const failed = failures ?? 0;
  const errored = errors ?? 0;
  return {
    checks: { total: warned + failed + errored, passed: 0, warned, failed, errored, notEvaluated: 0 },
    counters,
    gaps,
  };
}

/** Check counts alone (see `readSodaChecks`, which also says what it could not read). */
export function countSodaChecks(status: SodaScanStatus): CheckCounts | undefined {
  return readSodaChecks(status).checks;
}
