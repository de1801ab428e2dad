import type { ScanAdapter } from "../adapter/scan-adapter.js";
import { formatScanRef } from "../model/scan-ref.js";
import type { Scan, ScanRef } from "../model/scan.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";
import { type WatchOptions, watchScans } from "./watch-scans.js";

export type WaitForScanOptions = WatchOptions & {
  /** Called with the first look and every change. */
  onUpdate?: (scan: Scan) => void;
};

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function timedOut(ref: ScanRef, lastScan: Scan | undefined, timeoutMs: number): WaitTimeoutError {
  const where = lastScan ? `it is still ${lastScan.state} (${lastScan.vendorState})` : "no answer came";
  return new WaitTimeoutError(`stopped waiting for ${formatScanRef(ref)} after ${seconds(timeoutMs)}: ${where}`, {
    vendor: ref.vendor,
    operation: "waitForScan",
    ref,
    lastScan,
  });
}

/**
 * Polls one scan until it is terminal and resolves with it. Rejects with WaitTimeoutError (code
 * `timeout`, with `lastScan`) when `timeoutMs` passes, with the scan's error when it cannot be
 * read, and with the signal's reason when aborted.
 */
export async function waitForScan(adapter: ScanAdapter, id: string, options: WaitForScanOptions = {}): Promise<Scan> {
  const { onUpdate, ...watchOptions } = options;
  const ref: ScanRef = { vendor: adapter.vendor, id };
  for await (const event of watchScans(() => adapter, [ref], watchOptions)) {
    if (event.type === "update") onUpdate?.(event.scan);
    if (event.type !== "end") continue;
    const result = event.results[0];
    if (event.reason === "aborted")
      throw options.signal?.reason ?? new DOMException("The wait was aborted", "AbortError");
    if (event.reason === "timeout") throw timedOut(ref, result?.scan, options.timeoutMs ?? 0);
    if (result?.error) throw result.error;
    if (result?.scan) return result.scan;
  }
  // watchScans always ends with an `end` event that carries the scan or its error.
  throw new Error(`the watch of ${formatScanRef(ref)} ended without a result`);
}
