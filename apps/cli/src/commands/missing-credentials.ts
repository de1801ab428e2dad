import { ConfigError, type VendorId } from "@scanstat/core";
import { requiredVariables, type VendorVariable } from "../vendors/vendor-catalog.js";

/** The required variables of a vendor that are not set. */
export function missingVariablesOf(vendor: VendorId, variables: Readonly<Record<string, string>>): VendorVariable[] {
  return requiredVariables(vendor, variables).filter((variable) => !variables[variable.name]?.trim());
}

/**
 * One wording for missing credentials, naming every vendor that lacks them, from the catalog's
 * descriptions: `missing credentials: halo needs HALO_API_KEY (API key); telmai needs
 * TELMAI_TOKEN (Telmai for Fabric bearer token; for Telmai classic set TELMAI_API_KEY and TELMAI_TENANT) and TELMAI_BASE_URL (your deployment's API URL). Set them in the
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
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    return `${vendor} needs ${list}`;
  });
  return new ConfigError(
    `missing credentials: ${parts.join("; ")}. Set them in the environment or the config file (scanstat vendors shows what is set)`,
    lacking.length === 1 ? { vendor: lacking[0]!.vendor } : {},
  );
}
