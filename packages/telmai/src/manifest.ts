import type { VendorManifest, VendorOptionSpec } from "@scanstat/core/adapter-kit";

/** The client's rate classes: starting scans, and reading status. */
export type TelmaiRateClass = "trigger" | "read";

const assetOption: VendorOptionSpec = {
  name: "asset",
  key: "assetId",
  type: "string",
  description: "the asset to scan",
};

/**
 * Each Telmai product's own trigger, as its adapter reads it: Fabric takes no option (one trigger
 * runs every enabled monitor of the token's workspace), classic scans one asset. The manifest's
 * `trigger` is the two together, for front ends that serve both.
 */
export const telmaiProductTriggers = {
  fabric: {
    options: [],
    examples: [{ description: "run every enabled monitor of the token's workspace (Fabric)", input: {} }],
  },
  classic: {
    options: [{ ...assetOption, required: true }],
    examples: [{ description: "scan one asset (classic API)", input: { assetId: "orders" } }],
  },
} as const satisfies Record<"fabric" | "classic", VendorManifest["trigger"]>;

/** Telmai as plain data: importing it loads no client or adapter code. */
export const manifest: VendorManifest<"telmai", TelmaiRateClass> = {
  vendor: "telmai",
  aliases: [],
  displayName: "Telmai",
  environment: [
    {
      name: "TELMAI_BASE_URL",
      setting: "baseUrl",
      required: true,
      secret: false,
      description: "your deployment's API URL",
    },
    { name: "TELMAI_TOKEN", setting: "token", required: true, secret: true, description: "bearer token (Fabric API)" },
    {
      name: "TELMAI_API",
      setting: "api",
      required: false,
      secret: false,
      description: "which API: fabric (default) or classic",
    },
    {
      name: "TELMAI_API_KEY",
      setting: "apiKey",
      required: false,
      secret: true,
      description: "API key (classic API, sent as X-TLM-Key)",
    },
    { name: "TELMAI_TENANT", setting: "tenant", required: false, secret: false, description: "tenant (classic API)" },
  ],
  // Fabric needs a bearer token, classic an API key and a tenant; TELMAI_API=fabric|classic forces one.
  credentialSets: {
    selector: "TELMAI_API",
    sets: [
      { name: "fabric", required: ["TELMAI_TOKEN", "TELMAI_BASE_URL"] },
      { name: "classic", required: ["TELMAI_BASE_URL", "TELMAI_API_KEY", "TELMAI_TENANT"] },
    ],
  },
  trigger: {
    options: [
      {
        ...assetOption,
        description: "classic API only: the asset to scan (Fabric runs every enabled monitor of the workspace)",
      },
    ],
    examples: [...telmaiProductTriggers.fabric.examples, ...telmaiProductTriggers.classic.examples],
  },
  listFilters: [],
  rateLimits: {
    classes: {
      trigger: { requests: 5, windowMs: 60_000, documented: false },
      read: { requests: 60, windowMs: 60_000, documented: false },
    },
    operations: { triggerScan: "trigger", getScan: "read", getScans: "read", listScans: "read" },
  },
  capabilities: { trigger: true, cancel: false, list: true, logs: false, batchGet: true },
  docs: "https://docs.telm.ai/telmai/api-reference",
};
