import type { VendorId } from "@scanstat/core";
import type { VendorManifest, VendorOptionSpec } from "@scanstat/core/adapter-kit";
import { manifestOf, vendorManifests } from "../vendors/vendor-manifests.js";
import { parseTimestamp } from "./parse-values.js";
import { UsageError } from "./usage-error.js";

/** A vendor's option as a `node:util` parseArgs option, with its words for help and completion. */
interface VendorFlagDefinition {
  type: "string" | "boolean";
  multiple?: boolean;
  description: string;
  valueName?: string;
}

type OptionsOf = "trigger" | "list";

function optionsOf(vendor: string, kind: OptionsOf, manifests: readonly VendorManifest[]): readonly VendorOptionSpec[] {
  const manifest = manifests.find((candidate) => candidate.vendor === vendor);
  if (!manifest) throw new Error(`no manifest for vendor "${vendor}"`);
  return kind === "trigger" ? manifest.trigger.options : manifest.listFilters;
}

/** The value's name in help: `ISO`, `ID`, `N`, `current|recent`, or the flag's own name. */
export function valueNameOf(option: VendorOptionSpec): string | undefined {
  switch (option.type) {
    case "boolean":
      return undefined;
    case "timestamp":
      return "ISO";
    case "integer":
      return option.name.endsWith("-id") ? "ID" : "N";
    case "choice":
      return (option.choices ?? []).join("|");
    case "string":
      return option.name.toUpperCase().replaceAll("-", "_");
  }
}

/**
 * Every vendor's options of one kind as flags. Two vendors may share a flag (one definition, both
 * named in its description); a flag repeatable for one of them is `multiple` and the parser counts.
 */
export function vendorFlagDefinitions(
  kind: OptionsOf,
  manifests: readonly VendorManifest[] = vendorManifests,
): Record<string, VendorFlagDefinition> {
  const byName = new Map<string, { option: VendorOptionSpec; vendors: string[]; descriptions: string[] }>();
  for (const manifest of manifests) {
    const options = kind === "trigger" ? manifest.trigger.options : manifest.listFilters;
    for (const option of options) {
      const described = `${manifest.vendor}: ${option.description}${option.repeatable ? " (repeatable)" : ""}`;
      const known = byName.get(option.name);
      if (known) {
        known.vendors.push(manifest.vendor);
        known.descriptions.push(described);
        if (option.repeatable) known.option = option;
      } else {
        byName.set(option.name, { option, vendors: [manifest.vendor], descriptions: [described] });
      }
    }
  }
  return Object.fromEntries(
    [...byName].map(([name, { option, descriptions }]) => {
      const valueName = valueNameOf(option);
      const definition: VendorFlagDefinition = {
        type: option.type === "boolean" ? "boolean" : "string",
        description: descriptions.join("; "),
        ...(option.repeatable ? { multiple: true } : {}),
        ...(valueName ? { valueName } : {}),
      };
      return [name, definition];
    }),
  );
}

/** The vendors that take a flag of one kind, in catalog order. */
function ownersOf(name: string, kind: OptionsOf, manifests: readonly VendorManifest[]): string[] {
  return manifests
    .filter((manifest) =>
      (kind === "trigger" ? manifest.trigger.options : manifest.listFilters).some((option) => option.name === name),
    )
    .map((manifest) => manifest.vendor);
}

function parseOneValue(option: VendorOptionSpec, raw: string | boolean): string | number | boolean {
  const flag = `--${option.name}`;
  if (typeof raw === "boolean") return raw;
  const text = raw.trim();
  if (text === "") throw new UsageError(`${flag} needs a value`);
  switch (option.type) {
    case "boolean":
      return true;
    case "timestamp":
      return parseTimestamp(text, flag);
    case "integer":
      if (!/^-?\d+$/.test(text)) throw new UsageError(`${flag} takes an integer (got "${text}")`);
      return Number(text);
    case "choice": {
      const choices = option.choices ?? [];
      if (!choices.includes(text)) throw new UsageError(`${flag} must be one of ${choices.join(", ")} (got "${text}")`);
      return text;
    }
    case "string":
      return text;
  }
}

/**
 * Reads a vendor's options from parseArgs' values by its manifest: each flag to the key its adapter
 * reads. A flag of another vendor, a missing required one, or a bad value is a usage error.
 * `kind` says which of its options (`trigger` options or `list` filters), and names the command in messages.
 * `manifests`: the registry's, or a test's.
 */
export function parseVendorOptions(
  vendor: string,
  kind: OptionsOf,
  values: Readonly<Record<string, string | boolean | string[] | undefined>>,
  manifests: readonly VendorManifest[] = vendorManifests,
): Record<string, string | number | boolean | (string | number | boolean)[]> {
  const own = optionsOf(vendor, kind, manifests);
  const ownNames = new Set(own.map((option) => option.name));
  for (const name of Object.keys(vendorFlagDefinitions(kind, manifests))) {
    if (values[name] === undefined || ownNames.has(name)) continue;
    const takes =
      own.length > 0
        ? `${vendor} takes ${own.map((option) => `--${option.name}`).join(", ")}`
        : `${vendor} takes no ${kind === "trigger" ? "trigger option" : "list filter"}`;
    throw new UsageError(
      `--${name} is a ${ownersOf(name, kind, manifests).join(" and ")} option; ${vendor} does not take it (${takes})`,
    );
  }
  const parsed: Record<string, string | number | boolean | (string | number | boolean)[]> = {};
  for (const option of own) {
    const raw = values[option.name];
    const given = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    if (!option.repeatable && given.length > 1) throw new UsageError(`--${option.name} is given more than once`);
    const read = given.map((value) => parseOneValue(option, value));
    if (read.length === 0) {
      if (option.required) throw missingOptionError(vendor, kind, option);
      continue;
    }
    parsed[option.key] = option.repeatable ? read : read[0]!;
  }
  return parsed;
}

function missingOptionError(vendor: string, kind: OptionsOf, option: VendorOptionSpec): UsageError {
  if (option.repeatable) return new UsageError(`${kind} ${vendor} needs at least one --${option.name}`);
  const valueName = valueNameOf(option);
  return new UsageError(
    `${kind} ${vendor} needs --${option.name}${valueName ? ` ${valueName}` : ""}: ${option.description}`,
  );
}

/** The flag a TriggerInput key is given with, for a vendor (`targetId` → `--target-id`). */
export function triggerFlagOf(vendor: VendorId, key: string): string | undefined {
  const option = manifestOf(vendor).trigger.options.find((candidate) => candidate.key === key);
  return option ? `--${option.name}` : undefined;
}
