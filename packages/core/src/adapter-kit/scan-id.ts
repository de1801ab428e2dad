import { InvalidScanRefError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

/**
 * The scan id as the vendor gets it: trimmed, never blank. A blank id is the caller's mistake,
 * found before any request, so it is InvalidScanRefError (a malformed ref: usage, exit 64), not
 * InvalidRequestError, which says the vendor refused a request it received.
 */
export function requireScanId(id: unknown, context: { vendor: VendorId; operation: string }): string {
  const trimmed = typeof id === "string" ? id.trim() : "";
  if (trimmed === "") {
    throw new InvalidScanRefError(`${context.vendor} ${context.operation}: the scan id is empty`, context);
  }
  return trimmed;
}
