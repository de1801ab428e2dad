import { describeAdapter } from "@scanstat/core/conformance";
import { virtualTimeSettings } from "@scanstat/core/testing";
import { manifest } from "../manifest.js";
import { createSodaAdapter } from "./soda-adapter.js";
import { createSodaSimulator, sodaSandboxCredentials } from "../testing/index.js";

describeAdapter({
  name: "soda",
  vendor: "soda",
  manifest,
  create: ({ clock, credentials, rateLimits }) => {
    const simulator = createSodaSimulator({ clock });
    const adapter = createSodaAdapter({
      apiKeyId: sodaSandboxCredentials.apiKeyId,
      apiKeySecret: credentials === "valid" ? sodaSandboxCredentials.apiKeySecret : "wrong-secret",
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      ...(rateLimits ? { rateLimits } : {}),
    });
    return { simulator, adapter };
  },
  triggerInput: { definition: "orders_checks" },
});
