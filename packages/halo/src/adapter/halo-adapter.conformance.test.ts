import { describeAdapter } from "@scanstat/core/conformance";
import { virtualTimeSettings } from "@scanstat/core/testing";
import { manifest } from "../manifest.js";
import { createHaloAdapter } from "./halo-adapter.js";
import { createHaloSimulator, haloSandboxApiKey } from "../testing/index.js";

describeAdapter({
  name: "halo",
  vendor: "halo",
  manifest,
  create: ({ clock, credentials, rateLimits }) => {
    const simulator = createHaloSimulator({ clock });
    const adapter = createHaloAdapter({
      apiKey: credentials === "invalid" ? "not-the-sandbox-key" : haloSandboxApiKey,
      baseUrl: "https://api.halosecurity.com",
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      ...(rateLimits ? { rateLimits } : {}),
    });
    return { simulator, adapter };
  },
  triggerInput: { targetId: 1 },
  // Canceled, because this adapter remembers the cancel it sent: Halo's API itself cannot say so
  // (a scan canceled elsewhere reads as completed WITHOUT a verdict: no ending event; see
  // createHaloAdapter and halo-adapter.scenario.test.ts).
  cancelEndsAs: "canceled",
});
