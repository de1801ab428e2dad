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
export { type SodaRateLimitClass, sodaDefaultRateLimits } from "./soda-rate-limits.js";
