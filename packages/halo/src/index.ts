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
export {
  type HaloCurrentUser,
  type HaloErrorBody,
  type HaloEvent,
  type HaloEventList,
  type HaloEventListItem,
  type HaloInProgressScan,
  type HaloInProgressScanList,
  type HaloMessageBody,
  type HaloPagination,
  type HaloScanDetails,
  type HaloScanDetailsResponse,
  type HaloScanList,
  type HaloScanListItem,
  type HaloSeverityCounts,
  type HaloTargetId,
  // The bench's throughput pipeline parses and maps in-progress lists with these.
  haloInProgressScanListSchema,
} from "./client/halo-schemas.js";
// The bench maps in-progress scans; the reliability fuzz feeds the state mapper.
export { mapHaloInProgressScan } from "./adapter/map-halo-scan.js";
export { mapHaloScanState } from "./adapter/map-halo-scan-state.js";
export { manifest } from "./manifest.js";
