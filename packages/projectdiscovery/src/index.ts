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

// The mappers, for front ends that receive scans another way: the CLI's webhook receiver reads
// findings, and the reliability fuzzers and the bench map raw items.
export { mapProjectDiscoveryFindings } from "./adapter/map-projectdiscovery-findings.js";
export { mapProjectDiscoveryScan } from "./adapter/map-projectdiscovery-scan.js";
export { mapProjectDiscoveryScanState } from "./adapter/map-projectdiscovery-scan-state.js";
