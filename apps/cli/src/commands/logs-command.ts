import { formatScanRef, getLogs, type LogLine, type ScanRef } from "@scanstat/core";
import { exitCodeForOutcome, exitCodeForSignal } from "../exit/exit-codes.js";
import { errorText } from "../output/error-text.js";
import type { ReportSink } from "../output/report-sink.js";
import { fileSink, stdoutSink } from "../output/report-sink.js";
import { stringifyJson } from "../output/report-json.js";
import { sanitizeTerminalText } from "../output/sanitize-terminal-text.js";
import type { CommandContext } from "./command-context.js";
import { startReadDeadline } from "./read-deadline.js";

/** `2026-… INFO message`: every part is vendor text, so its control characters are shown escaped. */
export function plainLogLine(line: LogLine): string {
  const parts = [line.timestamp, line.level?.toUpperCase(), line.message].filter(
    (part): part is string => typeof part === "string" && part !== "",
  );
  return `${parts.map(sanitizeTerminalText).join(" ")}\n`;
}

/**
 * `scanstat logs <ref>`: streams the scan's log lines as they are read (page by page), so a
 * long log starts printing at once. json collects them into one array at the end.
 */
export async function logsCommand(context: CommandContext, ref: ScanRef): Promise<number> {
  const adapter = await context.adapter(ref.vendor);
  const deadline = startReadDeadline(context, `logs ${formatScanRef(ref)}`);
  let lines: AsyncIterable<LogLine>;
  try {
    lines = getLogs(adapter, ref.id, { signal: deadline.signal });
  } catch (error) {
    // A vendor that keeps no logs: said before any file is written, with the ref.
    deadline.dispose();
    context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref }));
    return exitCodeForOutcome({ error });
  }
  const { format, output } = context.config.options;
  const sink: ReportSink = output !== undefined ? fileSink(output, context.redact) : stdoutSink(context.stdout);
  const collected: LogLine[] = [];
  try {
    for await (const line of lines) {
      if (format === "json") collected.push(line);
      else if (format === "ndjson") sink.write(`${stringifyJson(line)}\n`);
      else sink.write(plainLogLine(line));
    }
  } catch (error) {
    if (!context.runtime.stopSignal()) {
      // What was read so far is still written (a file, whole), then the error decides the exit code.
      if (format === "json") sink.write(`${stringifyJson(collected, 2)}\n`);
      await sink.close();
      // The error names the ref, as every per-scan error does (`scanstat: soda:4651…: …`).
      const failure = deadline.expired() ?? error;
      context.stderr.write(errorText(failure, { verbose: context.config.options.verbose, ref }));
      return exitCodeForOutcome({ error: failure });
    }
  } finally {
    deadline.dispose();
  }
  if (format === "json") sink.write(`${stringifyJson(collected, 2)}\n`);
  await sink.close();
  const stop = context.runtime.stopSignal();
  return stop ? exitCodeForSignal(stop) : 0;
}
