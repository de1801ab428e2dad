// `@scanstat/telmai/classic`: Telmai classic (docs.telm.ai, Actian Data Observability), reached
// with TELMAI_API_KEY + TELMAI_TENANT. The choice between it and Fabric is `@scanstat/telmai/select`.
export { countTelmaiClassicAlerts, mapTelmaiClassicPriority } from "./map-telmai-classic-alerts.js";
export { mapTelmaiClassicJobState } from "./map-telmai-classic-job-state.js";
export { mapTelmaiClassicScan, type TelmaiClassicAlertsRead } from "./map-telmai-classic-scan.js";
export {
  createTelmaiClassicAdapter,
  type TelmaiClassicAdapter,
  type TelmaiClassicAdapterSettings,
  type TelmaiClassicTriggerInput,
} from "./telmai-classic-adapter.js";
export type { TelmaiClassicCredentials, TelmaiClassicLogin } from "./telmai-classic-auth.js";
export {
  createTelmaiClassicClient,
  type TelmaiClassicClient,
  type TelmaiClassicClientSettings,
  type TelmaiClassicIncidentsQuery,
} from "./telmai-classic-client.js";
export {
  readTelmaiClassicEnvironment,
  type TelmaiClassicEnvironmentSettings,
  telmaiClassicEnvironmentVariables,
} from "./telmai-classic-environment.js";
export { classifyTelmaiClassicError, parseTelmaiClassicErrorBody } from "./telmai-classic-error.js";
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
} from "./telmai-classic-scan-id.js";
export type {
  TelmaiClassicAlert,
  TelmaiClassicIncident,
  TelmaiClassicJob,
  TelmaiClassicJobStatusWebhook,
  TelmaiClassicToken,
  TelmaiClassicUploadStarted,
} from "./telmai-classic-schemas.js";
