import type { Clock } from "@scanstat/core";
import type { ResolvedOptions } from "../config/resolve-configuration.js";
import { colorEnabled, createPainter } from "./colors.js";
import { createHumanReporter, type HumanMode } from "./human-reporter.js";
import { fileSink, stdoutSink } from "./report-sink.js";
import { combineReporters, type ScanReporter } from "./scan-reporter.js";
import { createStructuredReporter } from "./structured-reporter.js";
import type { TextOutput } from "./text-output.js";

export interface ReporterContext {
  stdout: TextOutput;
  stderr: TextOutput;
  clock: Clock;
  env: Readonly<Record<string, string | undefined>>;
  options: Pick<ResolvedOptions, "format" | "output" | "quiet" | "verbose" | "noColor">;
  /** `follow`: watch, trigger --wait, demo (progress while it runs); `once`: status, list (one answer). */
  activity: "follow" | "once";
  /** Lets a live table take over stderr notes (verbose traces) so its redraw stays exact. */
  routeNotes?: (route: ((text: string) => void) | undefined) => void;
  /** Scrubs secrets from a file report (stdout is scrubbed by its own wrapper). */
  redact: (text: string) => string;
}

/**
 * Picks what goes where: the chosen format on stdout, or in `--output FILE` with the human view
 * on stdout; errors and notes always on stderr.
 */
export function createReporter(context: ReporterContext): ScanReporter {
  const { stdout, options } = context;
  const format = options.format ?? "table";
  const structuredOnStdout = format !== "table" && options.output === undefined;
  let mode: HumanMode;
  if (structuredOnStdout || (options.output !== undefined && options.quiet)) mode = "off";
  else if (context.activity === "once" || options.quiet) mode = "final";
  else mode = stdout.isTTY ? "live" : "stream";

  const painter = createPainter(colorEnabled({ isTTY: stdout.isTTY, noColorFlag: options.noColor, env: context.env }));
  const reporters: ScanReporter[] = [
    createHumanReporter({
      stdout,
      stderr: context.stderr,
      painter,
      clock: context.clock,
      mode,
      quiet: options.quiet,
      verbose: options.verbose,
      summary: context.activity === "follow",
      announceTriggered: !structuredOnStdout,
      ...(context.routeNotes ? { routeNotes: context.routeNotes } : {}),
    }),
  ];
  if (format !== "table" || options.output !== undefined) {
    const sink = options.output !== undefined ? fileSink(options.output, context.redact) : stdoutSink(stdout);
    reporters.push(createStructuredReporter(format, sink, { clock: context.clock }));
  }
  return combineReporters(reporters);
}
