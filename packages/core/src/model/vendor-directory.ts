import { ConfigError } from "../errors/errors.js";
import type { ScanRef } from "./scan.js";
import { parseScanRef } from "./scan-ref.js";
import type { VendorId, VendorNames } from "./vendor-id.js";
import { resolveVendorWord, vendorChoicesText } from "./vendor-words.js";

/** The vendors a front end knows (built from their manifests), and the words that name them. */
export interface VendorDirectory {
  /** Their ids, in the order given. */
  readonly vendors: readonly VendorId[];
  /** Every word a vendor argument takes: ids, then aliases. */
  readonly words: readonly string[];
  /** A vendor id or alias (any case, trimmed) to its vendor; anything else undefined. */
  resolve(word: string): VendorId | undefined;
  /** `vendor:id` with the vendor resolved among these; an unknown vendor is refused, naming them all. */
  parseScanRef(text: string): ScanRef;
  /** `a, b (alias x)` for messages; with `"; "` as the separator `a, b; alias x`. */
  choicesText(aliasSeparator?: " (" | "; "): string;
}

/**
 * A directory of the vendors given (a manifest is one): resolves ids and aliases and parses refs
 * with messages that list them. Two vendors may not share a word.
 */
export function createVendorDirectory(manifests: readonly VendorNames[]): VendorDirectory {
  const names = manifests.map(({ vendor, aliases }) => ({ vendor, aliases: [...aliases] }));
  const words = [...names.map((entry) => entry.vendor), ...names.flatMap((entry) => entry.aliases)];
  const repeated = words.find((word, index) => words.indexOf(word) !== index);
  if (repeated !== undefined) throw new ConfigError(`two vendors are named "${repeated}"`);
  return {
    vendors: names.map((entry) => entry.vendor),
    words,
    resolve: (word) => resolveVendorWord(names, word),
    parseScanRef: (text) => parseScanRef(text, { vendors: names }),
    choicesText: (aliasSeparator) => vendorChoicesText(names, aliasSeparator),
  };
}
