import { homedir } from "node:os";
import type { CliRuntime, StopSignal } from "./cli-runtime.js";

declare const SCANSTAT_VERSION: string | undefined;

/** Set by the build (esbuild `define`); a development run says so. */
const version = typeof SCANSTAT_VERSION === "string" ? SCANSTAT_VERSION : "0.0.0-dev";

// `scanstat --version` answers before the rest of the CLI is even loaded (cold start).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}

const { systemClock, runCli, loadVendor } = await import("./cli-modules.js");

const controller = new AbortController();
let stopSignal: StopSignal | undefined;

function onSignal(signal: StopSignal): void {
  if (stopSignal) {
    // A second Ctrl-C: the user means it.
    process.exit(signal === "SIGINT" ? 130 : 143);
  }
  stopSignal = signal;
  controller.abort(new Error(`interrupted by ${signal}`));
}
process.on("SIGINT", () => onSignal("SIGINT"));
process.on("SIGTERM", () => onSignal("SIGTERM"));

// `scanstat … | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const runtime: CliRuntime = {
  argv,
  env: process.env,
  stdout: {
    write: (text) => {
      process.stdout.write(text);
    },
    get isTTY() {
      return process.stdout.isTTY === true;
    },
    get columns() {
      return process.stdout.columns;
    },
  },
  stderr: {
    write: (text) => {
      process.stderr.write(text);
    },
    get isTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stderr.columns;
    },
  },
  signal: controller.signal,
  stopSignal: () => stopSignal,
  clock: systemClock,
  homeDirectory: homedir(),
  platform: process.platform,
  version,
  loadVendor,
  startSimulators: async (options) => (await import("./simulators/start-simulators.js")).startSimulators(options),
};

const exitCode = await runCli(runtime);
// Let stdout drain (a pipe or a slow terminal), then leave without waiting for idle sockets.
process.stdout.write("", () => process.stderr.write("", () => process.exit(exitCode)));
