import { type ChildProcess, spawn } from "node:child_process";

export interface RunningSandbox {
  /** The `export NAME=value` lines `scanstat sandbox` printed, as variables. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** `export NAME=value` or `export NAME='quoted'` (with `'\''` for a quote), as the sandbox prints them. */
function parseExportLines(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (!match) continue;
    const raw = match[2]!;
    env[match[1]!] = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/'\\''/g, "'") : raw;
  }
  return env;
}

/** Starts `scanstat sandbox --port 0` (any free port) and waits for its export lines. */
export function startSandbox(cliPath: string, timeoutMs = 15_000): Promise<RunningSandbox> {
  const child: ChildProcess = spawn(process.execPath, [cliPath, "sandbox", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("close", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`scanstat sandbox printed no export lines within ${timeoutMs} ms: ${stderr.trim()}`));
    }, timeoutMs);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      // Written in one piece: once a complete line is here, they all are.
      if (stdout.includes("export ") && stdout.endsWith("\n")) {
        clearTimeout(timer);
        resolve({ env: parseExportLines(stdout), stop });
      }
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`scanstat sandbox exited (${code}) before it printed its variables: ${stderr.trim()}`));
    });
  });
}
