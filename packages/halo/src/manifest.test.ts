import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { createHaloAdapter } from "./adapter/halo-adapter.js";
import { readHaloEnvironment } from "./halo-environment.js";
import { haloDefaultRateLimits } from "./halo-rate-limits.js";
import { manifest } from "./manifest.js";

describeManifest({
  manifest,
  defaultRateLimits: haloDefaultRateLimits,
  readEnvironment: readHaloEnvironment,
  sampleValues: { HALO_BASE_URL: "https://api.halosecurity.com" },
  createAdapter: () => createHaloAdapter({ apiKey: "api-key" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});
