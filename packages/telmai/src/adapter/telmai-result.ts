import {
  completeEvidence,
  type EvidenceSource,
  gateVerdict,
  partialEvidence,
  type ScanResult,
  type SeverityPolicy,
  type Verdict,
  verdictForFindings,
} from "@scanstat/core";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import { incidentsOfScan, type TelmaiIncidentsReading, type TelmaiIncidentWindow } from "./telmai-incidents.js";
import { type TelmaiRunsSummary, worseVerdict } from "./summarize-telmai-runs.js";

/** What a finished scan's verdict is read from besides its runs: the incidents read in its lookup. */
export interface TelmaiVerdictContext {
  incidents: TelmaiIncidentsReading;
  /** How incident severities become a verdict (as findings'). Default: fail on high, warn on medium. */
  severityPolicy?: SeverityPolicy;
}

/**
 * A finished execution's result, from two sources:
 * - `incidents` detected in its window (the primary signal of a breach), by the severity policy;
 * - `run-status`: its linked asset runs (`failed` → fail, `partial_failure` → warn).
 * The verdict is the worse of the two, through core's rule (incomplete evidence is never pass).
 * Runs fade as newer executions run; without them the verdict stands only when the incidents
 * alone say `fail` (no run could make it worse), else there is none: never a verdict that a
 * newer execution changed. Incidents that could not be read leave the evidence incomplete.
 */
export function telmaiResult(
  summary: TelmaiRunsSummary,
  runs: readonly TelmaiLinkedRun[],
  window: TelmaiIncidentWindow | undefined,
  context: TelmaiVerdictContext | undefined,
): ScanResult {
  const sources: EvidenceSource[] = [];
  const gaps: string[] = [];
  let verdict: Verdict | undefined;
  const assets = runs.length > 0 ? new Set(runs.map((linked) => linked.assetId)) : undefined;
  const incidents = incidentsOfScan(context?.incidents, window, assets);
  if ("unread" in incidents) {
    gaps.push(incidents.unread);
  } else {
    sources.push("incidents");
    gaps.push(...incidents.gaps);
    verdict = verdictForFindings(incidents.counts, context?.severityPolicy);
  }
  if (summary.verdict) {
    sources.push("run-status");
    verdict = worseVerdict(verdict, summary.verdict);
  } else {
    gaps.push(runs.length > 0 ? "its asset runs had not ended" : "its asset runs can no longer be linked");
    if (verdict !== "fail") verdict = undefined;
  }
  const evidence = gaps.length > 0 ? partialEvidence(sources, ...gaps) : completeEvidence(...sources);
  const gated = gateVerdict(verdict, evidence);
  const result: ScanResult = gated ? { verdict: gated, evidence } : { evidence };
  if (!("unread" in incidents)) result.findings = incidents.counts;
  if (summary.checks) result.checks = summary.checks;
  return result;
}
