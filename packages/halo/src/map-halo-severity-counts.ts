import { emptySeverityCounts, type FindingCounts, type Severity, vendorCount } from "@scanstat/core";
import type { HaloSeverityCounts } from "./halo-schemas.js";

/**
 * Halo rates issues 1..5 (5 = an attacker can take full control … 1 = unnecessary data).
 * Key "0" is undocumented: inference, informational. Any other key counts as `unknown`.
 */
const severityOfHaloLevel: Readonly<Record<string, Severity>> = {
  "5": "critical",
  "4": "high",
  "3": "medium",
  "2": "low",
  "1": "info",
  "0": "info",
};

/** `issue_severity_count` (distinct issues, not instances) → findings by severity. */
export function mapHaloSeverityCounts(counts: HaloSeverityCounts | null | undefined): FindingCounts {
  const bySeverity = emptySeverityCounts();
  let total = 0;
  for (const [level, value] of Object.entries(counts ?? {})) {
    const count = vendorCount(value);
    if (count === 0) continue;
    // Own keys only: a level named "toString" is not a severity.
    const key = level.trim();
    bySeverity[Object.hasOwn(severityOfHaloLevel, key) ? severityOfHaloLevel[key]! : "unknown"] += count;
    total += count;
  }
  return { total, bySeverity };
}
