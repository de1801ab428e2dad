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
