export {
  createHaloSimulator,
  haloDefaultTargets,
  haloSandboxApiKey,
  HaloSimulator,
  type HaloSimulatorOptions,
} from "./halo-simulator.js";
export {
  type HaloSimulatedEvent,
  type HaloSimulatedOutcome,
  type HaloSimulatedScan,
  type HaloSimulatedTarget,
  haloSimulatedEventKeys,
} from "./halo-simulator-scans.js";
export { createSandboxSimulator } from "./halo-sandbox-simulator.js";
