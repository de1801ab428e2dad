export { manifest } from "./manifest.js";
export {
  createProjectDiscoveryAdapter,
  type ProjectDiscoveryAdapterSettings,
  type ProjectDiscoveryListFilters,
  type ProjectDiscoveryTriggerInput,
} from "./adapter/projectdiscovery-adapter.js";
export {
  createProjectDiscoveryClient,
  type ProjectDiscoveryClient,
  type ProjectDiscoveryClientSettings,
} from "./client/projectdiscovery-client.js";
export type {
  ProjectDiscoveryScan,
  ProjectDiscoveryScanPage,
  ProjectDiscoveryStopResponse,
  ProjectDiscoveryTriggerResponse,
} from "./client/projectdiscovery-schemas.js";
export { readProjectDiscoveryEnvironment } from "./projectdiscovery-environment.js";
export { projectDiscoveryDefaultRateLimits } from "./projectdiscovery-rate-limits.js";
