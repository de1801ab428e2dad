import { type ScanRef, watchScans } from "@scanstat/core";
import { exitCodeForOutcomes, exitCodeForSignal } from "../exit/exit-codes.js";
import { type ReportEntry, summarizeError } from "../output/report-entry.js";
import type { EndReason } from "../output/report-event.js";
import type { ScanReporter } from "../output/scan-reporter.js";
import type { CommandContext } from "./command-context.js";

export interface FollowResult {
  entries: ReportEntry[];
  reason: EndReason;
  exitCode: number;
}

/**
 * Watches scans to their end (or the timeout, or an interrupt) and reports each change. Does not
 * call `reporter.finish`: the caller may still have work (cancel on interrupt) before the end.
 */
export async function followScans(
  context: CommandContext,
  refs: readonly ScanRef[],
  reporter: ScanReporter,
): Promise<FollowResult> {
  const { options } = context.config;
  const events = watchScans((vendor) => context.adapter(vendor), refs, {
    clock: context.clock,
    signal: context.signal,
    ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  for await (const event of events) {
    switch (event.type) {
      case "update":
        reporter.update(event.ref, event.scan, event.previous);
        break;
      case "unknown-state":
        reporter.unknownState(event.ref, event.scan);
        break;
      case "retrying":
        reporter.retrying(event.ref, event.error);
        break;
      case "error":
        reporter.problem(event.ref, event.error);
        break;
      case "end": {
        const entries: ReportEntry[] = event.results.map((result) => ({
          ref: result.ref,
          scan: result.scan,
          error: result.error ? summarizeError(result.error) : undefined,
        }));
        const stop = context.runtime.stopSignal();
        const exitCode =
          event.reason === "aborted" && stop
            ? exitCodeForSignal(stop)
            : exitCodeForOutcomes(event.results, { okOnWarn: options.okOnWarn });
        return { entries, reason: event.reason, exitCode };
      }
    }
  }
  // The watcher always ends with an `end` event; this is only reached if it did not.
  return {
    entries: refs.map((ref) => ({ ref })),
    reason: "aborted",
    exitCode: exitCodeForSignal(context.runtime.stopSignal() ?? "SIGINT"),
  };
}
