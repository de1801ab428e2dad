export { createHaloAdapter, type HaloAdapter, type HaloAdapterSettings, haloEventPageLimit } from "./halo-adapter.js";
export { createHaloAuth } from "./halo-auth.js";
export {
  createHaloClient,
  type HaloClient,
  type HaloClientSettings,
  type HaloInProgressQuery,
  type HaloListEventsQuery,
  type HaloListScansQuery,
  type HaloScanType,
  type HaloStartAnswer,
  haloDefaultBaseUrl,
  haloStartTargetParameter,
} from "./halo-client.js";
export { haloDateToIso, haloDateToMinute } from "./halo-dates.js";
export { type HaloEnvironmentSettings, haloEnvironmentVariables, readHaloEnvironment } from "./halo-environment.js";
export { classifyHaloError, parseHaloErrorBody } from "./halo-error.js";
export { haloDefaultPageSize, haloMaxPageSize } from "./halo-pagination.js";
export { type HaloRateLimitClass, haloDefaultRateLimits, resolveHaloRateLimits } from "./halo-rate-limits.js";
export {
  confirmHaloScanEnding,
  type HaloScanEnding,
  type HaloScanEventKind,
  type HaloTargetEvents,
  type HaloTimedScanEvent,
  haloScanEventKind,
  haloScanStartedKey,
} from "./halo-scan-events.js";
export {
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
  haloEventListSchema,
  haloInProgressScanListSchema,
  haloMessageBodySchema,
  haloScanDetailsResponseSchema,
  haloScanListSchema,
  type HaloCurrentUser,
  haloCurrentUserSchema,
} from "./halo-schemas.js";
export {
  type HaloDetailsMappingOptions,
  type HaloMappingOptions,
  mapHaloInProgressScan,
  mapHaloScanDetails,
  mapHaloScanListItem,
} from "./map-halo-scan.js";
export {
  type HaloScanPresence,
  haloFinishedVendorState,
  haloInProgressVendorState,
  mapHaloFinishedWord,
  mapHaloScanState,
} from "./map-halo-scan-state.js";
export { haloSeverityCountGaps, mapHaloSeverityCounts } from "./map-halo-severity-counts.js";
export { scanAlreadyInProgressId } from "./scan-already-in-progress.js";
export { manifest } from "./manifest.js";
