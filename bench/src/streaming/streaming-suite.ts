import { existsSync } from "node:fs";
import { buildState, repositoryPath } from "../measure/repository.js";
import { runProcess } from "../measure/run-process.js";
import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { buildFastClockCli } from "./build-fast-clock-cli.js";
import { serveSodaLog } from "./serve-soda-log.js";

const logLines = 1_000_000;
const linesPerPage = 1000;
const rssLimitBytes = 100 * 1024 * 1024;
const clockFactor = 1000;
const megabytes = (bytes: number) => bytes / 1024 / 1024;

function countNewlines(chunk: Buffer): number {
  let count = 0;
  for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) count++;
  return count;
}

interface LogsRun {
  firstLineMs: number | undefined;
  pagesAtFirstLine: number | undefined;
  totalMs: number;
  lines: number;
  bytes: number;
  peakRssBytes: number | undefined;
  exitCode: number | null;
  stderr: string;
}

async function runLogs(
  cli: string,
  logsArguments: readonly string[],
  env: NodeJS.ProcessEnv,
  pagesServed: () => number,
  options: { measureRss: "time" | "proc"; stopAfterLines?: number },
): Promise<LogsRun> {
  let lines = 0;
  let bytes = 0;
  let firstLineMs: number | undefined;
  let pagesAtFirstLine: number | undefined;
  const run = await runProcess(process.execPath, [cli, "logs", ...logsArguments], {
    env,
    keepStdout: false,
    measureRss: options.measureRss,
    timeoutMs: 170_000,
    onStdout(chunk, atMs) {
      if (firstLineMs === undefined) {
        firstLineMs = atMs;
        pagesAtFirstLine = pagesServed();
      }
      lines += countNewlines(chunk);
      bytes += chunk.length;
    },
    ...(options.stopAfterLines !== undefined ? { stopWhen: () => lines >= options.stopAfterLines! } : {}),
  });
  return {
    firstLineMs,
    pagesAtFirstLine,
    totalMs: run.wallMs,
    lines,
    bytes,
    peakRssBytes: run.peakRssBytes,
    exitCode: run.exitCode,
    stderr: run.stderr,
  };
}

/** Whether the built CLI takes `--rate-limit` (then the whole log is read by the real binary). */
async function takesRateLimitFlag(cli: string): Promise<boolean> {
  const help = await runProcess(process.execPath, [cli, "logs", "--help"]);
  return help.stdout.includes("--rate-limit") || help.stderr.includes("--rate-limit");
}

/**
 * `scanstat logs` of a 1 000 000-line Soda log served by the simulator over loopback: the peak
 * RSS of the CLI process, and whether it prints before the last page is fetched. Soda allows 60
 * log pages a minute (1000 pages: 16.7 min), so the budget is lifted: by `--rate-limit
 * soda.logs=…` when the built CLI has that flag, else by running the CLI's own entry bundled with
 * a 1000× faster system clock (only rate-limit waits shrink). A full run also runs the built
 * binary on Soda's documented budget until the budget stalls it.
 */
