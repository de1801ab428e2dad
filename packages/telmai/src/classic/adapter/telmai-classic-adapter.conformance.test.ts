import { describeAdapter } from "@scanstat/core/conformance";
import { virtualTimeSettings } from "@scanstat/core/testing";
import { manifest, telmaiProductTriggers } from "../../manifest.js";
import { createTelmaiClassicAdapter, type TelmaiClassicTriggerInput } from "./telmai-classic-adapter.js";
import { createTelmaiClassicSimulator } from "../testing/telmai-classic-simulator.js";

// One vendor, two products: classic reads and triggers jobs, and documents no cancel, list or logs.
const classicManifest = {
  ...manifest,
  capabilities: { trigger: true, cancel: false, list: false, logs: false, batchGet: false },
  trigger: telmaiProductTriggers.classic,
};

describeAdapter({
  name: "telmai classic",
  vendor: "telmai",
  manifest: classicManifest,
  create: ({ clock, credentials, rateLimits }) => {
    const simulator = createTelmaiClassicSimulator({ clock });
    const adapter = createTelmaiClassicAdapter({
      baseUrl: "https://telmai.example.com",
      tenant: simulator.tenant,
      credentials: { apiKey: credentials === "valid" ? simulator.apiKey : "not-a-telmai-key" },
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      ...(rateLimits ? { rateLimits } : {}),
    });
    return { simulator, adapter };
  },
  triggerInput: { assetId: "orders" } satisfies TelmaiClassicTriggerInput,
});
