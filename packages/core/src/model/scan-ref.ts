import { InvalidScanRefError } from "../errors/errors.js";
import type { ScanRef } from "./scan.js";
import { resolveVendorId, vendorIds } from "./vendor-id.js";

/** Parses `vendor:id` (for example `soda:4651ba64-…` or `pd:abc`). Throws InvalidScanRefError. */
export function parseScanRef(text: string): ScanRef {
  const separator = text.indexOf(":");
  if (separator <= 0) {
    throw new InvalidScanRefError(
      `malformed scan ref "${text}": expected <vendor>:<id> with vendor one of ${vendorIds.join(", ")} (alias pd)`,
    );
  }
  const vendorName = text.slice(0, separator);
  const id = text.slice(separator + 1).trim();
  const vendor = resolveVendorId(vendorName);
  if (!vendor) {
    throw new InvalidScanRefError(
      `unknown vendor "${vendorName}" in scan ref "${text}": expected one of ${vendorIds.join(", ")} (alias pd)`,
    );
  }
  if (id.length === 0) throw new InvalidScanRefError(`scan ref "${text}" has no scan id after "${vendorName}:"`);
  return { vendor, id };
}

export function formatScanRef(ref: ScanRef): string {
  return `${ref.vendor}:${ref.id}`;
}
