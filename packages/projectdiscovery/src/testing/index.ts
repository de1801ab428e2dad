export {
  createProjectDiscoverySimulator,
  ProjectDiscoverySimulator,
  type ProjectDiscoverySimulatorCredentials,
  type ProjectDiscoverySimulatorOptions,
  projectDiscoverySandboxCredentials,
  type SeedProjectDiscoveryScanOptions,
} from "./projectdiscovery-simulator.js";
export type { ProjectDiscoveryOutcome } from "./simulated-scan.js";
