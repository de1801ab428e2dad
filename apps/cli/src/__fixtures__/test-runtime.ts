import { tmpdir } from "node:os";
import { type SimulatedOutcome, type VendorSimulator, type VirtualClock, createVirtualClock } from "@scanstat/core/testing";
import type { CliRuntime, StopSignal } from "../cli-runtime.js";
import { createBufferOutput } from "../output/text-output.js";
import { runCli } from "../run-cli.js";
import { loadVendor } from "../vendors/load-vendor.js";
import { vendorRegistry } from "../vendors/vendor-registry.js";

/** Every registered vendor's `./testing` entry, loaded once for every test file that runs the CLI. */
const sandboxes = await Promise.all(
  vendorRegistry.map(async (entry) => ({
    vendor: entry.manifest.vendor,
    createSandboxSimulator: (await entry.loadTesting()).createSandboxSimulator,
  })),
);

/** The vendors the registry holds today; tests name them to reach one simulator. */
export type SimulatedVendor = "soda" | "projectdiscovery" | "telmai" | "halo";

export interface InProcessVendors {
  clock: VirtualClock;
  simulators: Record<SimulatedVendor, VendorSimulator>;
  /** The variables a client needs (fake base URLs; requests go to the simulators in-process). */
  env: Record<string, string>;
}

/** Every vendor's sandbox simulator on one virtual clock, reached in-process (no sockets): fast and deterministic. */
export function createInProcessVendors(
  options: { outcomes?: readonly SimulatedOutcome[]; durationMs?: number; autoAdvance?: boolean } = {},
) {
  // autoAdvance false: time moves only on clock.advance (a long-running command such as serve).
  const clock = createVirtualClock(options.autoAdvance === false ? { autoAdvance: false } : {});
  const common = { clock, ...(options.outcomes ? { outcomes: options.outcomes } : {}), durationMs: options.durationMs ?? 60_000 };
  const simulators = Object.fromEntries(
    sandboxes.map(({ vendor, createSandboxSimulator }) => [vendor, createSandboxSimulator(common)]),
  ) as Record<SimulatedVendor, VendorSimulator>;
  const env: Record<string, string> = {};
  for (const [vendor, simulator] of Object.entries(simulators)) {
    Object.assign(env, simulator.sandboxEnvironment(`https://${vendor}.simulated.test/api-prefix`));
  }
  return { clock, simulators, env } satisfies InProcessVendors;
}

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  homeDirectory?: string;
  /** Stops the run with this signal after `afterMs` of virtual time (or when `when` says so). */
  interrupt?: { signal: StopSignal; when: (output: { stdout: string; stderr: string }) => boolean };
  /** Stops the run with the signal this promise gives (long-running commands: serve). */
  stop?: Promise<StopSignal>;
}

/** Runs the CLI in-process against in-process simulators and returns what it printed. */
export async function runInProcess(vendors: InProcessVendors, argv: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = createBufferOutput({ isTTY: options.isTTY ?? false, columns: 200 });
  const stderr = createBufferOutput({ isTTY: options.isTTY ?? false, columns: 200 });
  const controller = new AbortController();
  let stopSignal: StopSignal | undefined;
  const check = () => {
    if (options.interrupt && !stopSignal && options.interrupt.when({ stdout: stdout.text(), stderr: stderr.text() })) {
      stopSignal = options.interrupt.signal;
      controller.abort(new Error(`interrupted by ${stopSignal}`));
    }
  };
  void options.stop?.then((signal) => {
    if (stopSignal) return;
    stopSignal = signal;
    controller.abort(new Error(`interrupted by ${signal}`));
  });
  const watched = (output: typeof stdout): typeof stdout => ({
    ...output,
    write: (text) => {
      output.write(text);
      queueMicrotask(check);
    },
    text: output.text,
  });
  const runtime: CliRuntime = {
    argv,
    env: { ...vendors.env, ...options.env },
    stdout: watched(stdout),
    stderr: watched(stderr),
    signal: controller.signal,
    stopSignal: () => stopSignal,
    clock: vendors.clock,
    homeDirectory: options.homeDirectory ?? tmpdir(),
    platform: process.platform,
    version: "1.2.3-test",
    loadVendor: async (vendor) => {
      const module = await loadVendor(vendor);
      const simulator = vendors.simulators[vendor as SimulatedVendor];
      if (!simulator) throw new Error(`no simulator for vendor "${vendor}"`);
      return {
        ...module,
        createAdapter: (variables, common) => module.createAdapter(variables, { ...common, fetch: simulator.fetch, random: () => 0.5 }),
        checkCredentials: (variables, common, callOptions) =>
          module.checkCredentials(variables, { ...common, fetch: simulator.fetch, random: () => 0.5 }, callOptions),
      };
    },
    startSimulators: async () => {
      throw new Error("not in unit tests");
    },
  };
  const exitCode = await runCli(runtime);
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}
