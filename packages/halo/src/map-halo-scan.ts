import { defaultSeverityPolicy, type Scan, type SeverityPolicy, verdictForFindings } from "@scanstat/core";
import { haloDateToIso } from "./halo-dates.js";
import type { HaloInProgressScan, HaloScanDetailsResponse, HaloScanListItem } from "./halo-schemas.js";
import { mapHaloScanState } from "./map-halo-scan-state.js";
import { mapHaloSeverityCounts } from "./map-halo-severity-counts.js";

export interface HaloMappingOptions {
  /** This adapter sent a cancel for the scan (Halo's API cannot say so itself). */
  cancelRequestedHere?: boolean;
}

function presentText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A scan listed by `scan/inprogress-list.json`: queued, running or canceling; no result yet. */
export function mapHaloInProgressScan(item: HaloInProgressScan, options: HaloMappingOptions = {}): Scan {
  const { state, vendorState } = mapHaloScanState({
    listedInProgress: true,
    statusDisplay: item.status_display,
    ...(options.cancelRequestedHere ? { cancelRequestedHere: true } : {}),
  });
  const target = presentText(item.target_name);
  const createdAt = haloDateToIso(item.date);
  return {
    ref: { vendor: "halo", id: item.scan_id },
    ...(target ? { target } : {}),
    state,
    vendorState,
    ...(createdAt ? { createdAt } : {}),
    raw: item,
  };
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
  const { scan } = body;
  const { state, vendorState } = mapHaloScanState({
    listedInProgress: false,
    ...(options.cancelRequestedHere ? { cancelRequestedHere: true } : {}),
  });
  const createdAt = haloDateToIso(scan.date);
  const target = options.target ?? (scan.target_id !== undefined ? `target ${scan.target_id}` : undefined);
  const findings = mapHaloSeverityCounts(scan.issue_severity_count);
  return {
    ref: { vendor: "halo", id: scan.scan_id },
    ...(target ? { target } : {}),
    state,
    vendorState,
    ...(state === "completed"
      ? {
          result: {
            verdict: verdictForFindings(findings, options.severityPolicy ?? defaultSeverityPolicy),
            findings,
            ...(typeof scan.risk_score === "number" ? { riskScore: scan.risk_score } : {}),
          },
        }
      : {}),
    ...(createdAt ? { createdAt } : {}),
    raw: body,
  };
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
  if (inProgress) return { ...mapHaloInProgressScan(inProgress, options), raw: { list: item, inProgress } };
  const { state, vendorState } = mapHaloScanState({
    listedInProgress: false,
    ...(options.cancelRequestedHere ? { cancelRequestedHere: true } : {}),
  });
  const name = presentText(item.target?.target_name);
  const target = presentText(item.target?.target) ?? name;
  const createdAt = haloDateToIso(item.scan.date);
  return {
    ref: { vendor: "halo", id: item.scan.scan_id },
    ...(name ? { name } : {}),
    ...(target ? { target } : {}),
    state,
    vendorState,
    ...(createdAt ? { createdAt } : {}),
    raw: item,
  };
}
