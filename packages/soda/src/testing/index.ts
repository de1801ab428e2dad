export { type SodaLogPageRequest, sodaLogPage } from "./simulated-soda-logs.js";
export {
  runnerPickupMs,
  type SimulatedSodaScan,
  type SodaScanPhase,
  sodaScanPhase,
  sodaStatusBody,
} from "./simulated-soda-scan.js";
export {
  createSodaSimulator,
  SodaSimulator,
  type SodaSimulatorOptions,
  sodaSandboxCredentials,
} from "./soda-simulator.js";
export { createSandboxSimulator } from "./soda-sandbox-simulator.js";
