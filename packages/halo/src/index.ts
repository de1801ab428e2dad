export { createHaloAdapter, type HaloAdapter, type HaloAdapterSettings } from "./halo-adapter.js";
export { createHaloAuth } from "./halo-auth.js";
export {
  createHaloClient,
  type HaloClient,
  type HaloClientSettings,
  type HaloInProgressQuery,
  type HaloListScansQuery,
  type HaloScanType,
  type HaloStartAnswer,
  haloDefaultBaseUrl,
  haloStartTargetParameter,
} from "./halo-client.js";
export { haloDateToIso } from "./halo-dates.js";
export { type HaloEnvironmentSettings, haloEnvironmentVariables, readHaloEnvironment } from "./halo-environment.js";
export { classifyHaloError, parseHaloErrorBody } from "./halo-error.js";
export { haloDefaultPageSize, haloMaxPageSize } from "./halo-pagination.js";
export { type HaloRateLimitClass, haloDefaultRateLimits, resolveHaloRateLimits } from "./halo-rate-limits.js";
export {
  type HaloErrorBody,
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
  haloInProgressScanListSchema,
  haloMessageBodySchema,
  haloScanDetailsResponseSchema,
  haloScanListSchema,
  type HaloCurrentUser,
  haloCurrentUserSchema,
} from "./halo-schemas.js";
export {
  type HaloMappingOptions,
  mapHaloInProgressScan,
  mapHaloScanDetails,
  mapHaloScanListItem,
} from "./map-halo-scan.js";
export {
  type HaloScanPresence,
  haloFinishedVendorState,
  haloInProgressVendorState,
  mapHaloScanState,
} from "./map-halo-scan-state.js";
export { mapHaloSeverityCounts } from "./map-halo-severity-counts.js";
export { scanAlreadyInProgressId } from "./scan-already-in-progress.js";
