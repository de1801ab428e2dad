import {
  completeEvidence,
  defaultSeverityPolicy,
  type Scan,
  type SeverityPolicy,
  verdictForFindings,
} from "@scanstat/core";
import { haloDateToIso } from "./halo-dates.js";
import type { HaloInProgressScan, HaloScanDetailsResponse, HaloScanListItem } from "./halo-schemas.js";
import { mapHaloListedWord, mapHaloScanState } from "./map-halo-scan-state.js";
import { mapHaloSeverityCounts } from "./map-halo-severity-counts.js";

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

/**
 * A scan not in progress and answered by `scan/get.json`: completed, with findings from
 * `issue_severity_count`, `risk_score`, and the verdict of the severity policy. A scan this
 * adapter canceled is `canceled` without a result (its counts are only what it found before).
 */
export function mapHaloScanDetails(
  body: HaloScanDetailsResponse,
  options: HaloMappingOptions & { severityPolicy?: SeverityPolicy; target?: string } = {},
): Scan {
  const { scan: details } = body;
  const { state, vendorState } = mapHaloScanState({
    listedInProgress: false,
    cancelRequestedHere: options.cancelRequestedHere === true,
  });
  const createdAt = haloDateToIso(details.date);
  const target = options.target ?? (details.target_id !== undefined ? `target ${details.target_id}` : undefined);
  const scan = { ref: { vendor: "halo", id: details.scan_id } } as Scan;
  if (target) scan.target = target;
  scan.state = state;
  scan.vendorState = vendorState;
  if (state === "completed") {
    const findings = mapHaloSeverityCounts(details.issue_severity_count);
    scan.result = {
      verdict: verdictForFindings(findings, options.severityPolicy ?? defaultSeverityPolicy),
      evidence: completeEvidence("severity-counts"),
      findings,
    };
    if (typeof details.risk_score === "number") scan.result.riskScore = details.risk_score;
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
