import type { Clock } from "@scanstat/core";
import type { ReportEnd } from "./output/scan-reporter.js";
import type { TextOutput } from "./output/text-output.js";
import type { StartSimulatorsOptions, RunningSimulators } from "./simulators/start-simulators.js";
import type { VendorLoader } from "./vendors/load-vendor.js";

export type StopSignal = "SIGINT" | "SIGTERM";

/** Everything the CLI takes from the process, so that tests can run it in-process. */
export interface CliRuntime {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdout: TextOutput;
  stderr: TextOutput;
  /** Aborted on SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** Which signal stopped the run, once one did. */
  stopSignal(): StopSignal | undefined;
  clock: Clock;
  homeDirectory: string;
  platform: NodeJS.Platform;
  version: string;
  loadVendor: VendorLoader;
  startSimulators: (options: StartSimulatorsOptions) => Promise<RunningSimulators>;
  /** Told how `status`, `watch` and `trigger` ended (every ref, its scan, the exit code): the GitHub Action's outputs. */
  observeReport?: (end: ReportEnd & { command: string }) => void;
}
