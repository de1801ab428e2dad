import {
  emptySeverityCounts,
  type EvidenceSource,
  type FindingCounts,
  noEvidence,
  partialEvidence,
  type ResultEvidence,
  type Severity,
  severities,
} from "@scanstat/core";

/** The findings a scan reports and what they rest on. `findings` is absent when no count could be read. */
interface ProjectDiscoveryFindings {
  findings?: FindingCounts;
  evidence: ResultEvidence;
}

const wholeNumberText = /^\s*\d+\s*$/;

/**
 * A count as ProjectDiscovery sends it: a whole number from 0, or (as its 2023 spec typed the
 * counts: `["string", "integer"]`) the same number as text. Anything else is undefined — never 0,
 * which would hide findings.
 */
export function readProjectDiscoveryCount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === "string" && wholeNumberText.test(value)) {
    const count = Number(value);
    return Number.isSafeInteger(count) ? count : undefined;
  }
  return undefined;
}

/** A value in a gap: short, and never the whole of a drifted body. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

const fieldName = (name: string) => (name.length > 32 ? `${name.slice(0, 31)}…` : name);

/**
 * The scan's `severity` object (counts per severity name; untyped in today's spec) and its
 * `total_result` → finding counts and the evidence behind them (DESIGN §6):
 * - every count that is a whole number or numeric text is read; names outside critical…info
 *   count as `unknown`; any other value leaves the breakdown incomplete (a gap names the field);
 * - `total_result` above the breakdown's sum: the difference is findings of unknown severity;
 * - no breakdown (`{}`, missing, not an object): `total_result` alone, all of unknown severity
 *   (`total-only`);
 * - nothing readable at all: no findings, no evidence — the scan has no verdict.
 */
export function mapProjectDiscoveryFindings(severity: unknown, totalResult?: unknown): ProjectDiscoveryFindings {
  const gaps: string[] = [];
  const bySeverity = emptySeverityCounts();
  let sum = 0;
  let read = 0;
  if (severity !== null && typeof severity === "object" && !Array.isArray(severity)) {
    for (const name in severity) {
      if (!Object.hasOwn(severity, name)) continue;
      const value = (severity as Record<string, unknown>)[name];
      const count = readProjectDiscoveryCount(value);
      if (count === undefined) {
        gaps.push(`severity.${fieldName(name)} is ${describe(value)}, not a count`);
        continue;
      }
      const key = name.trim().toLowerCase() as Severity;
      bySeverity[severities.includes(key) ? key : "unknown"] += count;
      sum += count;
      read++;
    }
  } else if (severity !== undefined && severity !== null) {
    gaps.push(`severity is ${describe(severity)}, not counts by severity`);
  }

  let total: number | undefined;
  if (totalResult !== undefined && totalResult !== null) {
    total = readProjectDiscoveryCount(totalResult);
    if (total === undefined) gaps.push(`total_result is ${describe(totalResult)}, not a count`);
  }

  let source: EvidenceSource;
  if (read > 0) {
    source = "severity-counts";
    if (total !== undefined && total > sum) {
      bySeverity.unknown += total - sum;
      gaps.push(`total_result ${total} is above the severity counts' sum ${sum}: ${total - sum} of unknown severity`);
      sum = total;
    } else if (total !== undefined && total < sum) {
      gaps.push(`total_result ${total} is below the severity counts' sum ${sum}`);
    }
  } else if (total !== undefined) {
    source = "total-only";
    bySeverity.unknown = total;
    sum = total;
  } else {
    gaps.push("no readable severity count or total_result");
    return { evidence: noEvidence(...gaps) };
  }
  const findings: FindingCounts = { total: sum, bySeverity };
  return {
    findings,
    evidence: gaps.length > 0 ? partialEvidence([source], ...gaps) : { sources: [source], complete: true },
  };
}
