import { formatScanRef, getScans, type ScanRef } from "@scanstat/core";
import { exitCodeForOutcomes, exitCodeForSignal, type ScanOutcome } from "../exit/exit-codes.js";
import { type ReportEntry, summarizeError } from "../output/report-entry.js";
import type { CommandContext } from "./command-context.js";
import { prepareAdapters } from "./prepare-adapters.js";
import { startReadDeadline } from "./read-deadline.js";

/** `scanstat status <ref>...`: one look at each scan (one batch request per vendor where it can). */
export async function statusCommand(context: CommandContext, refs: readonly ScanRef[]): Promise<number> {
  const adapters = await prepareAdapters(context, refs);
  const reporter = context.reporter("once", { command: "status" });
  const outcomes = new Map<string, ScanOutcome>();
  // `--timeout` bounds the whole look (a vendor that pages its in-progress list forever included).
  const deadline = startReadDeadline(context, "status");

  await Promise.all(
    [...adapters].map(async ([vendor, adapter]) => {
      const ids = [...new Set(refs.filter((ref) => ref.vendor === vendor).map((ref) => ref.id))];
      try {
        for (const lookup of await getScans(adapter, ids, { signal: deadline.signal })) {
          outcomes.set(`${vendor}:${lookup.id}`, lookup.ok ? { scan: lookup.scan } : { error: lookup.error });
        }
      } catch (error) {
        for (const id of ids) outcomes.set(`${vendor}:${id}`, { error: deadline.expired() ?? error });
      }
    }),
  );
  deadline.dispose();

  const stop = context.runtime.stopSignal();
  const ordered = refs.map((ref) => outcomes.get(formatScanRef(ref)) ?? {});
  const entries: ReportEntry[] = refs.map((ref, index) => {
    const outcome = ordered[index]!;
    if (outcome.scan) {
      reporter.update(ref, outcome.scan, undefined);
      if (outcome.scan.state === "unknown") reporter.unknownState(ref, outcome.scan);
    } else if (outcome.error !== undefined && !stop) {
      reporter.problem(ref, outcome.error);
    }
    return {
      ref,
      scan: outcome.scan,
      error: outcome.error !== undefined && !stop ? summarizeError(outcome.error) : undefined,
    };
  });
  const exitCode = stop
    ? exitCodeForSignal(stop)
    : exitCodeForOutcomes(ordered, { okOnWarn: context.config.options.okOnWarn });
  await reporter.finish({ entries, reason: stop ? "aborted" : "done", exitCode });
  return exitCode;
}
