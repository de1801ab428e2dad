import { ConfigError, type VendorId } from "@scanstat/core";
import {
  chosenCredentialSet,
  requiredVariables,
  type VendorVariable,
  catalogEntryOf,
} from "../vendors/vendor-catalog.js";

/** The required variables of a vendor that are not set. */
export function missingVariablesOf(vendor: VendorId, variables: Readonly<Record<string, string>>): VendorVariable[] {
  return requiredVariables(vendor, variables).filter((variable) => !variables[variable.name]?.trim());
}

function andList(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "");
}

/**
 * For a vendor with several ways in: the way these variables are for, then what the other ways
 * still lack, e.g. ` for fabric, or TELMAI_API_KEY and TELMAI_TENANT for classic`.
 */
function otherWaysText(vendor: VendorId, variables: Readonly<Record<string, string>>): string {
  const entry = catalogEntryOf(vendor);
  const chosen = chosenCredentialSet(vendor, variables);
  if (!entry.credentialSets || !chosen) return "";
  const others = entry.credentialSets.sets
    .filter((set) => set !== chosen)
    .map((set) => ({ set, lacking: set.required.filter((name) => !variables[name]?.trim()) }))
    .filter(({ lacking }) => lacking.length > 0)
    .map(({ set, lacking }) => `, or ${andList(lacking)} for ${set.name}`);
  return ` for ${chosen.name}${others.join("")}`;
}

/**
 * One wording for missing credentials, naming every vendor that lacks them, from the manifests'
 * descriptions: `missing credentials: halo needs HALO_API_KEY (API key); telmai needs
 * TELMAI_TOKEN (bearer token (Fabric API)) and TELMAI_BASE_URL (your deployment's API URL) for
 * fabric, or TELMAI_BASE_URL, TELMAI_API_KEY and TELMAI_TENANT for classic. Set them in the
 * environment or the config file (scanstat vendors shows what is set)`.
 */
export function missingCredentialsError(
  vendors: readonly VendorId[],
  variables: Readonly<Record<string, string>>,
): ConfigError | undefined {
  const lacking = [...new Set(vendors)]
    .map((vendor) => ({ vendor, missing: missingVariablesOf(vendor, variables) }))
    .filter(({ missing }) => missing.length > 0);
  if (lacking.length === 0) return undefined;
  const parts = lacking.map(({ vendor, missing }) => {
    const names = missing.map((variable) => `${variable.name} (${variable.description})`);
    return `${vendor} needs ${andList(names)}${otherWaysText(vendor, variables)}`;
  });
  return new ConfigError(
    `missing credentials: ${parts.join("; ")}. Set them in the environment or the config file (scanstat vendors shows what is set)`,
    lacking.length === 1 ? { vendor: lacking[0]!.vendor } : {},
  );
}
