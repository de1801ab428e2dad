export { countSodaChecks, readSodaChecks, type SodaCheckReading } from "./count-soda-checks.js";
export { mapSodaScan, sodaUnparsablePollTimeWaitMs } from "./map-soda-scan.js";
export { mapSodaScanState, type SodaStateMapping, sodaScanStates } from "./map-soda-scan-state.js";
export { createSodaAdapter, type SodaAdapterSettings } from "./soda-adapter.js";
export { resultForSodaScan } from "./soda-scan-result.js";
export type {
  AsReceived,
  SodaCheck,
  SodaErrorBody,
  SodaLogEntry,
  SodaScanId,
  SodaScanLogsPage,
  SodaScanLogsQuery,
  SodaScanStatus,
  SodaTriggerScanBody,
} from "./soda-api-types.js";
export { createSodaAuth, requireSodaCredentials, type SodaCredentials, sodaCredentialVariables } from "./soda-auth.js";
export { isSodaRegion, resolveSodaBaseUrl, type SodaRegion } from "./soda-base-url.js";
export {
  createSodaClient,
  type SodaClient,
  type SodaClientSettings,
  type SodaScanStatusAnswer,
  type SodaTestLogin,
  type SodaTriggeredScan,
  sodaMaxLogPageSize,
} from "./soda-client.js";
export { readSodaEnvironment, type SodaEnvironmentSettings } from "./soda-environment.js";
export { classifySodaError, parseSodaErrorBody } from "./soda-error.js";
export { type SodaRateLimitClass, sodaDefaultRateLimits, sodaRateLimits } from "./soda-rate-limits.js";
export { manifest } from "./manifest.js";
