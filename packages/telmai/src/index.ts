// Telmai for Fabric: what users need. Telmai classic (docs.telm.ai / Actian Data Observability)
// is in `@scanstat/telmai/classic`, the choice between the two products in
// `@scanstat/telmai/select`, the manifest alone in `@scanstat/telmai/manifest`.
export { createTelmaiAdapter, type TelmaiAdapter, type TelmaiAdapterSettings } from "./adapter/telmai-adapter.js";
export type { TelmaiToken, TelmaiTokenProvider } from "./client/telmai-auth.js";
export {
  createTelmaiClient,
  type TelmaiAssetsQuery,
  type TelmaiClient,
  type TelmaiClientSettings,
  type TelmaiIncidentsQuery,
} from "./client/telmai-client.js";
export type { TelmaiResponse } from "./client/telmai-envelope.js";
export type {
  TelmaiApiError,
  TelmaiAssetRun,
  TelmaiAssetScanStatus,
  TelmaiIncident,
  TelmaiMeta,
  TelmaiMonitorRun,
  TelmaiPagination,
  TelmaiRunProgress,
  TelmaiScanExecution,
  TelmaiScanExecutionStarted,
} from "./client/telmai-schemas.js";
export { manifest, type TelmaiRateClass } from "./manifest.js";
export { readTelmaiEnvironment, type TelmaiEnvironmentSettings } from "./telmai-environment.js";
export { telmaiDefaultRateLimits } from "./telmai-rate-limits.js";
