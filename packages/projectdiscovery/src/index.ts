export {
  mapProjectDiscoveryFindings,
  type ProjectDiscoveryFindings,
  readProjectDiscoveryCount,
} from "./map-projectdiscovery-findings.js";
export { type MapProjectDiscoveryScanOptions, mapProjectDiscoveryScan } from "./map-projectdiscovery-scan.js";
export { mapProjectDiscoveryScanState } from "./map-projectdiscovery-scan-state.js";
export {
  createProjectDiscoveryAdapter,
  type ProjectDiscoveryAdapterSettings,
  projectDiscoveryDefaultAppUrl,
} from "./projectdiscovery-adapter.js";
export { createProjectDiscoveryAuth, type ProjectDiscoveryCredentials } from "./projectdiscovery-auth.js";
export {
  createProjectDiscoveryClient,
  type ProjectDiscoveryClient,
  type ProjectDiscoveryClientSettings,
  type ProjectDiscoveryListScansQuery,
  type ProjectDiscoveryPageOptions,
  type ProjectDiscoveryTriggerScanRequest,
  projectDiscoveryDefaultBaseUrl,
} from "./projectdiscovery-client.js";
export {
  type ProjectDiscoveryEnvironmentSettings,
  readProjectDiscoveryEnvironment,
} from "./projectdiscovery-environment.js";
export { parseProjectDiscoveryErrorBody } from "./projectdiscovery-error.js";
export { projectDiscoveryDefaultRateLimits } from "./projectdiscovery-rate-limits.js";
export type {
  ProjectDiscoveryScan,
  ProjectDiscoveryScanPage,
  ProjectDiscoveryStopResponse,
  ProjectDiscoveryTriggerResponse,
} from "./projectdiscovery-schemas.js";
export { manifest, type ProjectDiscoveryRateClass } from "./manifest.js";
