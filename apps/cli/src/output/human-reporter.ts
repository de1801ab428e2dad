import { type Clock, formatScanRef, isTerminalState, type Scan, type ScanRef } from "@scanstat/core";
import type { Painter } from "./colors.js";
import { errorText } from "./error-text.js";
import { formatPlainLine } from "./format-plain-line.js";
import { LiveTable } from "./live-table.js";
import { type ReportEntry, refText, summarizeError } from "./report-entry.js";
import { renderScanTable } from "./render-scan-table.js";
import { verdictText } from "./scan-text.js";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";
import type { ReportEnd, ScanReporter } from "./scan-reporter.js";
import type { TextOutput } from "./text-output.js";

/**
 * - `live`: a table redrawn in place (a terminal)
 * - `stream`: one plain line per change (CI logs, pipes)
 * - `final`: the table (terminal) or plain lines, once, at the end (`status`, `--quiet`)
 * - `off`: nothing on stdout (the report goes to a file and `--quiet` was given)
 */
export type HumanMode = "live" | "stream" | "final" | "off";

export interface HumanReporterOptions {
  stdout: TextOutput;
  stderr: TextOutput;
  painter: Painter;
  clock: Clock;
  mode: HumanMode;
  quiet: boolean;
  verbose: boolean;
  /** A one-line tally on stderr at the end (watch, trigger --wait). */
  summary: boolean;
  /** Print `<ref> triggered` on stdout; false when a structured format owns stdout (then on stderr). */
  announceTriggered: boolean;
  /** A live table takes over other notes (verbose traces) while it runs. */
  routeNotes?: (route: ((text: string) => void) | undefined) => void;
}

/** Summary words in one fixed order, best to worst, whatever order the scans came in. */
const tallyOrder = [
  "pass",
  "warn",
  "warn (partial evidence)",
  "fail",
  "fail (partial evidence)",
  "no verdict",
  "not finished",
  "unreadable",
] as const;

function tally(entries: readonly ReportEntry[]): string {
  const counts = new Map<string, number>(tallyOrder.map((word) => [word, 0]));
  for (const { scan, error } of entries) {
    let word: string;
    if (error || !scan) word = "unreadable";
    else if (!isTerminalState(scan.state)) word = "not finished";
    else if (scan.state !== "completed" || !scan.result?.verdict || scan.result.verdict === "error")
      word = "no verdict";
    else word = verdictText(scan);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([word, count]) => `${count} ${word}`)
    .join(", ");
}

/** What people read: the live table on a terminal, plain lines elsewhere; notes and errors on stderr. */
export function createHumanReporter(options: HumanReporterOptions): ScanReporter {
  const { stdout, stderr, painter, clock } = options;
  const entries = new Map<string, ReportEntry>();
  const lastLines = new Map<string, string>();
  const entry = (ref: ScanRef): ReportEntry => {
    const key = formatScanRef(ref);
    let found = entries.get(key);
    if (!found) {
      found = { ref };
      entries.set(key, found);
    }
    return found;
  };
  const table =
    options.mode === "live"
      ? new LiveTable(stdout, () => renderScanTable([...entries.values()], { now: clock.now(), painter }))
      : undefined;
  const ticker = table ? setInterval(() => table.draw(), 1000) : undefined;
  ticker?.unref?.();

  const note = (text: string) => {
    if (table) table.printAbove(stderr, text);
    else stderr.write(text);
  };
  if (table) options.routeNotes?.(note);
  const streamLine = (current: ReportEntry, force = false) => {
    if (options.mode !== "stream") return;
    const line = formatPlainLine(current, clock.now());
    const key = formatScanRef(current.ref);
    if (!force && lastLines.get(key) === line) return;
    lastLines.set(key, line);
    stdout.write(`${line}\n`);
  };

  return {
    triggered(ref) {
      entry(ref);
      // The id must survive anything that follows: on stdout, or on stderr when a format owns stdout.
      if (options.mode === "live") table?.draw();
      else if (options.announceTriggered) stdout.write(`${refText(ref)} triggered\n`);
      else stderr.write(`scanstat: triggered ${refText(ref)}\n`);
    },
    update(ref, scan: Scan) {
      const current = entry(ref);
      current.scan = scan;
      current.error = undefined;
      streamLine(current);
      table?.draw();
    },
    unknownState(ref, scan) {
      entry(ref);
      if (!options.quiet) {
        note(
          `scanstat: warning: ${refText(ref)} reports the state "${sanitizeTerminalText(scan.vendorState)}", which this version does not know; still watching\n`,
        );
      }
    },
    retrying(ref, error) {
      if (options.verbose)
        note(
          `scanstat: ${refText(ref)}: will look again after: ${sanitizeTerminalText(summarizeError(error).message)}\n`,
        );
    },
    problem(ref, error) {
      const current = entry(ref);
      current.error = summarizeError(error);
      // On a live table the note redraws it, with this row's error already in.
      note(errorText(error, { verbose: options.verbose, ref }));
      streamLine(current);
    },
    async finish(end: ReportEnd) {
      if (ticker) clearInterval(ticker);
      if (table) options.routeNotes?.(undefined);
      entries.clear();
      for (const finished of end.entries) entries.set(formatScanRef(finished.ref), { ...finished });
      const ordered = [...entries.values()];
      switch (options.mode) {
        case "live":
          table?.draw();
          break;
        case "stream":
          // Interrupted: every ref once more, so the last lines hold them all.
          for (const current of ordered) {
            if (end.reason === "aborted" || !lastLines.has(formatScanRef(current.ref))) streamLine(current, true);
          }
          break;
        case "final": {
          const lines = stdout.isTTY
            ? renderScanTable(ordered, { now: clock.now(), painter })
            : ordered.map((current) => formatPlainLine(current, clock.now()));
          if (ordered.length > 0) stdout.write(`${lines.join("\n")}\n`);
          break;
        }
        case "off":
          break;
      }
      if (options.summary && !options.quiet && ordered.length > 0) {
        const stopped = end.reason === "timeout" ? " (timed out)" : end.reason === "aborted" ? " (interrupted)" : "";
        stderr.write(
          `scanstat: ${ordered.length} scan${ordered.length === 1 ? "" : "s"}: ${tally(ordered)}${stopped}; exit ${end.exitCode}\n`,
        );
      }
    },
  };
}
