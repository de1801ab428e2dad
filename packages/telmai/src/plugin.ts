import type { VendorPlugin } from "@scanstat/core/adapter-kit";
import { checkTelmaiCredentials, createTelmaiAdapterFromEnvironment } from "./classic/telmai-api-selection.js";
import { scansFromTelmaiClassicWebhook } from "./classic/telmai-classic-webhook.js";
import { manifest } from "./manifest.js";

/**
 * Telmai for a host that reads its variables: the variables choose the product (TELMAI_API_KEY +
 * TELMAI_TENANT classic, TELMAI_TOKEN Fabric, TELMAI_API forces one). The credential check is one
 * documented read per product reached; the webhook is classic's job-status webhook.
 */
export const plugin: VendorPlugin = {
  manifest,
  createAdapter: (variables, settings) => createTelmaiAdapterFromEnvironment(variables, settings),
  checkCredentials: (variables, settings, options) => checkTelmaiCredentials(variables, settings, options),
  readWebhook: (payload) => scansFromTelmaiClassicWebhook(payload),
};
