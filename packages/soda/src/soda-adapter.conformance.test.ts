import { createSlidingWindowLimiter } from "@scanstat/core";
import { describeAdapter } from "@scanstat/core/conformance";
import { createSodaAdapter } from "./soda-adapter.js";
import { createSodaSimulator, sodaSandboxCredentials } from "./testing/index.js";

describeAdapter({
  name: "soda",
  create: ({ clock, credentials }) => {
    const simulator = createSodaSimulator({ clock });
    const adapter = createSodaAdapter({
      apiKeyId: sodaSandboxCredentials.apiKeyId,
      apiKeySecret: credentials === "valid" ? sodaSandboxCredentials.apiKeySecret : "wrong-secret",
      fetch: simulator.fetch,
      clock,
      limiter: createSlidingWindowLimiter(clock),
      random: () => 0.5,
    });
    return { simulator, adapter };
  },
  triggerInput: { definition: "orders_checks" },
});
