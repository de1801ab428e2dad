import { InvalidScanRefError } from "../errors/errors.js";
import type { ScanRef } from "./scan.js";
import { type VendorId, type VendorNames, vendorIdPattern } from "./vendor-id.js";
import { resolveVendorWord, vendorChoicesText } from "./vendor-words.js";

export interface ParseScanRefOptions {
  /**
   * The vendors a ref may name. With them, an alias resolves to its vendor and any other word is
   * refused with a message listing them; without them, any well-formed vendor word is taken as is.
   */
  vendors?: readonly VendorNames[];
}

/**
 * Parses `vendor:id` (for example `acme:4651ba64-…`): the vendor a lowercase word in any case,
 * the id checked by checkScanId. Throws InvalidScanRefError.
 */
export function parseScanRef(text: string, options: ParseScanRefOptions = {}): ScanRef {
  const { vendors } = options;
  const expected = vendors ? ` with vendor one of ${vendorChoicesText(vendors)}` : "";
  const separator = text.indexOf(":");
  if (separator <= 0) throw new InvalidScanRefError(`malformed scan ref "${text}": expected <vendor>:<id>${expected}`);
  const vendorName = text.slice(0, separator);
  const id = text.slice(separator + 1).trim();
  const vendor = vendors ? resolveVendorWord(vendors, vendorName) : wellFormedVendor(vendorName);
  if (vendor === undefined) {
    throw new InvalidScanRefError(
      vendors
        ? `unknown vendor "${vendorName}" in scan ref "${text}": expected one of ${vendorChoicesText(vendors)}`
        : `malformed vendor "${vendorName}" in scan ref "${text}": a vendor is a lowercase word (a-z, 0-9 and -, starting with a letter)`,
    );
  }
  if (id.length === 0) throw new InvalidScanRefError(`scan ref "${text}" has no scan id after "${vendorName}:"`);
  checkScanId(id, `scan ref "${shown(text)}"`);
  return { vendor, id };
}

/** A vendor word as a vendor id (trimmed, lower case), or undefined when it cannot be one. */
function wellFormedVendor(word: string): VendorId | undefined {
  const vendor = word.trim().toLowerCase();
  return vendorIdPattern.test(vendor) ? vendor : undefined;
}

/** C0, DEL, C1, and the bidi and line-separator controls: no scan id of any vendor holds one. */
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The text with its control characters written as escapes, for a message that quotes it. */
function shown(text: string): string {
  return text.replace(
    new RegExp(controlCharacter.source, "g"),
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Throws InvalidScanRefError for an id no vendor can have and that would change the request it
 * is put in: `.` and `..` (a path segment that moves up: `DELETE /api/v1/scans/..` is
 * `DELETE /api/v1/`), an empty id, or one holding a control character (a newline would split
 * an output line; vendors use letters, digits, `-` and `_`). `where` names the id in the message.
 */
export function checkScanId(id: string, where = "scan id"): void {
  if (id.trim() === "") throw new InvalidScanRefError(`${where}: the scan id is empty`);
  if (id === "." || id === "..")
    throw new InvalidScanRefError(`${where}: "${id}" is not a scan id (a path step, not a name)`);
  if (controlCharacter.test(id))
    throw new InvalidScanRefError(`${where}: the scan id holds a control character (${shown(id)})`);
}

/**
 * An id as one URL path segment: checked (see checkScanId), then percent-encoded, so `/`, `?`,
 * `#` and `%` in an id stay inside its segment.
 */
export function scanIdPathSegment(id: string): string {
  checkScanId(id);
  return encodeURIComponent(id);
}

export function formatScanRef(ref: ScanRef): string {
  return `${ref.vendor}:${ref.id}`;
}
