import { emptySeverityCounts, type FindingCounts, type Severity } from "@scanstat/core";
import { epochOf } from "./asset-runs.js";
import type { TelmaiIncident } from "../client/telmai-schemas.js";

/**
 * An execution's incidents are those detected from its start to its end plus this much. Nothing
 * is added before the start: a monitor detects only after the job's container has started, which
 * takes longer than any clock difference between Telmai's services, so an earlier detection is
 * an earlier execution's. After the end: Telmai writes times to the second (the docs' examples),
 * so a detection in the execution's last second may carry a time up to 1 s after its written
 * end, and Azure keeps service clocks within about a second: 2 s. It is kept this small so that
 * a newer execution's first detection (after its own container start and first monitor) never
 * falls into an older execution's window and changes its verdict.
 */
const incidentWindowToleranceMs = 2_000;

/** A span of detection times, epoch ms. */
export interface TelmaiIncidentWindow {
  from: number;
  to: number;
}

/**
 * What one `GET /api/incidents` read (all its pages) gave for a span of detection times: the
 * incidents (`truncated` when more pages were announced than were read), or why it failed.
 */
export interface TelmaiIncidentsReading extends TelmaiIncidentWindow {
  incidents?: readonly TelmaiIncident[];
  truncated?: boolean;
  error?: string;
}

/** An execution's incidents counted for its verdict (with what is uncertain), or why they are not known. */
export type TelmaiScanIncidents = { counts: FindingCounts; gaps: string[] } | { unread: string };

/** The incident severities (critical | high | medium | low) as the model's; any other word is `unknown`. */
export function mapTelmaiIncidentSeverity(word: string | undefined): Severity | "unknown" {
  const severity = word?.trim().toLowerCase();
  return severity === "critical" || severity === "high" || severity === "medium" || severity === "low"
    ? severity
    : "unknown";
}

/** The window an execution's incidents are read in: its start to its end plus the tolerance. */
export function incidentWindowOf(startedAt: string | undefined, finishedAt: string | undefined) {
  const from = epochOf(startedAt);
  const to = epochOf(finishedAt);
  if (from === undefined || to === undefined) return undefined;
  return { from, to: to + incidentWindowToleranceMs };
}

/**
 * The incidents of one execution: those the reading holds that were detected in its window and
 * (when its asset runs are known) on those assets. An incident with no readable detection time
 * was still inside the span the server was asked for: it is counted, and the evidence says so.
 */
export function incidentsOfScan(
  reading: TelmaiIncidentsReading | undefined,
  window: TelmaiIncidentWindow | undefined,
  assetIds?: ReadonlySet<string>,
): TelmaiScanIncidents {
  if (!window || !reading || reading.from > window.from || window.to > reading.to) {
    return { unread: "incidents not read" };
  }
  if (!reading.incidents) return { unread: `incidents not read: ${reading.error}` };
  const bySeverity = emptySeverityCounts();
  const gaps: string[] = [];
  let total = 0;
  for (const incident of reading.incidents) {
    const detected = epochOf(incident.detectedAt);
    if (detected !== undefined && (detected < window.from || detected > window.to)) continue;
    if (assetIds && incident.assetId !== undefined && !assetIds.has(incident.assetId)) continue;
    if (detected === undefined) gaps.push("an incident has no detection time");
    bySeverity[mapTelmaiIncidentSeverity(incident.severity)]++;
    total++;
  }
  if (reading.truncated) gaps.push("more incidents than were read");
  return { counts: { total, bySeverity }, gaps };
}
