import type { VendorManifest } from "@scanstat/core/adapter-kit";
import type { SodaRateLimitClass } from "./soda-rate-limits.js";

/** Soda Cloud as plain data: importing it loads no client or adapter code. */
export const manifest: VendorManifest<"soda", SodaRateLimitClass> = {
  vendor: "soda",
  aliases: [],
  displayName: "Soda Cloud",
  environment: [
    { name: "SODA_API_KEY_ID", setting: "apiKeyId", required: true, secret: true, description: "API key id" },
    {
      name: "SODA_API_KEY_SECRET",
      setting: "apiKeySecret",
      required: true,
      secret: true,
      description: "API key secret",
      // Taken as given today: only an empty value counts as unset.
      verbatim: true,
    },
    { name: "SODA_REGION", setting: "region", required: false, secret: false, description: "eu (default) or us" },
    { name: "SODA_BASE_URL", setting: "baseUrl", required: false, secret: false, description: "API origin override" },
  ],
  // Sent as Basic auth: the header's base64 is as secret as the key.
  basicAuth: { user: "SODA_API_KEY_ID", password: "SODA_API_KEY_SECRET" },
  trigger: {
    options: [
      {
        name: "definition",
        key: "definition",
        type: "string",
        required: true,
        description: "the scan definition to run",
      },
      {
        name: "data-timestamp",
        key: "dataTimestamp",
        type: "timestamp",
        description: "the data timestamp the scan checks (ISO-8601); Soda's default is now",
      },
    ],
    examples: [
      { description: "run a scan definition", input: { definition: "orders_checks" } },
      {
        description: "run it for yesterday's data",
        input: { definition: "orders_checks", dataTimestamp: "2026-01-31T00:00:00Z" },
      },
    ],
  },
  listFilters: [],
  rateLimits: {
    classes: {
      trigger: { requests: 10, windowMs: 60_000, documented: true },
      status: { requests: 60, windowMs: 60_000, documented: true },
      cancel: { requests: 10, windowMs: 60_000, documented: true },
      logs: { requests: 60, windowMs: 60_000, documented: true },
    },
    operations: { getScan: "status", triggerScan: "trigger", cancelScan: "cancel", getLogs: "logs" },
  },
  capabilities: { trigger: true, cancel: true, list: false, logs: true, batchGet: false },
  docs: "https://docs.soda.io/api-docs/public-cloud-api-v1.html",
};
