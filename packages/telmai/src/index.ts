export { assetRuns, runsByJob, type TelmaiLinkedRun } from "./adapter/asset-runs.js";
export {
  type LinkExecutionRunsOptions,
  linkExecutionRuns,
  type TelmaiExecutionRuns,
  type TelmaiRunLink,
} from "./adapter/link-execution-runs.js";
export { mapTelmaiRunStatus, type TelmaiRunStatusMapping } from "./adapter/map-telmai-run-status.js";
export { mapTelmaiExecution, mapTelmaiJob } from "./adapter/map-telmai-scan.js";
export { mapTelmaiScanState } from "./adapter/map-telmai-scan-state.js";
export { summarizeTelmaiRuns, type TelmaiRunsSummary } from "./adapter/summarize-telmai-runs.js";
export { createTelmaiAdapter, type TelmaiAdapter, type TelmaiAdapterSettings } from "./adapter/telmai-adapter.js";
export { createTelmaiAuth, type TelmaiToken, type TelmaiTokenProvider } from "./client/telmai-auth.js";
export { normalizeTelmaiBaseUrl } from "./client/telmai-base-url.js";
export {
  createTelmaiClient,
  type TelmaiAssetsQuery,
  type TelmaiClient,
  type TelmaiIncidentsQuery,
  type TelmaiClientSettings,
} from "./client/telmai-client.js";
export type { TelmaiResponse } from "./client/telmai-envelope.js";
export {
  readTelmaiEnvironment,
  type TelmaiEnvironmentSettings,
  telmaiEnvironmentVariables,
} from "./telmai-environment.js";
export { classifyTelmaiError, parseTelmaiErrorBody, telmaiPermissions } from "./client/telmai-error.js";
export { resolveTelmaiRateLimits, type TelmaiRateClass, telmaiDefaultRateLimits } from "./telmai-rate-limits.js";
export type {
  TelmaiApiError,
  TelmaiAssetRun,
  TelmaiIncident,
  TelmaiAssetScanStatus,
  TelmaiMeta,
  TelmaiMonitorRun,
  TelmaiPagination,
  TelmaiRunProgress,
  TelmaiScanExecution,
  TelmaiScanExecutionStarted,
} from "./client/telmai-schemas.js";
// Telmai classic (docs.telm.ai / Actian Data Observability): its values are in the entries
// `@scanstat/telmai/classic` and `@scanstat/telmai/select` (both products, chosen by the
// variables), so this (Fabric) entry stays within the size budget.
export type { TelmaiApi } from "./classic/telmai-api-selection.js";
export type {
  TelmaiClassicAdapter,
  TelmaiClassicAdapterSettings,
  TelmaiClassicCredentials,
  TelmaiClassicTriggerInput,
} from "./classic/index.js";
export { manifest } from "./manifest.js";
// Verdicts from incidents (issue 11).
export { maxIncidentPages, readTelmaiIncidents } from "./client/read-telmai-incidents.js";
export {
  incidentsOfScan,
  incidentWindowOf,
  incidentWindowToleranceMs,
  mapTelmaiIncidentSeverity,
  type TelmaiIncidentsReading,
  type TelmaiIncidentWindow,
  type TelmaiScanIncidents,
} from "./adapter/telmai-incidents.js";
export { type TelmaiVerdictContext, telmaiResult } from "./adapter/telmai-result.js";
