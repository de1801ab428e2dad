import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest } from "./manifest.js";
import { createSodaAdapter } from "./adapter/soda-adapter.js";
import { readSodaEnvironment } from "./soda-environment.js";
import { sodaDefaultRateLimits } from "./soda-rate-limits.js";

describeManifest({
  manifest,
  defaultRateLimits: sodaDefaultRateLimits,
  readEnvironment: readSodaEnvironment,
  sampleValues: { SODA_REGION: "eu", SODA_BASE_URL: "https://cloud.soda.io" },
  createAdapter: () => createSodaAdapter({ apiKeyId: "key-id", apiKeySecret: "key-secret" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});
