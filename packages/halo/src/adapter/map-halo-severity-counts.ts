import { emptySeverityCounts, type FindingCounts, type Severity, vendorCount } from "@scanstat/core";
import type { HaloSeverityCounts } from "../client/halo-schemas.js";

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

/**
 * What keeps `issue_severity_count` from being complete evidence: no counts at all, or a count
 * that is not a whole number from 0 (`mapHaloSeverityCounts` counts those as 0). Empty when complete.
 */
export function haloSeverityCountGaps(counts: HaloSeverityCounts | null | undefined): string[] {
  if (counts === null || counts === undefined || typeof counts !== "object")
    return ["Halo sent no issue_severity_count"];
  const unreadable = Object.entries(counts)
    .filter(([, value]) => !(typeof value === "number" && Number.isSafeInteger(value) && value >= 0))
    .map(([level]) => level);
  return unreadable.length > 0
    ? [`issue_severity_count of level ${unreadable.join(", ")} is not a whole number from 0`]
    : [];
}
