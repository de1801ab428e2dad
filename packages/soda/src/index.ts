export { createSodaAdapter, type SodaAdapterSettings, type SodaTriggerInput } from "./adapter/soda-adapter.js";
export type {
  SodaCheck,
  SodaErrorBody,
  SodaLogEntry,
  SodaScanId,
  SodaScanLogsPage,
  SodaScanLogsQuery,
  SodaScanStatus,
  SodaTriggerScanBody,
} from "./client/soda-api-types.js";
export type { SodaCredentials } from "./client/soda-auth.js";
export type { SodaRegion } from "./client/soda-base-url.js";
export {
  createSodaClient,
  type SodaClient,
  type SodaClientSettings,
  type SodaScanStatusAnswer,
  type SodaTestLogin,
  type SodaTriggeredScan,
} from "./client/soda-client.js";
export { manifest } from "./manifest.js";
export { readSodaEnvironment, type SodaEnvironmentSettings } from "./soda-environment.js";
export { type SodaRateLimitClass, sodaDefaultRateLimits, sodaRateLimits } from "./soda-rate-limits.js";

// Kept on the main entry only because other workspaces import them (the bench's throughput
// pipelines and the reliability fuzzers map payloads directly); not part of the adapter's API.
export { mapSodaScan } from "./adapter/map-soda-scan.js";
export { mapSodaScanState } from "./adapter/map-soda-scan-state.js";
