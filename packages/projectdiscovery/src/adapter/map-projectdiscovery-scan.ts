import { isTerminalState, resultForFindings, type Scan, type ScanResult, type SeverityPolicy } from "@scanstat/core";
import { isoTime } from "../client/iso-time.js";
import { mapProjectDiscoveryFindings } from "./map-projectdiscovery-findings.js";
import { mapProjectDiscoveryScanState } from "./map-projectdiscovery-scan-state.js";
import type { ProjectDiscoveryScan } from "../client/projectdiscovery-schemas.js";

interface MapProjectDiscoveryScanOptions {
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
  let result: ScanResult | undefined;
  if (state === "completed") {
    // Counts are read only once the scan is done: a running scan's are still growing.
    const { findings, evidence } = mapProjectDiscoveryFindings(item.severity, item.total_result);
    result = resultForFindings(findings, evidence, options.severityPolicy);
  }
  // Why a scan failed or stopped, in the vendor's words (empty while it runs or when it finished).
  const message = isTerminalState(state) && typeof item.failure_reason === "string" ? item.failure_reason.trim() : "";
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
    ...(message ? { message } : {}),
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
