import type { VendorId, VendorNames } from "./vendor-id.js";

/** A vendor id or alias (any case, trimmed) to its vendor; anything else undefined. */
export function resolveVendorWord(vendors: readonly VendorNames[], word: string): VendorId | undefined {
  const wanted = word.trim().toLowerCase();
  // A search of arrays, not an object lookup: "constructor" or "toString" must not resolve to Object's own members.
  return vendors.find((candidate) => candidate.vendor === wanted || candidate.aliases.includes(wanted))?.vendor;
}

/**
 * The words a vendor argument takes, for messages: `a, b, c (alias x)`, or with `"; "` as the
 * aliases' separator `a, b, c; alias x` (for a message that is already inside parentheses).
 */
export function vendorChoicesText(vendors: readonly VendorNames[], aliasSeparator: " (" | "; " = " ("): string {
  const names = vendors.map((names) => names.vendor).join(", ");
  const aliases = vendors.flatMap((names) => names.aliases);
  if (aliases.length === 0) return names;
  const aliasText = `${aliases.length === 1 ? "alias" : "aliases"} ${aliases.join(", ")}`;
  return aliasSeparator === " (" ? `${names} (${aliasText})` : `${names}; ${aliasText}`;
}
