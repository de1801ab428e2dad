import type { VendorManifest } from "@scanstat/core/adapter-kit";

/** The client's rate classes: every request is a read or a write. */
export type ProjectDiscoveryRateClass = "read" | "write";

/**
 * ProjectDiscovery Cloud Platform as plain data: importing it loads no client or adapter code.
 * The one place its facts live: the environment reader, rate budgets and trigger keys read them here.
 */
export const manifest = {
  vendor: "projectdiscovery",
  aliases: ["pd"],
  displayName: "ProjectDiscovery Cloud Platform",
  environment: [
    { name: "PDCP_API_KEY", setting: "apiKey", required: true, secret: true, description: "API key" },
    { name: "PDCP_TEAM_ID", setting: "teamId", required: false, secret: false, description: "team id (optional)" },
    {
      name: "PDCP_API_SERVER",
      setting: "baseUrl",
      required: false,
      secret: false,
      description: "API origin override",
    },
  ],
  trigger: {
    options: [
      {
        name: "target",
        key: "targets",
        type: "string",
        repeatable: true,
        required: true,
        description: "a host, URL or IP to scan",
      },
      {
        name: "template",
        key: "templates",
        type: "string",
        repeatable: true,
        description: "a nuclei template or template folder to run (default: the platform's choice)",
      },
      { name: "name", key: "name", type: "string", description: "the scan's name" },
    ],
    examples: [
      { description: "scan one host", input: { targets: ["scanme.example.com"] } },
      {
        description: "scan two hosts for CVEs, named",
        input: { targets: ["a.example.com", "b.example.com"], templates: ["http/cves/"], name: "nightly" },
      },
    ],
  },
  listFilters: [{ name: "search", key: "search", type: "string", description: "free-text search of the scans" }],
  rateLimits: {
    // ProjectDiscovery publishes no rate limits: scanstat's conservative defaults, per API key.
    classes: {
      read: { requests: 60, windowMs: 60_000, documented: false },
      write: { requests: 10, windowMs: 60_000, documented: false },
    },
    // Cancel reads the scan first, then stops it: a write.
    operations: {
      getScan: "read",
      getScans: "read",
      listScans: "read",
      triggerScan: "write",
      cancelScan: "write",
    },
  },
  capabilities: { trigger: true, cancel: true, list: true, logs: false, batchGet: true },
  docs: "https://docs.projectdiscovery.io/api-reference/editor/scan",
} as const satisfies VendorManifest<"projectdiscovery", ProjectDiscoveryRateClass>;
