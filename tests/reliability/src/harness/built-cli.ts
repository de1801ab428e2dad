import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { cliBuildOptions } from "../../../../apps/cli/cli-build-options.mjs";

let built: Promise<string> | undefined;

/**
 * The CLI bundled from today's sources, as `apps/cli/build.mjs` bundles it (same entry, splitting,
 * `@scanstat/source` condition), into a directory of these tests' own: never a stale `dist`, and never a
 * `dist` another build is rewriting at the same moment.
 */
export function builtCli(): Promise<string> {
  built ??= (async () => {
    const outdir = await mkdtemp(join(tmpdir(), "scanstat-reliability-cli-"));
    await build({ ...cliBuildOptions({ outdir, version: "0.0.0-reliability" }), logLevel: "error" });
    return join(outdir, "scanstat.js");
  })();
  return built;
}

export interface CliRun {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  done: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Runs the CLI with exactly `env` (nothing from this machine's environment but PATH). */
export async function startCli(
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 20_000,
): Promise<CliRun> {
  const cli = await builtCli();
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => {
      child.on("close", (exitCode, signal) => {
        clearTimeout(timer);
        resolve({ exitCode, signal, stdout, stderr });
      });
    },
  );
  return { child, output: () => ({ stdout, stderr }), done };
}
