import { emptySeverityCounts, type FindingCounts, type Severity } from "@scanstat/core";
import type { TelmaiClassicAlert } from "../client/telmai-classic-schemas.js";

/**
 * An alert's `priority` as a severity. The check-for-alerts page shows only "<priority_level>";
 * LOW / MEDIUM / HIGH is an inference from the incidents page (same scale, `"priority": "HIGH"`).
 * Any other word, or none, is `unknown`: the severity policy makes it at least a warn.
 */
const severityOf: Readonly<Record<string, Severity>> = { HIGH: "high", MEDIUM: "medium", LOW: "low" };

export function mapTelmaiClassicPriority(priority: string | undefined): Severity | "unknown" {
  return (priority && severityOf[priority.trim().toUpperCase()]) || "unknown";
}

/** The job's alerts counted by severity (what the verdict rests on). */
export function countTelmaiClassicAlerts(alerts: readonly TelmaiClassicAlert[]): FindingCounts {
  const bySeverity = emptySeverityCounts();
  for (const alert of alerts) bySeverity[mapTelmaiClassicPriority(alert.priority)]++;
  return { total: alerts.length, bySeverity };
}
