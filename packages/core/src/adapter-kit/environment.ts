import { ConfigError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

/** One environment variable an adapter reads, described once for the reader, help text and redaction. */
export interface EnvironmentVariableSpec<Setting extends string = string> {
  /** The variable, e.g. `ACME_API_KEY`. */
  readonly name: string;
  /** The settings key its value goes to, e.g. `apiKey`. */
  readonly setting: Setting;
  /** Without it the adapter cannot be built. */
  readonly required: boolean;
  /** Never printed, and redacted wherever it could appear. */
  readonly secret: boolean;
  readonly description: string;
  /**
   * Take the value as given instead of trimmed (only an empty value counts as unset). For a secret
   * whose surrounding spaces may be part of it.
   */
  readonly verbatim?: boolean;
}

/** Where variables come from: `process.env`, a config file's section, a test's record. */
export type EnvironmentVariables = Readonly<Record<string, string | undefined>>;

/** The settings a spec list gives: required ones are strings, the others may be absent. */
export type EnvironmentSettings<Specs extends readonly EnvironmentVariableSpec[]> = {
  [Spec in Specs[number] as Spec["required"] extends true ? Spec["setting"] : never]: string;
} & {
  [Spec in Specs[number] as Spec["required"] extends true ? never : Spec["setting"]]?: string;
};

function readValue(spec: EnvironmentVariableSpec, variables: EnvironmentVariables): string | undefined {
  const raw = variables[spec.name];
  if (raw === undefined) return undefined;
  const value = spec.verbatim ? raw : raw.trim();
  return value === "" ? undefined : value;
}

/**
 * Reads a vendor's variables. The variables are always an argument, never `process.env` behind
 * the caller's back, so a library reads only what its user hands it. Values are trimmed (unless
 * `verbatim`); an empty value counts as unset; every missing required variable is named in one
 * ConfigError, so the user fixes them all at once. Values are never repeated in errors.
 */
export function readEnvironment<const Specs extends readonly EnvironmentVariableSpec[]>(
  vendor: VendorId,
  specs: Specs,
  variables: EnvironmentVariables,
): EnvironmentSettings<Specs> {
  const settings: Record<string, string> = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const value = readValue(spec, variables);
    if (value !== undefined) settings[spec.setting] = value;
    else if (spec.required) missing.push(spec.name);
  }
  if (missing.length > 0) {
    const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1)}`;
    throw new ConfigError(`${vendor}: ${names} ${missing.length === 1 ? "is" : "are"} not set`, { vendor });
  }
  return settings as EnvironmentSettings<Specs>;
}

/** The variable names of a spec list, in order. */
export function environmentVariableNames(specs: readonly EnvironmentVariableSpec[]): string[] {
  return specs.map((spec) => spec.name);
}
