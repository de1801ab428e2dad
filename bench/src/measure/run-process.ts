import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProcessRun {
  exitCode: number | null;
  /** Wall time from spawn to exit (and closed pipes), ms. */
  wallMs: number;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the process, bytes (when asked for and measurable). */
  peakRssBytes?: number;
}

export interface RunProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Keep stdout text (default true); false counts bytes only (a million log lines). */
  keepStdout?: boolean;
  /** Called with every stdout chunk and the ms since spawn. */
  onStdout?(chunk: Buffer, atMs: number): void;
  /**
   * Measure the peak RSS: `time` by `/usr/bin/time -f %M` when present (exact; then the pid is
   * time's, so do not combine with `stopWhen`), `proc` by polling /proc/<pid>/status VmHWM.
   */
  measureRss?: "time" | "proc";
  timeoutMs?: number;
  /** Asked after every stdout chunk: true sends SIGTERM (to stop a run that has shown enough). */
  stopWhen?(): boolean;
}

const gnuTime = "/usr/bin/time";

function readPeakFromProc(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command to its end and times it; no shell, so the pid is the command's own. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: RunProcessOptions = {},
): Promise<ProcessRun> {
  const useGnuTime = options.measureRss === "time" && existsSync(gnuTime);
  const scratch = useGnuTime ? mkdtempSync(join(tmpdir(), "scanstat-bench-")) : undefined;
  const rssFile = scratch ? join(scratch, "rss") : undefined;
  const [file, fileArgs] = rssFile ? [gnuTime, ["-f", "%M", "-o", rssFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsedMs = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(file, fileArgs, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let procPeak: number | undefined;
    const poller =
      options.measureRss && !rssFile
        ? setInterval(() => {
            const peak = child.pid ? readPeakFromProc(child.pid) : undefined;
            if (peak !== undefined) procPeak = Math.max(procPeak ?? 0, peak);
          }, 5)
        : undefined;
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            child.kill("SIGKILL");
          }, options.timeoutMs)
        : undefined;
    let stopping = false;
    child.stdout.on("data", (chunk: Buffer) => {
      options.onStdout?.(chunk, elapsedMs());
      if (options.keepStdout !== false) stdout.push(chunk);
      if (!stopping && options.stopWhen?.()) {
        stopping = true;
        child.kill("SIGTERM");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const wallMs = elapsedMs();
      if (poller) clearInterval(poller);
      if (timer) clearTimeout(timer);
      let peakRssBytes = procPeak;
      if (rssFile && scratch) {
        const kilobytes = Number.parseInt(readFileSync(rssFile, "utf8").trim().split("\n").at(-1) ?? "", 10);
        peakRssBytes = Number.isFinite(kilobytes) ? kilobytes * 1024 : undefined;
        rmSync(scratch, { recursive: true, force: true });
      }
      resolve({
        exitCode,
        wallMs,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        ...(peakRssBytes !== undefined ? { peakRssBytes } : {}),
      });
    });
  });
}
