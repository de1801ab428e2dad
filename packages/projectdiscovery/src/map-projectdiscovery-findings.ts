import { emptySeverityCounts, type FindingCounts, type Severity, severities } from "@scanstat/core";

const isCount = (value: unknown): value is number => typeof value === "number" && value >= 0 && value % 1 === 0;

/**
 * The scan's `severity` object (counts per severity name, untyped in the spec) → finding counts.
 * Names outside critical/high/medium/low/info count as `unknown`; values that are not counts are
 * skipped. With no severity object, the scan's `total_result` stands in, all of unknown severity.
 * Undefined when neither is there.
 */
export function mapProjectDiscoveryFindings(severity: unknown, totalResult?: number | null): FindingCounts | undefined {
  const bySeverity = emptySeverityCounts();
  if (severity !== null && typeof severity === "object" && !Array.isArray(severity)) {
    let total = 0;
    for (const [name, count] of Object.entries(severity)) {
      if (!isCount(count)) continue;
      const key = name.trim().toLowerCase() as Severity;
      bySeverity[severities.includes(key) ? key : "unknown"] += count;
      total += count;
    }
    return { total, bySeverity };
  }
  if (!isCount(totalResult)) return undefined;
  bySeverity.unknown = totalResult;
  return { total: totalResult, bySeverity };
}
