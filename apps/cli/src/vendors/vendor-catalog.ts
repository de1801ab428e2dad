import type { VendorId } from "@scanstat/core";

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
        description: "bearer token: Telmai for Fabric (or set TELMAI_API_KEY and TELMAI_TENANT for classic)",
      },
      { name: "TELMAI_BASE_URL", required: true, secret: false, description: "your deployment's API URL" },
      { name: "TELMAI_API_KEY", required: false, secret: true, description: "Telmai classic API key (X-TLM-Key)" },
      {
        name: "TELMAI_TENANT",
        required: false,
        secret: false,
        description: "Telmai classic tenant (with TELMAI_API_KEY)",
      },
      { name: "TELMAI_API", required: false, secret: false, description: "classic | fabric, when both are set" },
    ],
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
