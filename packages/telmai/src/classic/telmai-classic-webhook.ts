import type { WebhookScanUpdate } from "@scanstat/core/adapter-kit";
import { formatTelmaiClassicScanId } from "./adapter/telmai-classic-scan-id.js";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/**
 * Telmai classic's job-status webhook (`{tenant, source, jobId, status, details}`) → the scans it
 * names: the job under its source (`<asset>~<job>`, the id a classic trigger prints), and the bare
 * job id. Nothing is read from `status`: the alerts decide the verdict, so the scan is read again.
 */
export function scansFromTelmaiClassicWebhook(payload: unknown): WebhookScanUpdate[] {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return [];
  const { jobId, source } = payload as { jobId?: unknown; source?: unknown };
  const job = text(jobId);
  if (job === undefined) return [];
  const asset = text(source);
  return [
    ...(asset !== undefined ? [{ id: formatTelmaiClassicScanId({ assetId: asset, jobId: job }) }] : []),
    { id: job },
  ];
}
