import { appendFile } from "node:fs/promises";
import { atFinishReporter, type ScanReporter } from "../output/scan-reporter.js";
import { formatJobSummary } from "./format-job-summary.js";

export interface JobSummaryReporterOptions {
  /** `GITHUB_STEP_SUMMARY`: the file GitHub renders on the run's page. */
  path: string;
  command: string;
  redact: (text: string) => string;
  /** A summary that cannot be written is a note, not a failed command: the scans' outcome decides the exit code. */
  note: (text: string) => void;
}

/** Appends the scans' Markdown table to the job summary once, at the end. */
export function createJobSummaryReporter(options: JobSummaryReporterOptions): ScanReporter {
  return atFinishReporter(async (end) => {
    const markdown = formatJobSummary(end.entries, { exitCode: end.exitCode, command: options.command });
    try {
      await appendFile(options.path, options.redact(markdown), "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "error";
      options.note(`scanstat: cannot write the job summary (GITHUB_STEP_SUMMARY, ${code})\n`);
    }
  });
}
