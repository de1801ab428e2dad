import { emptySeverityCounts, type FindingCounts, type Severity } from "@scanstat/core";
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
  for (const [level, count] of Object.entries(counts ?? {})) {
    if (!Number.isFinite(count) || count <= 0) continue;
    bySeverity[severityOfHaloLevel[level.trim()] ?? "unknown"] += count;
    total += count;
  }
  return { total, bySeverity };
}
