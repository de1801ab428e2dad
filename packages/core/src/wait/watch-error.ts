import { VendorResponseError } from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import type { ScanRef } from "../model/scan.js";

/**
 * Failures that may pass if we look again later: the network, a timeout, a 5xx, a 429, and an
 * answer that did not fit (a cut-short body outlasting the HTTP retries, a proxy page). A vendor
 * that keeps drifting still ends the watch of that scan after `maxConsecutiveFailures`.
 */
const transientCodes = new Set(["network", "timeout", "vendor", "rate_limited", "bad_response"]);

export function isTransientError(error: ScanstatError): boolean {
  return transientCodes.has(error.code);
}

/** Every failure a watch reports is a ScanstatError; anything else an adapter throws is bad vendor data to us. */
export function toScanstatError(error: unknown, ref: ScanRef, operation: string): ScanstatError {
  if (ScanstatError.isInstance(error)) return error;
  const said = error instanceof Error ? error.message : String(error);
  return new VendorResponseError(`${ref.vendor} ${operation} ${ref.id}: ${said.slice(0, 200)}`, {
    vendor: ref.vendor,
    operation,
    cause: error,
  });
}
