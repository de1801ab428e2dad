export { createFaultInjector, type Fault, type FaultInjector, type FaultOptions, transportFault } from "./faults.js";
export { type LoopbackMount, type LoopbackServer, serveOnLoopback } from "./serve-on-loopback.js";
export {
  jsonResponse,
  type RecordedRequest,
  Simulator,
  type SimulatorOptions,
  type SimulatorRequestContext,
  type SimulatorRoute,
} from "./simulator.js";
export type { SimulatedOutcome, VendorSimulator } from "./vendor-simulator.js";
export { createScaledClock, createVirtualClock, VirtualClock, type VirtualClockOptions } from "./virtual-clock.js";
export { type VirtualTimeSettings, virtualTimeSettings } from "./virtual-time-settings.js";
export { rejectionOf } from "./rejection-of.js";
export { type LookUntilTerminalOptions, lookUntilTerminal } from "./look-until-terminal.js";
