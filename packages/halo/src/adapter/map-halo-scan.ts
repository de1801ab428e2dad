import {
  completeEvidence,
  defaultSeverityPolicy,
  type EvidenceSource,
  emptySeverityCounts,
  type FindingCounts,
  isTerminalState,
  noEvidence,
  partialEvidence,
  resultForFindings,
  type Scan,
  type ScanResult,
  type SeverityPolicy,
} from "@scanstat/core";
import { haloDateToIso } from "../client/halo-dates.js";
import type { HaloScanEnding } from "./halo-scan-events.js";
import type { HaloInProgressScan, HaloScanDetailsResponse, HaloScanListItem } from "../client/halo-schemas.js";
import {
  haloFinishedVendorState,
  mapHaloFinishedWord,
  mapHaloListedWord,
  mapHaloScanState,
} from "./map-halo-scan-state.js";
import { haloSeverityCountGaps, mapHaloSeverityCounts } from "./map-halo-severity-counts.js";

export interface HaloMappingOptions {
  /** This adapter sent a cancel for the scan (Halo's API cannot say so itself). */
  cancelRequestedHere?: boolean;
}

function presentText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// Scans are built field by field in the order a Scan lists them (JSON output keeps that order),
// absent fields left out, without spreads: lists map up to a thousand scans a page.

/** A scan listed by `scan/inprogress-list.json`: queued, running or canceling; no result yet. */
export function mapHaloInProgressScan(item: HaloInProgressScan, options: HaloMappingOptions = {}): Scan {
  const statusDisplay = item.status_display;
  const { state, vendorState } =
    typeof statusDisplay === "string" && !options.cancelRequestedHere
      ? mapHaloListedWord(statusDisplay)
      : mapHaloScanState({
          listedInProgress: true,
          statusDisplay,
          cancelRequestedHere: options.cancelRequestedHere === true,
        });
  const target = presentText(item.target_name);
  const createdAt = haloDateToIso(item.date);
  const scan = { ref: { vendor: "halo", id: item.scan_id } } as Scan;
  if (target) scan.target = target;
  scan.state = state;
  scan.vendorState = vendorState;
  if (createdAt) scan.createdAt = createdAt;
  scan.raw = item;
  return scan;
}

/** How `mapHaloScanDetails` reads a finished scan. */
export interface HaloDetailsMappingOptions extends HaloMappingOptions {
  severityPolicy?: SeverityPolicy;
  /** The host seen while the scan ran (get.json names only a target id). */
  target?: string;
  /** What Halo's events confirm about the ending (`confirmHaloScanEnding`). Absent: unconfirmed. */
  ending?: HaloScanEnding;
}

const eventsNotRead: HaloScanEnding = { confirmed: false, gap: "Halo's events were not read" };

/** The findings get.json gives, and the evidence they are: counts by severity, else the total only. */
function readFindings(details: HaloScanDetailsResponse["scan"]): {
  findings?: FindingCounts;
  sources: EvidenceSource[];
  gaps: string[];
} {
  const counts = details.issue_severity_count;
  if (counts !== null && counts !== undefined) {
    return {
      findings: mapHaloSeverityCounts(counts),
      sources: ["severity-counts"],
      gaps: haloSeverityCountGaps(counts),
    };
  }
  const total = details.issue_count;
  if (typeof total === "number" && Number.isSafeInteger(total) && total >= 0) {
    // Issues of no known severity: at least warn, unless there are none.
    const bySeverity = emptySeverityCounts();
    bySeverity.unknown = total;
    return { findings: { total, bySeverity }, sources: ["total-only"], gaps: haloSeverityCountGaps(counts) };
  }
  return { sources: [], gaps: [...haloSeverityCountGaps(counts), "Halo sent no readable issue_count"] };
}

