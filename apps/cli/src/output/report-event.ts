import {
  formatScanRef,
  type ResultEvidence,
  type Scan,
  type ScanRef,
  type ScanState,
  type Verdict,
} from "@scanstat/core";
import type { ErrorSummary } from "./report-entry.js";
import { reportableScan, stringifyJson } from "./report-json.js";

/**
 * How every JSON and NDJSON output writes a ref: `{vendor, id}` as in the normalized Scan, with
 * the text form beside it (`refText: "soda:4651ba64-…"`) for people and shell scripts.
 */
export interface RefFields {
  ref: ScanRef;
  refText: string;
}

export function refFields(ref: ScanRef): RefFields {
  return { ref: { vendor: ref.vendor, id: ref.id }, refText: formatScanRef(ref) };
}

export type EndReason = "terminal" | "timeout" | "aborted" | "done";

/** The `--format ndjson` events, one per line, as they happen. Refs are `{vendor, id}` plus `refText`. */
export type ReportEvent =
  | ({ type: "triggered" } & RefFields)
  | ({ type: "update" } & RefFields & { previousState?: ScanState; scan: Scan })
  | ({ type: "unknown-state" } & RefFields & { vendorState: string })
  | ({ type: "retrying" } & RefFields & { error: ErrorSummary })
  | ({ type: "error" } & RefFields & { error: ErrorSummary })
  | {
      type: "end";
      reason: EndReason;
      exitCode: number;
      /** `verdict` absent on a terminal scan: it ended without one; `evidence` says what the verdict rests on. */
      results: Array<
        RefFields & { state?: ScanState; verdict?: Verdict; evidence?: ResultEvidence; error?: ErrorSummary }
      >;
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
