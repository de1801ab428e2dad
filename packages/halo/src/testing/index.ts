export {
  createHaloSimulator,
  haloDefaultTargets,
  haloSandboxApiKey,
  HaloSimulator,
  type HaloSimulatorOptions,
} from "./halo-simulator.js";
export type { HaloSimulatedOutcome, HaloSimulatedScan, HaloSimulatedTarget } from "./halo-simulator-scans.js";
