import type { Simulator } from "./simulator.js";

/** How a seeded scan ends. Not every vendor can produce every outcome; each simulator says which it supports. */
export type SimulatedOutcome = "pass" | "warn" | "fail" | "error" | "failed" | "canceled" | "timed_out";

/**
 * What every vendor's simulator offers beyond the kit, so that one conformance suite can drive
 * all four: seed scans with a known ending, and read the credentials it accepts.
 */
export interface VendorSimulator extends Simulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[];
  /** Creates a scan that queues, runs for `durationMs` of simulator time, then ends as `outcome`. Returns its vendor id. */
  seedScan(options?: { outcome?: SimulatedOutcome; durationMs?: number; queuedMs?: number }): string;
  /** How many triggers reached the simulator and started a scan. */
  readonly triggeredScans: number;
  /** The credentials it accepts, as the `export NAME=value` variables a client needs (base URL included). */
  sandboxEnvironment(baseUrl: string): Record<string, string>;
}
