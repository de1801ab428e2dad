import type { Scan, ScanState } from "@scanstat/core";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import type { TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";
import { mapTelmaiScanState } from "./map-telmai-scan-state.js";
import { summarizeTelmaiRuns } from "./summarize-telmai-runs.js";
import type { TelmaiScanExecution } from "./telmai-schemas.js";
import { earliestIsoTime, isoTime, latestIsoTime } from "./telmai-time.js";

/** The parts both scan shapes share: target, progress, result (completed only) and times. */
function scanOf(
  base: Pick<Scan, "ref" | "state" | "vendorState" | "raw">,
  runs: readonly TelmaiLinkedRun[],
  startedAt: string | undefined,
  finishedAt: string | undefined,
): Scan {
  const scan: Scan = { ...base };
  const summary = summarizeTelmaiRuns(runs);
  const names = [...new Set(runs.map((linked) => linked.assetName ?? linked.assetId))];
  if (names.length > 0) scan.target = names.length > 3 ? `${names.length} assets` : names.join(", ");
  if (summary.progress) scan.progress = summary.progress;
  if (scan.state === "completed") {
    scan.result = { verdict: summary.verdict ?? "pass" };
    if (summary.checks) scan.result.checks = summary.checks;
  }
  if (startedAt !== undefined) scan.startedAt = startedAt;
  if (finishedAt !== undefined) scan.finishedAt = finishedAt;
  return scan;
}

/**
 * An execution (`GET /api/scan/status/{id}`) and the asset runs linked to it → Scan. A finished
 * execution's verdict is the worst of its runs, `pass` when none is known (the table in
 * DESIGN.md); counts come from the runs' monitors. A failed execution has no result.
 */
export function mapTelmaiExecution(id: string, execution: TelmaiScanExecution, linked?: TelmaiExecutionRuns): Scan {
  const runs = linked?.runs ?? [];
  return scanOf(
    {
      ref: { vendor: "telmai", id },
      state: mapTelmaiScanState(execution.status),
      vendorState: execution.status,
      raw: { execution, runs, linkedBy: linked?.linkedBy ?? "none" },
    },
    runs,
    isoTime(execution.startedAt),
    isoTime(execution.finishedAt),
  );
}

/**
 * The runs of one batch (`jobId`) across assets → Scan, for listing and for batches that have
 * no execution (scheduled runs). Running while any run runs; a word this version does not know
 * makes it `unknown`; else completed, with the worst run's verdict. `vendorState` is the word
 * that decided the state (running, the unknown word, or the worst ending).
 */
export function mapTelmaiJob(jobId: string, runs: readonly TelmaiLinkedRun[]): Scan {
  const mapped = runs.map((linked) => ({ word: linked.run.status, ...mapTelmaiRunStatus(linked.run.status) }));
  const verdict = summarizeTelmaiRuns(runs).verdict;
  const decisive =
    mapped.find((run) => run.state === "running") ??
    mapped.find((run) => run.state === "unknown") ??
    mapped.find((run) => run.verdict === verdict);
  const state: ScanState = decisive?.state ?? "completed";
  return scanOf(
    { ref: { vendor: "telmai", id: jobId }, state, vendorState: decisive?.word ?? "completed", raw: { jobId, runs } },
    runs,
    earliestIsoTime(runs.map((linked) => linked.run.startedAt)),
    state === "completed" ? latestIsoTime(runs.map((linked) => linked.run.finishedAt)) : undefined,
  );
}
