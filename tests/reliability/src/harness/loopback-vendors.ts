import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback, type VendorSimulator } from "@scanstat/core/testing";
import { type TestedVendor, vendorKits, vendors } from "./vendor-kits.js";

export interface ServedVendors {
  simulators: ReadonlyMap<TestedVendor, VendorSimulator>;
  server: LoopbackServer;
  /** What the CLI needs to reach them (base URLs and the tests' credentials), and a HOME of its own. */
  env: Record<string, string>;
  /** A scratch directory for `--output` files. */
  directory: string;
  close(): Promise<void>;
}

/** The four simulators on 127.0.0.1 (real time), one path prefix each, as `scanstat sandbox` serves them. */
export async function serveVendors(timing: { durationMs: number; queuedMs: number }): Promise<ServedVendors> {
  const simulators = new Map<TestedVendor, VendorSimulator>();
  for (const vendor of vendors) {
    simulators.set(vendor, vendorKits[vendor].create({ clock: systemClock, ...timing }).simulator);
  }
  const server = await serveOnLoopback(
    [...simulators].map(([vendor, simulator]) => ({ prefix: `/${vendor}`, simulator })),
  );
  const directory = await mkdtemp(join(tmpdir(), "scanstat-reliability-"));
  const env: Record<string, string> = { HOME: directory, XDG_CONFIG_HOME: join(directory, ".config") };
  for (const [vendor, simulator] of simulators)
    Object.assign(env, simulator.sandboxEnvironment(`${server.url}/${vendor}`));
  return { simulators, server, env, directory, close: () => server.close() };
}
