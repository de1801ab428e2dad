export {
  createProjectDiscoverySimulator,
  ProjectDiscoverySimulator,
  type ProjectDiscoverySimulatorCredentials,
  type ProjectDiscoverySimulatorOptions,
  projectDiscoverySandboxCredentials,
  type SeedProjectDiscoveryScanOptions,
} from "./projectdiscovery-simulator.js";
export type { ProjectDiscoveryOutcome, ReportedFindings } from "./simulated-scan.js";
export { createSandboxSimulator } from "./projectdiscovery-sandbox-simulator.js";
