import type { VendorId } from "@scanstat/core";

export interface VendorVariable {
  name: string;
  /** Without it the adapter cannot be built. */
  required: boolean;
  /** Never printed, and redacted wherever it could appear. */
  secret: boolean;
  description: string;
}

/** One way to reach a vendor, for vendors with more than one (Telmai classic or Telmai for Fabric). */
export interface CredentialSet {
  name: string;
  /** Every variable this way needs. */
  required: readonly string[];
}

export interface VendorEntry {
  vendor: VendorId;
  title: string;
  variables: readonly VendorVariable[];
  /**
   * Where a vendor can be reached in more than one way: the ways, and the variable that forces one
   * (its value is a set's name). Then `required` on a variable is only what `vendors` shows by default.
   */
  credentialSets?: { selector: string; sets: readonly CredentialSet[] };
  /** `scanstat trigger <vendor>` flags, for help and completion. */
  triggerFlags: readonly string[];
  /** The client's rate classes (`rateLimits` keys), so a config typo is caught before any adapter loads. */
  rateLimitClasses: readonly string[];
}

/** What the CLI knows about each vendor without loading its adapter (help, `vendors`, config checks). */
export const vendorCatalog: Readonly<Record<VendorId, VendorEntry>> = {
  soda: {
    vendor: "soda",
    title: "Soda Cloud",
    variables: [
      { name: "SODA_API_KEY_ID", required: true, secret: true, description: "API key id" },
      { name: "SODA_API_KEY_SECRET", required: true, secret: true, description: "API key secret" },
      { name: "SODA_REGION", required: false, secret: false, description: "eu (default) or us" },
      { name: "SODA_BASE_URL", required: false, secret: false, description: "API origin override" },
    ],
    triggerFlags: ["--definition", "--data-timestamp"],
    rateLimitClasses: ["trigger", "status", "cancel", "logs"],
  },
  projectdiscovery: {
    vendor: "projectdiscovery",
    title: "ProjectDiscovery Cloud Platform",
    variables: [
      { name: "PDCP_API_KEY", required: true, secret: true, description: "API key" },
      { name: "PDCP_TEAM_ID", required: false, secret: false, description: "team id (optional)" },
      { name: "PDCP_API_SERVER", required: false, secret: false, description: "API origin override" },
    ],
    triggerFlags: ["--target", "--template", "--name"],
    rateLimitClasses: ["read", "write"],
  },
  telmai: {
    vendor: "telmai",
    title: "Telmai",
    variables: [
      {
        name: "TELMAI_TOKEN",
        required: true,
        secret: true,
        description: "Telmai for Fabric bearer token; for Telmai classic set TELMAI_API_KEY and TELMAI_TENANT",
      },
      { name: "TELMAI_BASE_URL", required: true, secret: false, description: "your deployment's API URL" },
      { name: "TELMAI_API_KEY", required: false, secret: true, description: "Telmai classic API key (X-TLM-Key)" },
      {
        name: "TELMAI_TENANT",
        required: false,
        secret: false,
        description: "Telmai classic tenant, with TELMAI_API_KEY",
      },
      { name: "TELMAI_API", required: false, secret: false, description: "classic | fabric, when both are set" },
    ],
    credentialSets: {
      selector: "TELMAI_API",
      sets: [
        { name: "fabric", required: ["TELMAI_TOKEN", "TELMAI_BASE_URL"] },
        { name: "classic", required: ["TELMAI_API_KEY", "TELMAI_TENANT", "TELMAI_BASE_URL"] },
      ],
    },
    triggerFlags: ["--asset"],
    rateLimitClasses: ["trigger", "read"],
  },
  halo: {
    vendor: "halo",
    title: "Halo Security",
    variables: [
      { name: "HALO_API_KEY", required: true, secret: true, description: "API key" },
      { name: "HALO_BASE_URL", required: false, secret: false, description: "API origin override" },
    ],
    triggerFlags: ["--target-id"],
    rateLimitClasses: ["read", "write"],
  },
};

export const vendorVariableNames: readonly string[] = Object.values(vendorCatalog).flatMap((entry) =>
  entry.variables.map((variable) => variable.name),
);

export const secretVariableNames: readonly string[] = Object.values(vendorCatalog).flatMap((entry) =>
  entry.variables.filter((variable) => variable.secret).map((variable) => variable.name),
);

/**
 * The variables a vendor needs, given what is set. With several ways to reach it: the one its
 * selector forces, else one that is complete, else the one the user has started on (a variable only
 * that way reads), else the first.
 */
export function requiredVariables(
  vendor: VendorId,
  variables: Readonly<Record<string, string | undefined>>,
): VendorVariable[] {
  const entry = vendorCatalog[vendor];
  const isSet = (name: string) => Boolean(variables[name]?.trim());
  if (!entry.credentialSets) return entry.variables.filter((variable) => variable.required);
  const { selector, sets } = entry.credentialSets;
  const forced = variables[selector]?.trim().toLowerCase();
  const sharedByAll = (name: string) => sets.every((set) => set.required.includes(name));
  const chosen =
    sets.find((set) => set.name === forced) ??
    sets.find((set) => set.required.every(isSet)) ??
    sets.find((set) => set.required.some((name) => !sharedByAll(name) && isSet(name))) ??
    sets[0]!;
  return entry.variables.filter((variable) => chosen.required.includes(variable.name));
}
