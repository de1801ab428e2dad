import {
  formatScanRef,
  type ResultEvidence,
  type Scan,
  type ScanRef,
  type ScanState,
  type Verdict,
} from "@scanstat/core";
import type { ErrorSummary } from "./report-entry.js";

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

export function formatNdjsonEvent(event: ReportEvent): string {
  return `${JSON.stringify(event)}\n`;
}
