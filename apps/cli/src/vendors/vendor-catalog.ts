import type { VendorId } from "@scanstat/core";
import type { CredentialSet, CredentialSets, VendorManifest } from "@scanstat/core/adapter-kit";
import { vendorManifests } from "./vendor-manifests.js";

export interface VendorVariable {
  name: string;
  /** Without it the adapter cannot be built. */
  required: boolean;
  /** Never printed, and redacted wherever it could appear. */
  secret: boolean;
  description: string;
}

export interface VendorEntry {
  vendor: VendorId;
  title: string;
  variables: readonly VendorVariable[];
  /**
   * Where a vendor can be reached in more than one way: the ways, and the variable that forces one
   * (its value is a set's name). Then `required` on a variable is only what `vendors` shows by default.
   */
  credentialSets?: CredentialSets;
  /** `scanstat trigger <vendor>` flags, for help and completion. */
  triggerFlags: readonly string[];
  /** The client's rate classes (`rateLimits` keys), so a config typo is caught before any adapter loads. */
  rateLimitClasses: readonly string[];
}

function entryOf(manifest: VendorManifest): VendorEntry {
  const vendor = manifest.vendor as VendorId;
  const { credentialSets } = manifest;
  return {
    vendor,
    title: manifest.displayName,
    variables: manifest.environment.map(({ name, required, secret, description }) => ({
      name,
      required,
      secret,
      description,
    })),
    ...(credentialSets ? { credentialSets } : {}),
    triggerFlags: manifest.trigger.options.map((option) => `--${option.name}`),
    rateLimitClasses: Object.keys(manifest.rateLimits.classes),
  };
}

/** What the CLI knows about each vendor without loading its adapter, by vendor id. */
export type VendorCatalog = Readonly<Record<string, VendorEntry>>;

/** The catalog of some manifests (the registry's, or a test's). */
export function createVendorCatalog(manifests: readonly VendorManifest[]): VendorCatalog {
  return Object.fromEntries(manifests.map((manifest) => [manifest.vendor, entryOf(manifest)]));
}

/** What the CLI knows about each vendor without loading its adapter (help, `vendors`, config checks). */
export const vendorCatalog = createVendorCatalog(vendorManifests) as Readonly<Record<VendorId, VendorEntry>>;

/** The catalog entry of a vendor the CLI knows: its id comes from a resolved vendor word. */
export function catalogEntryOf(vendor: VendorId): VendorEntry {
  return entryIn(vendorCatalog, vendor);
}

export const vendorVariableNames: readonly string[] = Object.values(vendorCatalog).flatMap((entry) =>
  entry.variables.map((variable) => variable.name),
);

export const secretVariableNames: readonly string[] = Object.values(vendorCatalog).flatMap((entry) =>
  entry.variables.filter((variable) => variable.secret).map((variable) => variable.name),
);

/** A vendor's entry; an unknown vendor is a programming error here (words are resolved before). */
export function entryIn(catalog: VendorCatalog, vendor: string): VendorEntry {
  const entry = catalog[vendor];
  if (!entry) throw new Error(`no catalog entry for vendor "${vendor}"`);
  return entry;
}

/** The way a vendor is reached, given what is set: see requiredVariables. Undefined for a vendor with one way. */
export function chosenCredentialSet(
  vendor: string,
  variables: Readonly<Record<string, string | undefined>>,
  catalog: VendorCatalog = vendorCatalog,
): CredentialSet | undefined {
  const entry = entryIn(catalog, vendor);
  if (!entry.credentialSets) return undefined;
  const isSet = (name: string) => Boolean(variables[name]?.trim());
  const { selector, sets } = entry.credentialSets;
  const forced = variables[selector]?.trim().toLowerCase();
  const sharedByAll = (name: string) => sets.every((set) => set.required.includes(name));
  return (
    sets.find((set) => set.name === forced) ??
    sets.find((set) => set.required.every(isSet)) ??
    sets.find((set) => set.required.some((name) => !sharedByAll(name) && isSet(name))) ??
    sets[0]!
  );
}

/**
 * The variables a vendor needs, given what is set. With several ways to reach it: the one its
 * selector forces, else one that is complete, else the one the user has started on (a variable only
 * that way reads), else the first.
 */
export function requiredVariables(
  vendor: string,
  variables: Readonly<Record<string, string | undefined>>,
  catalog: VendorCatalog = vendorCatalog,
): VendorVariable[] {
  const entry = entryIn(catalog, vendor);
  const chosen = chosenCredentialSet(vendor, variables, catalog);
  if (!chosen) return entry.variables.filter((variable) => variable.required);
  return chosen.required.flatMap((name) => entry.variables.filter((variable) => variable.name === name));
}
