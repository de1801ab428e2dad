import { getLogs, type LogLine, type ScanRef } from "@scanstat/core";
import { exitCodeForOutcome, exitCodeForSignal } from "../exit/exit-codes.js";
import { errorText } from "../output/error-text.js";
import type { ReportSink } from "../output/report-sink.js";
import { fileSink, stdoutSink } from "../output/report-sink.js";
import type { CommandContext } from "./command-context.js";

function plainLogLine(line: LogLine): string {
  return `${[line.timestamp, line.level?.toUpperCase(), line.message].filter((part) => part !== undefined && part !== "").join(" ")}\n`;
}

/**
 * `scanstat logs <ref>`: streams the scan's log lines as they are read (page by page), so a
 * long log starts printing at once. json collects them into one array at the end.
 */
export async function logsCommand(context: CommandContext, ref: ScanRef): Promise<number> {
  const adapter = await context.adapter(ref.vendor);
  let lines: AsyncIterable<LogLine>;
  try {
    lines = getLogs(adapter, ref.id, { signal: context.signal });
  } catch (error) {
    // A vendor that keeps no logs: said before any file is written, with the ref.
    context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref }));
    return exitCodeForOutcome({ error });
  }
  const { format, output } = context.config.options;
  const sink: ReportSink = output !== undefined ? fileSink(output, context.redact) : stdoutSink(context.stdout);
  const collected: LogLine[] = [];
  try {
    for await (const line of lines) {
      if (format === "json") collected.push(line);
      else if (format === "ndjson") sink.write(`${JSON.stringify(line)}\n`);
      else sink.write(plainLogLine(line));
    }
  } catch (error) {
    if (!context.runtime.stopSignal()) {
      // What was read so far is still written (a file, whole), then the error decides the exit code.
      if (format === "json") sink.write(`${JSON.stringify(collected, null, 2)}\n`);
      await sink.close();
      // The error names the ref, as every per-scan error does (`scanstat: soda:4651…: …`).
      context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref }));
      return exitCodeForOutcome({ error });
    }
  }
  if (format === "json") sink.write(`${JSON.stringify(collected, null, 2)}\n`);
  await sink.close();
  const stop = context.runtime.stopSignal();
  return stop ? exitCodeForSignal(stop) : 0;
}
