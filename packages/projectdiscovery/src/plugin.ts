import type { VendorPlugin } from "@scanstat/core/adapter-kit";
import { createProjectDiscoveryAdapter } from "./adapter/projectdiscovery-adapter.js";
import { scanFromProjectDiscoveryWebhook } from "./adapter/projectdiscovery-webhook.js";
import { createProjectDiscoveryClient } from "./client/projectdiscovery-client.js";
import { manifest } from "./manifest.js";
import { readProjectDiscoveryEnvironment } from "./projectdiscovery-environment.js";

/**
 * ProjectDiscovery for a host that reads its variables: adapter, credential check (a one-item
 * scans list, the cheapest read the key's scan permission allows), and its scan webhook.
 */
export const plugin: VendorPlugin = {
  manifest,
  createAdapter: (variables, settings) =>
    createProjectDiscoveryAdapter({ ...readProjectDiscoveryEnvironment(variables), ...settings }),
  async checkCredentials(variables, settings, options) {
    const client = createProjectDiscoveryClient({ ...readProjectDiscoveryEnvironment(variables), ...settings });
    await client.listScans({ limit: 1 }, options);
    return undefined;
  },
  readWebhook(payload, context) {
    const id = (payload as { scan_id?: unknown } | null)?.scan_id;
    if (typeof id !== "string" || id.trim() === "") return [];
    const scanId = id.trim();
    const update = scanFromProjectDiscoveryWebhook(payload, context.previous(scanId), context.severityPolicy);
    return [{ id: scanId, ...update }];
  },
};
