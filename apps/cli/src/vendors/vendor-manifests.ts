import type { VendorId } from "@scanstat/core";
import type { VendorManifest } from "@scanstat/core/adapter-kit";
import { vendorRegistry } from "./vendor-registry.js";

/** Every vendor the CLI knows, in the order it lists them: the registry's manifests. */
export const vendorManifests: readonly VendorManifest[] = vendorRegistry.map((entry) => entry.manifest);

export function manifestOf(vendor: VendorId): VendorManifest {
  const manifest = vendorManifests.find((candidate) => candidate.vendor === vendor);
  if (!manifest) throw new Error(`no manifest for vendor "${vendor}"`);
  return manifest;
}

/**
 * The words a vendor argument takes, for messages: `soda, projectdiscovery, telmai, halo (alias pd)`,
 * or with `"; "` as the aliases' separator `soda, projectdiscovery, telmai, halo; alias pd`.
 */
export function vendorChoicesText(aliasSeparator: " (" | "; " = " ("): string {
  const names = vendorManifests.map((manifest) => manifest.vendor).join(", ");
  const aliases = vendorManifests.flatMap((manifest) => manifest.aliases);
  if (aliases.length === 0) return names;
  const aliasText = `${aliases.length === 1 ? "alias" : "aliases"} ${aliases.join(", ")}`;
  return aliasSeparator === " (" ? `${names} (${aliasText})` : `${names}; ${aliasText}`;
}

/** Every word a vendor argument takes: ids, then aliases. */
export const vendorWords: readonly string[] = [
  ...vendorManifests.map((manifest) => manifest.vendor),
  ...vendorManifests.flatMap((manifest) => manifest.aliases),
];

/** A vendor id or alias (any case, trimmed) to its vendor; anything else undefined. */
export function resolveVendorWord(word: string): VendorId | undefined {
  const wanted = word.trim().toLowerCase();
  const manifest = vendorManifests.find(
    (candidate) => candidate.vendor === wanted || candidate.aliases.includes(wanted),
  );
  return manifest?.vendor as VendorId | undefined;
}
