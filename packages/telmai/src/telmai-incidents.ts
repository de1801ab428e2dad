import { emptySeverityCounts, type FindingCounts, type Severity } from "@scanstat/core";
import { epochOf } from "./asset-runs.js";
import type { TelmaiIncident } from "./telmai-schemas.js";

/**
 * An execution's incidents are those detected between its start and its end, widened by this
 * much on each side. Telmai writes times to the second (the docs' examples) while a detection
 * may carry milliseconds, and the execution's times come from another service than the
 * monitors' (Azure keeps clocks within a second): 5 s covers both with room. It is kept small
 * so that a newer execution, whose first detection comes only after its job starts and a
 * monitor runs, does not fall into an older execution's window and change its verdict.
 */
export const incidentWindowToleranceMs = 5_000;

/** A span of detection times, epoch ms. */
export interface TelmaiIncidentWindow {
  from: number;
  to: number;
}

/**
 * What one `GET /api/incidents` read (all its pages) gave for a span of detection times: the
 * incidents, and `truncated` when more pages were announced than were read; or why it failed.
 */
export type TelmaiIncidentsReading = TelmaiIncidentWindow &
  ({ incidents: readonly TelmaiIncident[]; truncated?: boolean } | { error: string });

/** An execution's incidents as counted for its verdict, or why they are not known. */
export type TelmaiScanIncidents =
  | { counts: FindingCounts; incidents: TelmaiIncident[]; gaps: string[] }
  | { unread: string };

/** The incident severities (critical | high | medium | low) as the model's; any other word is `unknown`. */
export function mapTelmaiIncidentSeverity(word: string | undefined): Severity | "unknown" {
  const severity = word?.trim().toLowerCase();
  return severity === "critical" || severity === "high" || severity === "medium" || severity === "low"
    ? severity
    : "unknown";
}

/** The window an execution's incidents are read in: its start and end, widened by the tolerance. */
export function incidentWindowOf(startedAt: string | undefined, finishedAt: string | undefined) {
  const from = epochOf(startedAt);
  const to = epochOf(finishedAt);
  if (from === undefined || to === undefined) return undefined;
  return { from: from - incidentWindowToleranceMs, to: to + incidentWindowToleranceMs };
}

/**
 * The incidents of one execution: from the reading that covers its window, those detected in
 * it, and (when its asset runs are known) on those assets. An incident with no readable
 * detection time was still inside the span the server was asked for: it is counted, and the
 * evidence says it may belong to another scan.
 */
export function incidentsOfScan(
  readings: readonly TelmaiIncidentsReading[],
  window: TelmaiIncidentWindow | undefined,
  assetIds?: ReadonlySet<string>,
): TelmaiScanIncidents {
  if (!window) return { unread: "incidents not read: the execution's start or end is unknown" };
  const reading = readings.find((read) => read.from <= window.from && window.to <= read.to);
  if (!reading) return { unread: "incidents not read" };
  if ("error" in reading) return { unread: `incidents not read: ${reading.error}` };
  const bySeverity = emptySeverityCounts();
  const incidents: TelmaiIncident[] = [];
  const gaps: string[] = [];
  for (const incident of reading.incidents) {
    const detected = epochOf(incident.detectedAt);
    if (detected !== undefined && (detected < window.from || detected > window.to)) continue;
    if (assetIds && incident.assetId !== undefined && !assetIds.has(incident.assetId)) continue;
    if (detected === undefined) gaps.push(`incident ${incident.id ?? "(no id)"} has no detection time`);
    bySeverity[mapTelmaiIncidentSeverity(incident.severity)]++;
    incidents.push(incident);
  }
  if (reading.truncated) gaps.push("more incidents were detected in its window than were read");
  return { counts: { total: incidents.length, bySeverity }, incidents, gaps };
}
