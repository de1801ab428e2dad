export { assetRuns, runsByJob, type TelmaiLinkedRun } from "./asset-runs.js";
export {
  type LinkExecutionRunsOptions,
  linkExecutionRuns,
  type TelmaiExecutionRuns,
  type TelmaiRunLink,
} from "./link-execution-runs.js";
export { mapTelmaiRunStatus, type TelmaiRunStatusMapping } from "./map-telmai-run-status.js";
export { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
export { mapTelmaiScanState } from "./map-telmai-scan-state.js";
export { summarizeTelmaiRuns, type TelmaiRunsSummary } from "./summarize-telmai-runs.js";
export { createTelmaiAdapter, type TelmaiAdapter, type TelmaiAdapterSettings } from "./telmai-adapter.js";
export { createTelmaiAuth, type TelmaiToken, type TelmaiTokenProvider } from "./telmai-auth.js";
export { normalizeTelmaiBaseUrl } from "./telmai-base-url.js";
export {
  createTelmaiClient,
  type TelmaiAssetsQuery,
  type TelmaiClient,
  type TelmaiClientSettings,
} from "./telmai-client.js";
export type { TelmaiResponse } from "./telmai-envelope.js";
export {
  readTelmaiEnvironment,
  type TelmaiEnvironmentSettings,
  telmaiEnvironmentVariables,
} from "./telmai-environment.js";
export { classifyTelmaiError, parseTelmaiErrorBody, telmaiPermissions } from "./telmai-error.js";
export { resolveTelmaiRateLimits, type TelmaiRateClass, telmaiDefaultRateLimits } from "./telmai-rate-limits.js";
export type {
  TelmaiApiError,
  TelmaiAssetRun,
  TelmaiAssetScanStatus,
  TelmaiMeta,
  TelmaiMonitorRun,
  TelmaiPagination,
  TelmaiRunProgress,
  TelmaiScanExecution,
  TelmaiScanExecutionStarted,
} from "./telmai-schemas.js";
// Telmai classic (docs.telm.ai / Actian Data Observability): TELMAI_API_KEY + TELMAI_TENANT.
export {
  createTelmaiAdapterFromEnvironment,
  selectTelmaiApi,
  type TelmaiApi,
  telmaiApiVariables,
} from "./classic/telmai-api-selection.js";
export { countTelmaiClassicAlerts, mapTelmaiClassicPriority } from "./classic/map-telmai-classic-alerts.js";
export { mapTelmaiClassicJobState } from "./classic/map-telmai-classic-job-state.js";
export { mapTelmaiClassicScan, type TelmaiClassicAlertsRead } from "./classic/map-telmai-classic-scan.js";
export {
  createTelmaiClassicAdapter,
  type TelmaiClassicAdapter,
  type TelmaiClassicAdapterSettings,
  type TelmaiClassicTriggerInput,
} from "./classic/telmai-classic-adapter.js";
export type { TelmaiClassicCredentials, TelmaiClassicLogin } from "./classic/telmai-classic-auth.js";
export {
  createTelmaiClassicClient,
  type TelmaiClassicClient,
  type TelmaiClassicClientSettings,
  type TelmaiClassicIncidentsQuery,
} from "./classic/telmai-classic-client.js";
export {
  readTelmaiClassicEnvironment,
  type TelmaiClassicEnvironmentSettings,
  telmaiClassicEnvironmentVariables,
} from "./classic/telmai-classic-environment.js";
export { classifyTelmaiClassicError, parseTelmaiClassicErrorBody } from "./classic/telmai-classic-error.js";
export {
  resolveTelmaiClassicRateLimits,
  type TelmaiClassicRateClass,
  telmaiClassicDefaultRateLimits,
} from "./classic/telmai-classic-rate-limits.js";
export {
  formatTelmaiClassicScanId,
  isTelmaiClassicScanId,
  parseTelmaiClassicScanId,
  type TelmaiClassicScanId,
} from "./classic/telmai-classic-scan-id.js";
export type {
  TelmaiClassicAlert,
  TelmaiClassicIncident,
  TelmaiClassicJob,
  TelmaiClassicJobStatusWebhook,
  TelmaiClassicToken,
  TelmaiClassicUploadStarted,
} from "./classic/telmai-classic-schemas.js";
