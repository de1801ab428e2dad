import { type RateLimit, systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createSodaSimulator, type SodaSimulator } from "@scanstat/soda/testing";

export interface ServedLog {
  server: LoopbackServer;
  simulator: SodaSimulator;
  /** The scan's ref, e.g. `soda:5ca1ab1e-…`. */
  ref: string;
  env: Record<string, string>;
  /** Log pages served so far. */
  pagesServed(): number;
}

/** A finished Soda scan with a log of `lines` lines, served over loopback on real time. */
export async function serveSodaLog(lines: number, logsLimit?: RateLimit): Promise<ServedLog> {
  const simulator = createSodaSimulator({
    clock: systemClock,
    logLines: lines,
    ...(logsLimit ? { rateLimits: { logs: logsLimit } } : {}),
  });
  const id = simulator.seedScan({ durationMs: 1, queuedMs: 0 });
  await systemClock.sleep(5);
  const server = await serveOnLoopback([{ prefix: "/soda", simulator }], { port: 0 });
  return {
    server,
    simulator,
    ref: `soda:${id}`,
    env: simulator.sandboxEnvironment(`${server.url}/soda`),
    pagesServed: () => simulator.count("getScanLogs", { status: 200 }),
  };
}
