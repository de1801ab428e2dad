import { VendorResponseError } from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import type { ScanRef } from "../model/scan.js";

/**
 * Every failure a watch reports is a ScanstatError; anything else an adapter throws is bad vendor
 * data to us, and transient (as VendorResponseError is by default): the next answer may read.
 */
export function toScanstatError(error: unknown, ref: ScanRef, operation: string): ScanstatError {
  if (ScanstatError.isInstance(error)) return error;
  const said = error instanceof Error ? error.message : String(error);
  return new VendorResponseError(`${ref.vendor} ${operation} ${ref.id}: ${said.slice(0, 200)}`, {
    vendor: ref.vendor,
    operation,
    cause: error,
  });
}
