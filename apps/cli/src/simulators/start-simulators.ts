import type { Clock, VendorId } from "@scanstat/core";
import type { SimulatedOutcome, VendorSimulator } from "@scanstat/core/testing";

export interface StartSimulatorsOptions {
  clock: Clock;
  /** Endings of triggered scans per vendor, used in turn (each simulator skips the ones it cannot show). */
  outcomes?: Partial<Record<VendorId, readonly SimulatedOutcome[]>>;
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
  simulators: Record<VendorId, VendorSimulator>;
  /** Telmai classic, served under /telmai beside Telmai for Fabric (their paths do not overlap). */
  telmaiClassic: VendorSimulator;
  /** Every variable a client needs, in vendor order: base URLs (with the path prefixes) and sandbox credentials. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** One loopback server, one path prefix per vendor. */
const simulatorPrefixes: Readonly<Record<VendorId, string>> = {
  soda: "/soda",
  projectdiscovery: "/projectdiscovery",
  telmai: "/telmai",
  halo: "/halo",
};

/**
 * Starts the four vendor simulators behind one loopback server (`demo`, `sandbox`, end-to-end
 * tests). The simulator code is imported here, on demand: no other command loads it.
 */
export async function startSimulators(options: StartSimulatorsOptions): Promise<RunningSimulators> {
  const [{ serveOnLoopback }, soda, projectdiscovery, telmai, halo] = await Promise.all([
    import("@scanstat/core/testing"),
    import("@scanstat/soda/testing"),
    import("@scanstat/projectdiscovery/testing"),
    import("@scanstat/telmai/testing"),
    import("@scanstat/halo/testing"),
  ]);
  const timing = {
    ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
    ...(options.queuedMs !== undefined ? { queuedMs: options.queuedMs } : {}),
  };
  const outcomes = (vendor: VendorId) => (options.outcomes?.[vendor] ? { outcomes: options.outcomes[vendor] } : {});
  const { clock } = options;
  const simulators: Record<VendorId, VendorSimulator> = {
    soda: soda.createSodaSimulator({ clock, ...timing, ...outcomes("soda") }),
    projectdiscovery: projectdiscovery.createProjectDiscoverySimulator({
      clock,
      ...timing,
      ...outcomes("projectdiscovery"),
    }),
    telmai: telmai.createTelmaiSimulator({ clock, ...timing, ...outcomes("telmai") }),
    halo: halo.createHaloSimulator({ clock, ...timing, ...outcomes("halo") }),
  };
  const telmaiClassic = telmai.createTelmaiClassicSimulator({ clock, ...timing, ...outcomes("telmai") });
  // One TELMAI_BASE_URL reaches both Telmai products: classic's controllers (/api/auth, /api/backend,
  // /api/data) go to its simulator, every other path to Fabric's.
  const telmaiBoth = {
    handle: (request: Request) =>
      telmai.isTelmaiClassicPath(new URL(request.url).pathname)
        ? telmaiClassic.handle(request)
        : simulators.telmai.handle(request),
  };
  const vendors = Object.keys(simulatorPrefixes) as VendorId[];
  const server = await serveOnLoopback(
    vendors.map((vendor) => ({
      prefix: simulatorPrefixes[vendor],
      simulator: vendor === "telmai" ? telmaiBoth : simulators[vendor],
    })),
    { port: options.port ?? 0 },
  );
  const env: Record<string, string> = {};
  for (const vendor of vendors) {
    Object.assign(env, simulators[vendor].sandboxEnvironment(`${server.url}${simulatorPrefixes[vendor]}`));
    if (vendor === "telmai")
      Object.assign(env, telmaiClassic.sandboxEnvironment(`${server.url}${simulatorPrefixes.telmai}`));
  }
  return { url: server.url, port: server.port, simulators, telmaiClassic, env, close: () => server.close() };
}
