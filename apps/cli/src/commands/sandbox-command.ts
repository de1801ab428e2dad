import type { SimulatedOutcome } from "@scanstat/core/testing";
import { rm } from "node:fs/promises";
import { UsageError } from "../arguments/usage-error.js";
import { writeFileAtomically } from "../output/atomic-write.js";
import { checkOutputPath } from "../output/check-output-path.js";
import type { CommandContext } from "./command-context.js";
import { andList } from "./missing-credentials.js";

const defaultSandboxPort = 4100;

/** Sandbox scans run on the real clock, short enough to finish in seconds, with timestamps that agree with the wall clock. */
const sandboxDurationMs = 15_000;
const sandboxQueuedMs = 2_000;
const sandboxOutcomes: SimulatedOutcome[] = ["pass", "warn", "fail"];

/** `NAME=value`, quoted for POSIX shells when the value needs it. */
function exportLine(name: string, value: string): string {
  const safe = /^[A-Za-z0-9_./:@%+,=-]*$/.test(value);
  return `export ${name}=${safe ? value : `'${value.replace(/'/g, `'\\''`)}'`}\n`;
}

/**
 * `scanstat sandbox [--port N] [--export-file F]`: every vendor's sandbox simulator on 127.0.0.1 (one
 * port, one path prefix per vendor: `/<vendor>`). Prints `export` lines on stdout, then serves until
 * SIGINT or SIGTERM, and exits 0.
 */
export async function sandboxCommand(
  context: CommandContext,
  { port, envFile }: { port?: number | undefined; envFile?: string | undefined },
): Promise<number> {
  if (envFile !== undefined) {
    await checkOutputPath(envFile, "--export-file");
    // A file left by an earlier sandbox would point a waiting script at a server that is gone.
    await rm(envFile, { force: true });
  }
  let simulators: Awaited<ReturnType<CommandContext["runtime"]["startSimulators"]>>;
  try {
    simulators = await context.runtime.startSimulators({
      clock: context.runtime.clock,
      outcomes: () => sandboxOutcomes,
      durationMs: sandboxDurationMs,
      queuedMs: sandboxQueuedMs,
      port: port ?? defaultSandboxPort,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      throw new UsageError(
        `cannot listen on 127.0.0.1:${port ?? defaultSandboxPort} (${code}): choose another --port (0 = any free port)`,
      );
    }
    throw error;
  }
  try {
    // Written in one piece: once the file behind `> sandbox.env` has it, it is complete. Not run
    // through the secret filter: these fake keys may equal a sourced sandbox.env in the environment.
    const exportLines = Object.entries(simulators.env)
      .map(([name, value]) => exportLine(name, value))
      .join("");
    context.runtime.stdout.write(exportLines);
    // The server already listens: a script that waits for the file and sources it cannot race it.
    if (envFile !== undefined) await writeFileAtomically(envFile, exportLines);
    if (!context.config.options.quiet) {
      context.stderr.write(
        `scanstat sandbox: serving ${andList(Object.keys(simulators.simulators))} on ${simulators.url} (scans run about ${Math.round((sandboxDurationMs + sandboxQueuedMs) / 1000)} s); Ctrl-C to stop\n`,
      );
    }
    await new Promise<void>((resolve) => {
      if (context.signal.aborted) return resolve();
      context.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    return 0;
  } finally {
    // The file exists exactly while the sandbox serves.
    if (envFile !== undefined) await rm(envFile, { force: true }).catch(() => undefined);
    await simulators.close();
  }
}
