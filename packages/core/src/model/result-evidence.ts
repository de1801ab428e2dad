import type { Verdict } from "./scan.js";

/**
 * What a verdict can rest on. A vendor may give several at once (a run status and incidents).
 * - `severity-counts`: findings counted per severity (security scanners)
 * - `total-only`: a findings total with no usable breakdown
 * - `checks`: check outcomes (data-quality checks)
 * - `incidents`: incidents detected in the scan's window
 * - `alerts`: the job's alerts, by priority
 * - `run-status`: the vendor's word for how a run ended
 * - `events`: the vendor's event log (an event that says the scan completed or failed)
 */
export const evidenceSources = [
  "severity-counts",
  "total-only",
  "checks",
  "incidents",
  "alerts",
  "run-status",
  "events",
] as const;

export type EvidenceSource = (typeof evidenceSources)[number];

export interface ResultEvidence {
  /** What the verdict was read from. Empty when nothing could be read: then there is no verdict. */
  sources: EvidenceSource[];
  /** False when part of what the verdict needs could not be read. A verdict on it is never `pass`. */
  complete: boolean;
  /** Why the evidence is incomplete or the verdict is missing, each a few plain words. */
  gaps?: string[];
}

/**
 * The one rule every vendor's verdict goes through (DESIGN §6): incomplete evidence is never
 * `pass` (it becomes `warn`), and no evidence at all is no verdict (`undefined`: the scan ended
 * without a verdict, exit 3). A vendor mapper computes its verdict from what it read, then asks
 * this function what may be said.
 */
export function gateVerdict(verdict: Verdict | undefined, evidence: ResultEvidence): Verdict | undefined {
  if (verdict === undefined || evidence.sources.length === 0) return undefined;
  if (!evidence.complete && verdict === "pass") return "warn";
  return verdict;
}

/** Evidence that is complete: what the vendor said, all of it, was read. */
export function completeEvidence(...sources: EvidenceSource[]): ResultEvidence {
  return { sources, complete: true };
}

/** Evidence with gaps: a verdict on it is at least `warn`. No sources: no verdict. */
export function partialEvidence(sources: EvidenceSource[], ...gaps: string[]): ResultEvidence {
  return gaps.length > 0 ? { sources, complete: false, gaps } : { sources, complete: false };
}

/** Nothing could be read: the scan ended without a verdict. */
export function noEvidence(...gaps: string[]): ResultEvidence {
  return partialEvidence([], ...gaps);
}
