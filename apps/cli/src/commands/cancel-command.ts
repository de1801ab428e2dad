import { cancelScan, type ScanRef } from "@scanstat/core";
import { type RefFields, refFields } from "../output/report-event.js";
import { ExitCode, exitCodeForOutcome, exitCodeForSignal } from "../exit/exit-codes.js";
import { UsageError } from "../arguments/usage-error.js";
import { errorText } from "../output/error-text.js";
import { type ErrorSummary, summarizeError } from "../output/report-entry.js";
import { stringifyJson } from "../output/report-json.js";
import type { CommandContext } from "./command-context.js";
import { prepareAdapters } from "./prepare-adapters.js";
import { writeReport } from "./write-report.js";

interface CancelResult extends RefFields {
  canceled: boolean;
  error?: ErrorSummary;
}

/**
 * `scanstat cancel <ref>...`: asks each vendor to cancel. Every vendor must be able to cancel
 * before any request is sent. Exit 0 when every request was accepted, else 4.
 */
export async function cancelCommand(context: CommandContext, refs: readonly ScanRef[]): Promise<number> {
  const format = context.config.options.format;
  if (format === "junit") throw new UsageError("cancel cannot be written as junit: use table, json or ndjson");
  const adapters = await prepareAdapters(context, refs, "cancel");
  const results: CancelResult[] = [];
  let exitCode: number = ExitCode.pass;
  for (const ref of refs) {
    if (context.signal.aborted) break;
    try {
      await cancelScan(adapters.get(ref.vendor)!, ref.id, { signal: context.signal });
      results.push({ ...refFields(ref), canceled: true });
    } catch (error) {
      if (context.signal.aborted) break;
      context.stderr.write(errorText(error, { verbose: context.config.options.verbose, ref }));
      results.push({ ...refFields(ref), canceled: false, error: summarizeError(error) });
      const code = exitCodeForOutcome({ error });
      if (code === ExitCode.usage || exitCode === ExitCode.pass) exitCode = code;
    }
  }
  let text: string;
  if (format === "json") text = `${stringifyJson(results, 2)}\n`;
  else if (format === "ndjson") text = results.map((result) => `${stringifyJson(result)}\n`).join("");
  else {
    text = results
      .map((result) => `${result.refText} ${result.canceled ? "cancel requested" : `error ${result.error?.code}`}\n`)
      .join("");
  }
  await writeReport(context, text);
  const stop = context.runtime.stopSignal();
  return stop ? exitCodeForSignal(stop) : exitCode;
}
