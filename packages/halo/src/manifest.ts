import type { VendorManifest } from "@scanstat/core/adapter-kit";
import type { HaloRateLimitClass } from "./halo-rate-limits.js";

/** Halo Security as plain data: importing it loads no client or adapter code. */
export const manifest: VendorManifest<"halo", HaloRateLimitClass> = {
  vendor: "halo",
  aliases: [],
  displayName: "Halo Security",
  environment: [
    { name: "HALO_API_KEY", setting: "apiKey", required: true, secret: true, description: "API key" },
    { name: "HALO_BASE_URL", setting: "baseUrl", required: false, secret: false, description: "API origin override" },
  ],
  trigger: {
    options: [
      {
        name: "target-id",
        key: "targetId",
        type: "integer",
        required: true,
        description: "the id of the target to scan (a positive integer, from Halo's targets page)",
      },
    ],
    // Target 2 is one the sandbox simulator has: `scanstat demo` triggers the examples.
    examples: [{ description: "scan target 2", input: { targetId: 2 } }],
  },
  listFilters: [
    {
      name: "type",
      key: "type",
      type: "choice",
      choices: ["current", "recent", "prior", "all"],
      description: "which scans: current (default), recent, prior or all",
    },
  ],
  rateLimits: {
    classes: {
      read: { requests: 60, windowMs: 60_000, documented: false },
      write: { requests: 10, windowMs: 60_000, documented: false },
    },
    operations: {
      getScan: "read",
      getScans: "read",
      listScans: "read",
      triggerScan: "write",
      cancelScan: "write",
    },
  },
  capabilities: { trigger: true, cancel: true, list: true, logs: false, batchGet: true },
  docs: "https://docs.halosecurity.com/api/endpoints/scan",
};
