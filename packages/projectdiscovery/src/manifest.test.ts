import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest } from "./manifest.js";
import { createProjectDiscoveryAdapter } from "./adapter/projectdiscovery-adapter.js";
import { readProjectDiscoveryEnvironment } from "./projectdiscovery-environment.js";
import { projectDiscoveryDefaultRateLimits } from "./projectdiscovery-rate-limits.js";

describeManifest({
  manifest,
  defaultRateLimits: projectDiscoveryDefaultRateLimits,
  readEnvironment: readProjectDiscoveryEnvironment,
  sampleValues: { PDCP_API_SERVER: "https://api.projectdiscovery.io" },
  createAdapter: () => createProjectDiscoveryAdapter({ apiKey: "api-key" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});
