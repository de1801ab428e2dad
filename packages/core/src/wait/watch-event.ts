import type { ScanstatError } from "../errors/scanstat-error.js";
import type { Scan, ScanRef } from "../model/scan.js";

export type WatchEvent =
  /** The first look at a scan, then every change of its state, vendor word, progress or result. */
  | { type: "update"; ref: ScanRef; scan: Scan; previous: Scan | undefined }
  /** A vendor word this version does not know: a warning, once per scan and word; the watch goes on. */
  | { type: "unknown-state"; ref: ScanRef; scan: Scan }
  /** A transient failure (network, timeout, 5xx, 429) that outlasted the HTTP layer's retries; the watch goes on. */
  | { type: "retrying"; ref: ScanRef; error: ScanstatError }
  /** This scan can no longer be watched; the others go on. */
  | { type: "error"; ref: ScanRef; error: ScanstatError }
  /** The last event. `terminal`: nothing is left to watch (every scan is terminal or failed). */
  | { type: "end"; reason: "terminal" | "timeout" | "aborted"; results: WatchResult[] };

/** The events about one scan (every event but the last). */
export type ScanWatchEvent = Exclude<WatchEvent, { type: "end" }>;

/** One per ref, in the order of the refs given. `scan` is the last one seen. */
export interface WatchResult {
  ref: ScanRef;
  scan?: Scan;
  error?: ScanstatError;
}
