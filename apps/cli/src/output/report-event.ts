import type { Scan, ScanState, Verdict } from "@scanstat/core";
import type { ErrorSummary } from "./report-entry.js";
import { reportableScan, stringifyJson } from "./report-json.js";

export type EndReason = "terminal" | "timeout" | "aborted" | "done";

/** The `--format ndjson` events, one per line, as they happen. Refs are in text form (`soda:…`). */
export type ReportEvent =
  | { type: "triggered"; ref: string }
  | { type: "update"; ref: string; previousState?: ScanState; scan: Scan }
  | { type: "unknown-state"; ref: string; vendorState: string }
  | { type: "retrying"; ref: string; error: ErrorSummary }
  | { type: "error"; ref: string; error: ErrorSummary }
  | {
      type: "end";
      reason: EndReason;
      exitCode: number;
      results: Array<{ ref: string; state?: ScanState; verdict?: Verdict; error?: ErrorSummary }>;
    };

/**
 * One event, one line. An update carries the scan with its `raw` trimmed; an event that still
 * cannot be written becomes an `error` event for its ref, so the stream goes on.
 */
export function formatNdjsonEvent(event: ReportEvent): string {
  const written = event.type === "update" ? { ...event, scan: reportableScan(event.scan) } : event;
  try {
    return `${stringifyJson(written)}\n`;
  } catch (error) {
    const ref = "ref" in event ? event.ref : undefined;
    const message = `this event could not be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
    return `${stringifyJson({ type: "error", ref, error: { code: "unserializable", message } })}\n`;
  }
}
