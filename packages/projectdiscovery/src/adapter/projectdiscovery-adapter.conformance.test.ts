import { describeAdapter } from "@scanstat/core/conformance";
import { virtualTimeSettings } from "@scanstat/core/testing";
import { manifest } from "../manifest.js";
import { createProjectDiscoverySimulator } from "../testing/index.js";
import { createProjectDiscoveryAdapter } from "./projectdiscovery-adapter.js";

describeAdapter({
  name: "projectdiscovery",
  vendor: "projectdiscovery",
  manifest,
  create: ({ clock, credentials, rateLimits }) => {
    const simulator = createProjectDiscoverySimulator({ clock });
    const adapter = createProjectDiscoveryAdapter({
      baseUrl: "https://pdcp.simulator.test",
      apiKey: credentials === "valid" ? simulator.credentials.apiKey : "sandbox-wrong-key",
      teamId: simulator.credentials.teamId,
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      ...(rateLimits ? { rateLimits } : {}),
    });
    return { simulator, adapter };
  },
  triggerInput: { targets: ["scanme.example.com"], templates: ["http/cves/"], name: "conformance" },
});
