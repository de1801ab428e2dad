import {
  completeEvidence,
  emptySeverityCounts,
  isTerminalState,
  type Scan,
  type ScanResult,
  type SeverityPolicy,
  verdictForFindings,
} from "@scanstat/core";
import { isoTime } from "./iso-time.js";
import { mapProjectDiscoveryFindings } from "./map-projectdiscovery-findings.js";
import { mapProjectDiscoveryScanState } from "./map-projectdiscovery-scan-state.js";
import type { ProjectDiscoveryScan } from "./projectdiscovery-schemas.js";

export interface MapProjectDiscoveryScanOptions {
  severityPolicy?: SeverityPolicy;
  /** The ProjectDiscovery app's origin: gives each scan its page (`{appUrl}/scans/{id}`). */
  appUrl?: string;
}

/** One `ScanStatusItem` → Scan. The vendor's word stays in `vendorState`, the payload in `raw`. */
export function mapProjectDiscoveryScan(
  item: ProjectDiscoveryScan,
  options: MapProjectDiscoveryScanOptions = {},
): Scan {
  const { state } = mapProjectDiscoveryScanState(item.status);
  const findings = mapProjectDiscoveryFindings(item.severity, item.total_result);
  let result: ScanResult | undefined;
  if (state === "completed") {
    const counted = findings ?? { total: 0, bySeverity: emptySeverityCounts() };
    result = {
      verdict: verdictForFindings(counted, options.severityPolicy),
      evidence: completeEvidence("severity-counts"),
      ...(findings ? { findings } : {}),
    };
  }
  const createdAt = isoTime(item.created_at);
  const updatedAt = isoTime(item.updated_at);
  const finishedAt = isTerminalState(state) ? isoTime(item.completed_at) : undefined;
  const name = item.name?.trim();
  return {
    ref: { vendor: "projectdiscovery", id: item.scan_id },
    ...(name ? { name } : {}),
    state,
    vendorState: item.status,
    ...(result ? { result } : {}),
    ...(typeof item.progress === "number"
      ? { progress: { ratio: Math.min(1, Math.max(0, item.progress / 100)) } }
      : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(options.appUrl
      ? { url: `${options.appUrl.replace(/\/+$/, "")}/scans/${encodeURIComponent(item.scan_id)}` }
      : {}),
    raw: item,
  };
}
