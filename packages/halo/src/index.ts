// The main entry is what users need; helpers stay internal (tests import them by path).
export {
  createHaloAdapter,
  type HaloAdapter,
  type HaloAdapterSettings,
  type HaloListFilters,
  type HaloTriggerInput,
} from "./adapter/halo-adapter.js";
export {
  createHaloClient,
  type HaloClient,
  type HaloClientSettings,
  type HaloInProgressQuery,
  type HaloListEventsQuery,
  type HaloListScansQuery,
  type HaloScanType,
  type HaloStartAnswer,
} from "./client/halo-client.js";
export { type HaloEnvironmentSettings, readHaloEnvironment } from "./halo-environment.js";
export { type HaloRateLimitClass, haloDefaultRateLimits } from "./halo-rate-limits.js";
export type {
  HaloCurrentUser,
  HaloErrorBody,
  HaloEvent,
  HaloEventList,
  HaloEventListItem,
  HaloInProgressScan,
  HaloInProgressScanList,
  HaloMessageBody,
  HaloPagination,
  HaloScanDetails,
  HaloScanDetailsResponse,
  HaloScanList,
  HaloScanListItem,
  HaloSeverityCounts,
  HaloTargetId,
} from "./client/halo-schemas.js";
export { manifest } from "./manifest.js";
