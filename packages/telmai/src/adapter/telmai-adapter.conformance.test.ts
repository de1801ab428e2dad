import { describeAdapter } from "@scanstat/core/conformance";
import { virtualTimeSettings } from "@scanstat/core/testing";
import { manifest } from "../manifest.js";
import { createTelmaiAdapter } from "./telmai-adapter.js";
import { createTelmaiSimulator } from "../testing/telmai-simulator.js";

describeAdapter({
  name: "telmai",
  vendor: "telmai",
  manifest,
  create: ({ clock, credentials, rateLimits }) => {
    // Runs that carry the execution id: the conformance suite lists the scan it triggered, and a
    // listing yields run batches (with the default batch ids, not the execution).
    const simulator = createTelmaiSimulator({ clock, jobIds: "execution" });
    const adapter = createTelmaiAdapter({
      baseUrl: "https://telmai.example.com/api",
      token: credentials === "valid" ? simulator.adminToken : "not-a-telmai-token",
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      ...(rateLimits ? { rateLimits } : {}),
    });
    return { simulator, adapter };
  },
  triggerInput: {},
});
