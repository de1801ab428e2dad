import type { ResultEvidence, Scan, ScanState, Verdict } from "@scanstat/core";
import type { ErrorSummary } from "./report-entry.js";

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
      /** `verdict` absent on a terminal scan: it ended without one; `evidence` says what the verdict rests on. */
      results: Array<{
        ref: string;
        state?: ScanState;
        verdict?: Verdict;
        evidence?: ResultEvidence;
        error?: ErrorSummary;
      }>;
    };

export function formatNdjsonEvent(event: ReportEvent): string {
  return `${JSON.stringify(event)}\n`;
}
