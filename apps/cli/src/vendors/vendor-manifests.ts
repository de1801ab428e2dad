import { createVendorDirectory, type VendorId } from "@scanstat/core";
import type { VendorManifest } from "@scanstat/core/adapter-kit";
import { registryEntryOf, vendorRegistry } from "./vendor-registry.js";

/** Every vendor the CLI knows, in the order it lists them: the registry's manifests. */
export const vendorManifests: readonly VendorManifest[] = vendorRegistry.map((entry) => entry.manifest);

export function manifestOf(vendor: VendorId): VendorManifest {
  return registryEntryOf(vendor).manifest;
}

/** The vendors' ids and aliases: resolves vendor words and parses refs, with messages that list them. */
export const vendorDirectory = createVendorDirectory(vendorManifests);

/** Every vendor the CLI knows, by id, in the order it lists them. */
export const knownVendors: readonly VendorId[] = vendorDirectory.vendors;

/**
 * The words a vendor argument takes, for messages: `soda, projectdiscovery, telmai, halo (alias pd)`,
 * or with `"; "` as the aliases' separator `soda, projectdiscovery, telmai, halo; alias pd`.
 */
export function vendorChoicesText(aliasSeparator: " (" | "; " = " ("): string {
  return vendorDirectory.choicesText(aliasSeparator);
}

/** Every word a vendor argument takes: ids, then aliases. */
export const vendorWords: readonly string[] = vendorDirectory.words;

/** A vendor id or alias (any case, trimmed) to its vendor; anything else undefined. */
export function resolveVendorWord(word: string): VendorId | undefined {
  return vendorDirectory.resolve(word);
}
