import { gateVerdict, type ResultEvidence } from "./result-evidence.js";
import type { FindingCounts, ScanResult, Severity, Verdict } from "./scan.js";
import { severities } from "./scan.js";

/** A severity threshold, or `none` to never trigger. */
export type SeverityThreshold = Severity | "none";

export interface SeverityPolicy {
  /** Findings at or above this severity make the verdict `fail`. Default `high`. */
  failOn: SeverityThreshold;
  /** Findings at or above this severity (and below failOn) make the verdict `warn`. Default `medium`. */
  warnOn: SeverityThreshold;
  /**
   * Findings whose severity nobody could read make the verdict at least `warn`; with this set,
   * `fail` (a front end's fail-on-unknown switch). Default false.
   */
  failOnUnknown?: boolean;
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
  // Every finding is at least info, whatever its severity word: `info` counts the unknown ones too.
  if (threshold === "info") count += findings.bySeverity.unknown ?? 0;
  return count;
}

/**
 * Security vendors report findings, not verdicts (as Trivy `--severity`, Grype `--fail-on`,
 * Snyk `--severity-threshold`). A finding of unknown severity could be critical, so it never
 * lets a scan pass: it makes the verdict at least `warn` (`fail` with `failOnUnknown`).
 */
export function verdictForFindings(findings: FindingCounts, policy: SeverityPolicy = defaultSeverityPolicy): Verdict {
  if (countAtOrAbove(findings, policy.failOn) > 0) return "fail";
  const unknown = findings.bySeverity.unknown ?? 0;
  if (unknown > 0 && policy.failOnUnknown) return "fail";
  if (countAtOrAbove(findings, policy.warnOn) > 0 || unknown > 0) return "warn";
  return "pass";
}

/**
 * The result of a security scan: the policy's verdict on the findings, through the evidence rule
 * (incomplete evidence is never pass; none is no verdict). `findings` is left out when the
 * evidence has no source to count from.
 */
export function resultForFindings(
  findings: FindingCounts | undefined,
  evidence: ResultEvidence,
  policy: SeverityPolicy = defaultSeverityPolicy,
): ScanResult {
  const verdict = findings ? gateVerdict(verdictForFindings(findings, policy), evidence) : undefined;
  return { ...(verdict ? { verdict } : {}), evidence, ...(findings ? { findings } : {}) };
}
