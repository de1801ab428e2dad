export { manifest } from "./manifest.js";
export {
  createProjectDiscoveryAdapter,
  type ProjectDiscoveryAdapterSettings,
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

// For front ends that receive scans another way: the CLI's webhook receiver reads findings.
export { mapProjectDiscoveryFindings } from "./adapter/map-projectdiscovery-findings.js";
