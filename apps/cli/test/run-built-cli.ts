import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const cliDirectory = fileURLToPath(new URL("..", import.meta.url));
export const builtCli = join(cliDirectory, "dist", "scanstat.js");
const repositoryRoot = join(cliDirectory, "..", "..");

function newestSource(directory: string): { path: string; mtimeMs: number } | undefined {
  let newest: { path: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === "__fixtures__") continue;
      const found = newestSource(path);
      if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      const { mtimeMs } = statSync(path);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
    }
  }
  return newest;
}

/**
 * The end-to-end tests run the built CLI, as users do. A missing or stale build fails loudly:
 * testing yesterday's bundle would prove nothing.
 */
export function requireFreshBuild(): void {
  const rebuild = "run `pnpm --filter scanstat build` first (CI builds before it tests)";
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: ${rebuild}`);
  const builtAt = statSync(builtCli).mtimeMs;
  const sources = [
    join(cliDirectory, "src"),
    ...readdirSync(join(repositoryRoot, "packages")).map((name) => join(repositoryRoot, "packages", name, "src")),
  ];
  for (const directory of sources) {
    if (!existsSync(directory)) continue;
    const newest = newestSource(directory);
    if (newest && newest.mtimeMs > builtAt) throw new Error(`${builtCli} is older than ${newest.path}: ${rebuild}`);
  }
}

export interface CliResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  /** Resolves once stdout contains `text`. */
  waitForStdout(text: string | RegExp): Promise<void>;
  /** What it printed so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<CliResult>;
}

/** A clean environment: no vendor variables or config from the machine running the tests. */
export function baseEnvironment(home: string): Record<string, string> {
  return { PATH: process.env.PATH ?? "", HOME: home, XDG_CONFIG_HOME: join(home, ".config"), NO_COLOR: "1" };
}

export function startCli(args: readonly string[], env: Record<string, string>, timeoutMs = 30_000): CliProcess {
  const child = spawn(process.execPath, [builtCli, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiters: Array<{ text: string | RegExp; resolve: () => void }> = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (typeof waiter.text === "string" ? stdout.includes(waiter.text) : waiter.text.test(stdout)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    check();
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const done = new Promise<CliResult>((resolve) => {
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, stdout, stderr });
    });
  });
  return {
    child,
    done,
    output: () => ({ stdout, stderr }),
    waitForStdout: (text) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ text, resolve });
        check();
        void done.then((result) =>
          reject(new Error(`scanstat ended before printing ${String(text)}: ${JSON.stringify(result)}`)),
        );
      }),
  };
}

export function runCli(args: readonly string[], env: Record<string, string>, timeoutMs?: number): Promise<CliResult> {
  return startCli(args, env, timeoutMs).done;
}
