import type { VendorId } from "@scanstat/core";
import type { TriggerExample, VendorManifest, VendorOptionSpec } from "@scanstat/core/adapter-kit";
import { valueNameOf } from "../arguments/vendor-option-flags.js";
import { catalogEntryOf } from "../vendors/vendor-catalog.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";

const vendorColumn = Math.max(...vendorManifests.map((manifest) => manifest.vendor.length)) + 2;

/** One vendor's variables: the required ones (each way in, for a vendor with several), then the optional. */
function variablesText(vendor: VendorId): string[] {
  const entry = catalogEntryOf(vendor);
  const names = (list: readonly { name: string }[]) => list.map((variable) => variable.name).join(", ");
  if (entry.credentialSets) {
    const { selector, sets } = entry.credentialSets;
    const inSets = new Set(sets.flatMap((set) => set.required));
    const optional = entry.variables.filter((variable) => !inSets.has(variable.name));
    return [
      sets.map((set) => `${set.name}: ${set.required.join(", ")}`).join(" or "),
      `${selector}=${sets.map((set) => set.name).join("|")} picks one${
        optional.some((variable) => variable.name !== selector)
          ? `; optional ${names(optional.filter((variable) => variable.name !== selector))}`
          : ""
      }`,
    ];
  }
  const required = entry.variables.filter((variable) => variable.required);
  const optional = entry.variables.filter((variable) => !variable.required);
  return [`${names(required)}${optional.length > 0 ? `; optional ${names(optional)}` : ""}`];
}

/** The credentials table of `--help`, one vendor a line (a continuation indented under it). */
export function credentialLines(): string[] {
  return vendorManifests.flatMap((manifest) =>
    variablesText(manifest.vendor as VendorId).map(
      (text, index) => `  ${(index === 0 ? manifest.vendor : "").padEnd(vendorColumn)}${text}`,
    ),
  );
}

function optionUsage(option: VendorOptionSpec): string {
  const valueName = valueNameOf(option);
  const flag = `--${option.name}${valueName ? ` ${valueName}` : ""}${option.repeatable ? "..." : ""}`;
  return option.required ? flag : `[${flag}]`;
}

/** `trigger`'s options by vendor: `soda  --definition DEFINITION [--data-timestamp ISO]`. */
export function triggerUsageLines(): string[] {
  return vendorManifests.map((manifest) => {
    const options = [...manifest.trigger.options].sort(
      (a, b) => Number(b.required ?? false) - Number(a.required ?? false),
    );
    const usage = options.length > 0 ? options.map(optionUsage).join(" ") : "(no trigger options)";
    return `  ${manifest.vendor.padEnd(vendorColumn)}${usage}`;
  });
}

function shellWord(value: string): string {
  return /^[\w./:@-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

/** A manifest's example as `trigger` arguments: its input keys back to their flags (`--target-id`, `2`). */
export function triggerExampleArguments(manifest: VendorManifest, example: TriggerExample): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(example.input)) {
    const option = manifest.trigger.options.find((candidate) => candidate.key === key);
    if (!option) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) words.push(`--${option.name}`, String(one));
  }
  return words;
}

/** A manifest's example as a command line. */
export function triggerExampleCommand(manifest: VendorManifest, example: TriggerExample): string {
  // Flag, value, flag, value: only the values need quoting.
  const flags = triggerExampleArguments(manifest, example).map((word, index) =>
    index % 2 === 0 ? word : shellWord(word),
  );
  return ["scanstat", "trigger", manifest.aliases[0] ?? manifest.vendor, ...flags].join(" ");
}

/** Every manifest's trigger examples, each with its description as a shell comment. */
export function triggerExampleLines(): string[] {
  return vendorManifests.flatMap((manifest) =>
    manifest.trigger.examples.map(
      (example) => `${triggerExampleCommand(manifest, example)}   # ${example.description}`,
    ),
  );
}

/** The first vendor's first example, for the general help and the sandbox's. */
export function firstTriggerExample(): string {
  const manifest = vendorManifests.find((candidate) => candidate.trigger.examples.length > 0);
  return manifest ? triggerExampleCommand(manifest, manifest.trigger.examples[0]!) : "scanstat trigger <vendor>";
}
