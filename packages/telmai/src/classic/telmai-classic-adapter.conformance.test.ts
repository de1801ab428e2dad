import { createSlidingWindowLimiter } from "@scanstat/core";
import { describeAdapter } from "@scanstat/core/conformance";
import { createTelmaiClassicAdapter, type TelmaiClassicTriggerInput } from "./telmai-classic-adapter.js";
import { createTelmaiClassicSimulator } from "./testing/telmai-classic-simulator.js";

describeAdapter({
  name: "telmai classic",
  create: ({ clock, credentials }) => {
    const simulator = createTelmaiClassicSimulator({ clock });
    const adapter = createTelmaiClassicAdapter({
      baseUrl: "https://telmai.example.com",
      tenant: simulator.tenant,
      credentials: { apiKey: credentials === "valid" ? simulator.apiKey : "not-a-telmai-key" },
      fetch: simulator.fetch,
      clock,
      limiter: createSlidingWindowLimiter(clock),
      random: () => 0.5,
    });
    return { simulator, adapter };
  },
  triggerInput: { assetId: "orders" } as TelmaiClassicTriggerInput,
});
