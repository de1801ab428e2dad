import type { Clock } from "@scanstat/core";
import type { SimulatedOutcome, VendorSimulator } from "@scanstat/core/testing";
import { type VendorRegistry, vendorRegistry } from "../vendors/vendor-registry.js";

export interface StartSimulatorsOptions {
  clock: Clock;
  /**
   * Endings of triggered scans, used in turn, by vendor (and its place in the registry); each
   * simulator skips the ones it cannot show. Undefined: the simulator's own.
   */
  outcomes?: (vendor: string, index: number) => readonly SimulatedOutcome[] | undefined;
  /** Running time of a scan, simulator time. */
  durationMs?: number;
  /** Queued time of a scan, simulator time (vendors that queue). */
  queuedMs?: number;
  /** 0 = any free port. */
  port?: number;
}

export interface RunningSimulators {
  /** The server's origin, e.g. `http://127.0.0.1:4100`. */
  url: string;
  port: number;
  /** Each vendor's sandbox simulator, by vendor id, served under `/<vendor>`. */
  simulators: Record<string, VendorSimulator>;
  /** Every variable a client needs, in vendor order: base URLs (with the path prefixes) and sandbox credentials. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** One loopback server, one path prefix per vendor. */
const simulatorPrefixOf = (vendor: string): string => `/${vendor}`;

/**
 * Starts every registered vendor's sandbox simulator behind one loopback server (`demo`,
 * `sandbox`, end-to-end tests). The simulator code is imported here, on demand: no other command
 * loads it.
 */
export async function startSimulators(
  options: StartSimulatorsOptions,
  registry: VendorRegistry = vendorRegistry,
): Promise<RunningSimulators> {
  const [{ serveOnLoopback }, ...testing] = await Promise.all([
    import("@scanstat/core/testing"),
    ...registry.map((entry) => entry.loadTesting()),
  ]);
  const simulators: Record<string, VendorSimulator> = {};
  registry.forEach(({ manifest: { vendor } }, index) => {
    const outcomes = options.outcomes?.(vendor, index);
    simulators[vendor] = testing[index]!.createSandboxSimulator({
      clock: options.clock,
      ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
      ...(options.queuedMs !== undefined ? { queuedMs: options.queuedMs } : {}),
      ...(outcomes ? { outcomes } : {}),
    });
  });
  const server = await serveOnLoopback(
    Object.entries(simulators).map(([vendor, simulator]) => ({ prefix: simulatorPrefixOf(vendor), simulator })),
    { port: options.port ?? 0 },
  );
  const env: Record<string, string> = {};
  for (const [vendor, simulator] of Object.entries(simulators)) {
    Object.assign(env, simulator.sandboxEnvironment(`${server.url}${simulatorPrefixOf(vendor)}`));
  }
  return { url: server.url, port: server.port, simulators, env, close: () => server.close() };
}