export const streamingSuite: Suite = {
  goal: "streaming",
  name: "streaming",
  async run({ quick, log }): Promise<SuiteResult> {
    const figures: Figure[] = [];
    const details: string[] = [];
    const realCli = repositoryPath("apps", "cli", "dist", "scanstat.js");
    const realCliBuilt = existsSync(realCli);
    if (realCliBuilt && buildState(realCli, [repositoryPath("apps", "cli", "src")]) === "stale") {
      details.push("apps/cli/dist is older than its sources: run `pnpm --filter scanstat build` for current figures");
    }
    const useRealCli = realCliBuilt && (await takesRateLimitFlag(realCli));
    let cli = realCli;
    let extraArguments: string[] = [];
    let how = "built binary, `--rate-limit soda.logs=1000000/60`";
    if (useRealCli) {
      extraArguments = ["--rate-limit", "soda.logs=1000000/60"];
    } else {
      log("streaming: bundling the CLI with a fast clock (the built CLI has no --rate-limit)");
      cli = await buildFastClockCli();
      how = `the CLI's entry on a ${clockFactor}× clock (rate waits only; the built CLI has no --rate-limit)`;
    }
    const baselineRun = await runProcess(process.execPath, ["-e", "0"], { measureRss: "time" });
    const nodeRss = baselineRun.peakRssBytes;
    const env = { ...process.env, NO_COLOR: "1", SCANSTAT_BENCH_CLOCK_FACTOR: String(clockFactor) };

    // The simulator's own budget is lifted too.
    const served = await serveSodaLog(logLines, { requests: 1_000_000, windowMs: 60_000, documented: false });
    let whole: LogsRun;
    try {
      log(`streaming: scanstat logs of ${logLines} lines`);
      whole = await runLogs(cli, [served.ref, ...extraArguments], { ...env, ...served.env }, served.pagesServed, {
        measureRss: "time",
      });
    } finally {
      await served.server.close();
    }
    const totalPages = Math.ceil(logLines / linesPerPage);
    if (whole.exitCode !== 0 || whole.lines !== logLines) {
      details.push(
        `the logs run ended with exit ${whole.exitCode} after ${whole.lines} of ${logLines} lines: ${whole.stderr.trim().split("\n")[0] ?? ""}`,
      );
    }
    figures.push({
      goal: "streaming",
      subject: `scanstat logs, ${logLines.toLocaleString("en")} lines: peak RSS`,
      measured: { value: megabytes(whole.peakRssBytes ?? Number.NaN), unit: "MB" },
      baseline: { label: "limit", value: megabytes(rssLimitBytes), unit: "MB" },
      ratio: (whole.peakRssBytes ?? Number.NaN) / rssLimitBytes,
      direction: "at-most",
      limit: 1,
    });
    figures.push({
      goal: "streaming",
      subject: "scanstat logs: pages fetched at the first line",
      measured: { value: whole.pagesAtFirstLine ?? Number.NaN, unit: "" },
      baseline: { label: "pages in all", value: totalPages, unit: "" },
      ratio: (whole.pagesAtFirstLine ?? Number.NaN) / totalPages,
      direction: "at-most",
      limit: (totalPages - 1) / totalPages,
      note: "met when the first line is out before the last page is fetched",
    });
    details.push(
      `${how}: first line after ${whole.firstLineMs?.toFixed(0)} ms of ${whole.totalMs.toFixed(0)} ms (${(((whole.firstLineMs ?? 0) / whole.totalMs) * 100).toFixed(1)}%), ${whole.lines.toLocaleString("en")} lines, ${megabytes(whole.bytes).toFixed(0)} MB of output; node -e 0 peaks at ${megabytes(nodeRss ?? Number.NaN).toFixed(1)} MB RSS`,
    );

    if (!quick && realCliBuilt) {
      // The built binary on the real clock and Soda's documented budget: 60 pages, then a stall.
      const documented = await serveSodaLog(logLines);
      try {
        log("streaming: the built scanstat on Soda's documented budget, until the budget stalls it");
        const stopAfterLines = 60 * linesPerPage;
        const real = await runLogs(
          realCli,
          [documented.ref],
          { ...process.env, NO_COLOR: "1", ...documented.env },
          documented.pagesServed,
          { measureRss: "proc", stopAfterLines },
        );
        details.push(
          `built binary, documented budget: first line after ${real.firstLineMs?.toFixed(0)} ms (page ${real.pagesAtFirstLine} fetched), ${real.lines.toLocaleString("en")} lines in ${real.totalMs.toFixed(0)} ms until stopped at Soda's 60 pages a minute, peak RSS ${megabytes(real.peakRssBytes ?? Number.NaN).toFixed(1)} MB (the whole log would take ${Math.round((totalPages / 60) * 10) / 10} min)`,
        );
      } finally {
        await documented.server.close();
      }
    }
    return { figures, details };
  },
};
