/**
 * The GitHub Action's entry (bundled to action/dist/index.mjs): runs the scanstat CLI in-process
 * with a command line built from the step's inputs, credentials from the step's `env`, then
 * writes the step's outputs and leaves with the CLI's exit code (non-zero fails the step).
 */
import { appendFile } from "node:fs/promises";
import { homedir } from "node:os";
import { randomBytes } from "node:crypto";
import { systemClock } from "@scanstat/core";
import type { CliRuntime, StopSignal } from "../../apps/cli/src/cli-runtime.js";
import { ExitCode } from "../../apps/cli/src/exit/exit-codes.js";
import { formatJobSummary } from "../../apps/cli/src/job-summary/format-job-summary.js";
import type { ReportEnd } from "../../apps/cli/src/output/scan-reporter.js";
import { runCli } from "../../apps/cli/src/run-cli.js";
import { loadVendor } from "../../apps/cli/src/vendors/load-vendor.js";
import { ActionInputError, actionInvocation } from "./action-inputs.js";
import { actionOutputs, formatOutputFile } from "./action-outputs.js";
import { exitCodeMeaning } from "./exit-code-meaning.js";

declare const SCANSTAT_VERSION: string | undefined;
const version = typeof SCANSTAT_VERSION === "string" ? SCANSTAT_VERSION : "0.0.0-dev";

async function writeOutputs(end: ReportEnd | undefined, exitCode: number): Promise<void> {
  const path = process.env.GITHUB_OUTPUT;
  if (!path) return;
  const outputs = actionOutputs(end, exitCode);
  await appendFile(
    path,
    formatOutputFile({ ...outputs }, () => randomBytes(8).toString("hex")),
    "utf8",
  );
}

async function run(): Promise<number> {
  let invocation: ReturnType<typeof actionInvocation>;
  try {
    invocation = actionInvocation(process.env);
  } catch (error) {
    if (!(error instanceof ActionInputError)) throw error;
    process.stdout.write(`::error title=scanstat::${error.message}\n`);
    await writeOutputs(undefined, ExitCode.usage);
    return ExitCode.usage;
  }

  const controller = new AbortController();
  let stopSignal: StopSignal | undefined;
  const onSignal = (signal: StopSignal) => {
    stopSignal ??= signal;
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  // A canceled workflow sends SIGINT, then SIGTERM: print what is known, so no triggered scan is lost.
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));

  let end: ReportEnd | undefined;
  const output = (stream: NodeJS.WriteStream) => ({
    write: (text: string) => {
      stream.write(text);
    },
    isTTY: false,
    columns: undefined,
  });
  const runtime: CliRuntime = {
    argv: invocation.argv,
    env: process.env,
    stdout: output(process.stdout),
    stderr: output(process.stderr),
    signal: controller.signal,
    stopSignal: () => stopSignal,
    clock: systemClock,
    homeDirectory: homedir(),
    platform: process.platform,
    version,
    loadVendor,
    startSimulators: () => Promise.reject(new Error("the GitHub Action does not run the simulators")),
    observeReport: (report) => {
      end = report;
    },
  };
  process.stderr.write(`scanstat ${invocation.argv.join(" ")}\n`);
  const exitCode = await runCli(runtime);

  // The CLI appends the summary of a watched scan itself; a trigger without wait gets its refs listed here.
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath && end && invocation.command === "trigger" && !invocation.waits) {
    await appendFile(summaryPath, formatJobSummary(end.entries, { exitCode, command: "trigger" }), "utf8");
  }
  await writeOutputs(end, exitCode);
  if (exitCode !== ExitCode.pass) {
    process.stdout.write(
      `::error title=scanstat::scanstat ${invocation.command} exited ${exitCode}: ${exitCodeMeaning(exitCode)}\n`,
    );
  }
  return exitCode;
}

const exitCode = await run().catch((error: unknown) => {
  process.stdout.write(`::error title=scanstat::${error instanceof Error ? error.message : String(error)}\n`);
  return ExitCode.statusUnknown;
});
process.stdout.write("", () => process.stderr.write("", () => process.exit(exitCode)));
