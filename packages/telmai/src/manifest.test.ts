import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest } from "./manifest.js";
import { createTelmaiAdapter } from "./adapter/telmai-adapter.js";
import { readTelmaiEnvironment } from "./telmai-environment.js";
import { telmaiDefaultRateLimits } from "./telmai-rate-limits.js";

describeManifest({
  manifest,
  defaultRateLimits: telmaiDefaultRateLimits,
  readEnvironment: readTelmaiEnvironment,
  sampleValues: { TELMAI_BASE_URL: "https://telmai.example.com", TELMAI_API: "fabric" },
  // The classic API's variables: the Telmai-classic change adds their reading.
  notYetRead: ["TELMAI_API", "TELMAI_API_KEY", "TELMAI_TENANT"],
  createAdapter: () => createTelmaiAdapter({ baseUrl: "https://telmai.example.com", token: "token" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});
