// `@scanstat/telmai/classic`: Telmai classic (docs.telm.ai, Actian Data Observability), reached
// with TELMAI_API_KEY + TELMAI_TENANT. The choice between it and Fabric is `@scanstat/telmai/select`.
export { countTelmaiClassicAlerts, mapTelmaiClassicPriority } from "./adapter/map-telmai-classic-alerts.js";
export { mapTelmaiClassicJobState } from "./adapter/map-telmai-classic-job-state.js";
export { mapTelmaiClassicScan, type TelmaiClassicAlertsRead } from "./adapter/map-telmai-classic-scan.js";
export {
  createTelmaiClassicAdapter,
  type TelmaiClassicAdapter,
  type TelmaiClassicAdapterSettings,
  type TelmaiClassicTriggerInput,
} from "./adapter/telmai-classic-adapter.js";
export type { TelmaiClassicCredentials, TelmaiClassicLogin } from "./client/telmai-classic-auth.js";
export {
  createTelmaiClassicClient,
  type TelmaiClassicClient,
  type TelmaiClassicClientSettings,
  type TelmaiClassicIncidentsQuery,
} from "./client/telmai-classic-client.js";
export {
  readTelmaiClassicEnvironment,
  type TelmaiClassicEnvironmentSettings,
  telmaiClassicEnvironmentVariables,
} from "./telmai-classic-environment.js";
export { classifyTelmaiClassicError, parseTelmaiClassicErrorBody } from "./client/telmai-classic-error.js";
export {
  resolveTelmaiClassicRateLimits,
  type TelmaiClassicRateClass,
  telmaiClassicDefaultRateLimits,
} from "./telmai-classic-rate-limits.js";
export {
  formatTelmaiClassicScanId,
  isTelmaiClassicScanId,
  parseTelmaiClassicScanId,
  type TelmaiClassicScanId,
} from "./adapter/telmai-classic-scan-id.js";
export type {
  TelmaiClassicAlert,
  TelmaiClassicIncident,
  TelmaiClassicJob,
  TelmaiClassicJobStatusWebhook,
  TelmaiClassicToken,
  TelmaiClassicUploadStarted,
} from "./client/telmai-classic-schemas.js";
