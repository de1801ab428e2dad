import { isTerminalState, resultForFindings, type Scan, type SeverityPolicy } from "@scanstat/core";
import { mapProjectDiscoveryFindings } from "./map-projectdiscovery-findings.js";

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isoTime = (value: unknown): string | undefined => {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/**
 * ProjectDiscovery's documented scan webhook (`type` running / finished / failed_stopped, beside
 * `scan_id` and the one populated object of that name) → the watched scan as it now stands.
 * Undefined for anything else (alerts, discovery events, a shape that does not fit): the
 * scan is then only read again. `failed_stopped` is `failed` until the read tells a stop
 * (`stopped` → canceled) apart, as the payload does not.
 */
export function scanFromProjectDiscoveryWebhook(
  payload: unknown,
  previous: Scan | undefined,
  severityPolicy: SeverityPolicy | undefined,
): { scan: Scan; message?: string } | undefined {
  if (!isObject(payload) || typeof payload.scan_id !== "string" || payload.scan_id.trim() === "") return undefined;
  const type = payload.type;
  const details = typeof type === "string" ? payload[type] : undefined;
  const id = payload.scan_id.trim();
  const name = typeof payload.scan_name === "string" && payload.scan_name.trim() ? payload.scan_name.trim() : undefined;
  const base: Scan = {
    ...(previous ?? { ref: { vendor: "projectdiscovery", id }, state: "unknown", vendorState: "" }),
    ...(name && !previous?.name ? { name } : {}),
    raw: payload,
  } as Scan;
  const nextDetails = isObject(details) ? details : {};
  switch (type) {
    case "running": {
      if (previous && isTerminalState(previous.state)) return undefined;
      const startedAt = isoTime(nextDetails.started_at);
      return { scan: { ...base, state: "running", vendorState: "running", ...(startedAt ? { startedAt } : {}) } };
    }
    case "finished": {
      // No finished object: nothing to read the findings from, so the scan is only read again.
      if (!isObject(details)) return undefined;
      // The same reading as the API's severity object: numeric strings count, anything else is a gap.
      const { findings, evidence } = mapProjectDiscoveryFindings(
        nextDetails.severity_breakdown,
        nextDetails.total_matches,
      );
      const result = resultForFindings(findings, evidence, severityPolicy);
      const finishedAt = isoTime(nextDetails.finished_at);
      const { result: _previousResult, progress: _progress, ...rest } = base;
      return {
        scan: {
          ...rest,
          state: "completed",
          vendorState: "finished",
          result,
          progress: { ratio: 1 },
          ...(finishedAt ? { finishedAt } : {}),
        },
      };
    }
    case "failed_stopped": {
      const finishedAt = isoTime(nextDetails.timestamp);
      const percent = asCount(nextDetails.progress);
      const reason = typeof nextDetails.failure_reason === "string" ? nextDetails.failure_reason.trim() : "";
      const { result: _previousResult, ...rest } = base;
      return {
        scan: {
          ...rest,
          state: "failed",
          vendorState: "failed_stopped",
          ...(percent !== undefined && percent <= 100 ? { progress: { ratio: percent / 100 } } : {}),
          ...(finishedAt ? { finishedAt } : {}),
          ...(reason ? { message: reason } : {}),
        },
        ...(reason ? { message: reason } : {}),
      };
    }
    default:
      return undefined;
  }
}

function asCount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}
