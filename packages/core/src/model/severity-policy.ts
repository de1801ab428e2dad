import type { FindingCounts, Severity, Verdict } from "./scan.js";
import { severities } from "./scan.js";

/** A severity threshold, or `none` to never trigger. */
export type SeverityThreshold = Severity | "none";

export interface SeverityPolicy {
  /** Findings at or above this severity make the verdict `fail`. Default `high`. */
  failOn: SeverityThreshold;
  /** Findings at or above this severity (and below failOn) make the verdict `warn`. Default `medium`. */
  warnOn: SeverityThreshold;
}

export const defaultSeverityPolicy: SeverityPolicy = Object.freeze({ failOn: "high", warnOn: "medium" });

export function isSeverityThreshold(value: string): value is SeverityThreshold {
  return value === "none" || (severities as readonly string[]).includes(value);
}

function countAtOrAbove(findings: FindingCounts, threshold: SeverityThreshold): number {
  if (threshold === "none") return 0;
  let count = 0;
  for (const severity of severities) {
    count += findings.bySeverity[severity] ?? 0;
    if (severity === threshold) break;
  }
  // Findings of unknown severity count as info.
  if (threshold === "info") count += findings.bySeverity.unknown ?? 0;
  return count;
}

/**
 * Security vendors report findings, not verdicts (as Trivy `--severity`, Grype `--fail-on`,
 * Snyk `--severity-threshold`). Findings of unknown severity count as `info`: they never
 * fail a build on their own.
 */
export function verdictForFindings(findings: FindingCounts, policy: SeverityPolicy = defaultSeverityPolicy): Verdict {
  if (countAtOrAbove(findings, policy.failOn) > 0) return "fail";
  if (countAtOrAbove(findings, policy.warnOn) > 0) return "warn";
  return "pass";
}
