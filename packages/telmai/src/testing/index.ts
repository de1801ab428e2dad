export {
  createTelmaiSimulator,
  defaultTelmaiSandboxTokens,
  type TelmaiRole,
  type TelmaiSimulatedToken,
  TelmaiSimulator,
  type TelmaiSimulatorOptions,
} from "./telmai-simulator.js";
export {
  defaultTelmaiAssets,
  type TelmaiSimulatedAsset,
  type TelmaiSimulatedOutcome,
  TelmaiWorkspace,
} from "./telmai-workspace.js";
// Telmai classic (docs.telm.ai): its own simulator; serve it beside the Fabric one (see isTelmaiClassicPath).
export {
  createTelmaiClassicSimulator,
  defaultTelmaiClassicSandbox,
  isTelmaiClassicPath,
  TelmaiClassicSimulator,
  type TelmaiClassicSimulatedOutcome,
  type TelmaiClassicSimulatedUser,
  type TelmaiClassicSimulatorOptions,
} from "../classic/testing/telmai-classic-simulator.js";
// Both products under one base URL, as a sandbox serves them.
export { createSandboxSimulator, TelmaiSandboxSimulator } from "./telmai-sandbox-simulator.js";