/**
 * A scan not in progress and answered by `scan/get.json`. get.json has no documented status, so
 * how it ended comes from Halo's events (`options.ending`):
 * - "Scan Failed" → failed, no verdict;
 * - a `status_display` on get.json that says canceled / failed / not yet ended decides the state
 *   (no verdict);
 * - "Scan Complete" → completed, the severity policy's verdict on `issue_severity_count`
 *   (evidence severity counts + events);
 * - no confirmation → `canceled` if this adapter sent the cancel, else completed WITHOUT a
 *   verdict: a canceled scan and a completed one look alike in get.json, so neither may pass.
 */
export function mapHaloScanDetails(body: HaloScanDetailsResponse, options: HaloDetailsMappingOptions = {}): Scan {
  const { scan: details } = body;
  const ending = options.ending ?? eventsNotRead;
  const word = mapHaloFinishedWord(details.status_display);
  const unconfirmed = ending.confirmed === false ? ending.gap : "";
  const read = readFindings(details);
  const createdAt = haloDateToIso(details.date);
  const target = options.target ?? (details.target_id !== undefined ? `target ${details.target_id}` : undefined);
  const scan = { ref: { vendor: "halo", id: details.scan_id } } as Scan;
  if (target) scan.target = target;

  let result: ScanResult | undefined;
  if (ending.confirmed === "failed") {
    scan.state = "failed";
    scan.vendorState = ending.subject;
    result = { evidence: completeEvidence("events") };
  } else if (word) {
    scan.state = word.state;
    scan.vendorState = word.vendorState;
    if (isTerminalState(word.state)) result = { evidence: noEvidence(`Halo says the scan is "${word.vendorState}"`) };
  } else if (ending.confirmed === "complete") {
    scan.state = "completed";
    scan.vendorState = ending.subject;
    const sources: EvidenceSource[] = [...read.sources, "events"];
    const evidence =
      read.gaps.length > 0 || read.sources[0] !== "severity-counts"
        ? partialEvidence(sources, ...read.gaps)
        : completeEvidence(...sources);
    result = resultForFindings(read.findings, evidence, options.severityPolicy ?? defaultSeverityPolicy);
  } else if (options.cancelRequestedHere) {
    scan.state = "canceled";
    scan.vendorState = haloFinishedVendorState;
    result = { evidence: noEvidence("canceled by this scanstat process", unconfirmed) };
  } else {
    // Halo cannot tell us how it ended: the counts are shown, no verdict is given.
    scan.state = "completed";
    scan.vendorState = haloFinishedVendorState;
    result = { evidence: noEvidence(unconfirmed) };
  }
  if (result) {
    if (read.findings && !result.findings) result.findings = read.findings;
    if (typeof details.risk_score === "number") result.riskScore = details.risk_score;
    scan.result = result;
  }
  if (createdAt) scan.createdAt = createdAt;
  scan.raw = body;
  return scan;
}

/**
 * An entry of `scan/list.json` (only date, scan id and target). Listed in progress → the
 * in-progress mapping; otherwise finished, but without a result: reading findings costs one
 * `get.json` per scan, so a listing leaves that to `getScan` / `getScans`.
 */
export function mapHaloScanListItem(
  item: HaloScanListItem,
  inProgress: HaloInProgressScan | undefined,
  options: HaloMappingOptions = {},
): Scan {
  if (inProgress) {
    const scan = mapHaloInProgressScan(inProgress, options);
    scan.raw = { list: item, inProgress };
    return scan;
  }
  const { state, vendorState } = mapHaloScanState({
    listedInProgress: false,
    cancelRequestedHere: options.cancelRequestedHere === true,
  });
  const name = presentText(item.target?.target_name);
  const target = presentText(item.target?.target) ?? name;
  const createdAt = haloDateToIso(item.scan.date);
  const scan = { ref: { vendor: "halo", id: item.scan.scan_id } } as Scan;
  if (name) scan.name = name;
  if (target) scan.target = target;
  scan.state = state;
  scan.vendorState = vendorState;
  if (createdAt) scan.createdAt = createdAt;
  scan.raw = item;
  return scan;
}
