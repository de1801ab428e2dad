import type { RateLimit } from "../adapter/scan-adapter.js";
import type { Clock } from "../clock/clock.js";
import type { SimulatedOutcome, VendorSimulator } from "../testing/vendor-simulator.js";

/**
 * What every vendor simulator's options share; each simulator extends it with its own
 * (log lines, targets, assets).
 */
export interface VendorSimulatorOptions<RateClass extends string = string, Credentials = unknown> {
  /** Simulator time: a virtual clock in tests, the system clock for the sandbox. */
  clock: Clock;
  /** Endings of triggered scans, used in turn; outcomes the vendor cannot express are skipped. */
  outcomes?: readonly SimulatedOutcome[];
  /** How long a scan runs, ms of simulator time. */
  durationMs?: number;
  /** How long a scan waits before it runs, ms of simulator time. */
  queuedMs?: number;
  /** The credentials it accepts. Default: obviously fake sandbox credentials. */
  credentials?: Credentials;
  /** Budgets by class, per credential. Default: the adapter's defaults. */
  rateLimits?: Readonly<Partial<Record<RateClass, RateLimit>>>;
}

/**
 * What every vendor's `createSandboxSimulator` takes: the settings a sandbox, a demo or a test sets
 * for all vendors alike. Each vendor's own options stay on its own simulator's factory.
 */
export type SandboxSimulatorOptions = Pick<VendorSimulatorOptions, "clock" | "outcomes" | "durationMs" | "queuedMs">;

/**
 * The one factory each vendor package's `./testing` entry exports by the same name: a simulator of
 * everything the vendor's plugin can reach, served under one base URL, with the sandbox credentials
 * of all of it in `sandboxEnvironment`.
 */
export type CreateSandboxSimulator = (options: SandboxSimulatorOptions) => VendorSimulator;
