import type { Scan, ScanState } from "@scanstat/core";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import type { TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";
import { mapTelmaiScanState } from "./map-telmai-scan-state.js";
import { summarizeTelmaiRuns, type TelmaiRunsSummary } from "./summarize-telmai-runs.js";
import { incidentWindowOf } from "./telmai-incidents.js";
import { type TelmaiVerdictContext, telmaiResult } from "./telmai-result.js";
import type { TelmaiScanExecution } from "../client/telmai-schemas.js";
import { earliestIsoTime, isoTime, latestIsoTime } from "../client/telmai-time.js";

/** The runs' assets by name: up to three named, more counted. */
function targetOf(runs: readonly TelmaiLinkedRun[]): string | undefined {
  if (runs.length === 1) return runs[0]!.assetName ?? runs[0]!.assetId;
  const names = new Set<string>();
  for (const linked of runs) names.add(linked.assetName ?? linked.assetId);
  if (names.size === 0) return undefined;
  return names.size > 3 ? `${names.size} assets` : [...names].join(", ");
}

/**
 * The parts both scan shapes share: target, progress, result (completed only: see
 * `telmaiResult`) and times.
 */
function scanOf(
  scan: Scan,
  runs: readonly TelmaiLinkedRun[],
  summary: TelmaiRunsSummary,
  startedAt: string | undefined,
  finishedAt: string | undefined,
  context: TelmaiVerdictContext | undefined,
): Scan {
  const target = targetOf(runs);
  if (target !== undefined) scan.target = target;
  if (summary.progress) scan.progress = summary.progress;
  if (scan.state === "completed") {
    scan.result = telmaiResult(summary, runs, incidentWindowOf(startedAt, finishedAt), context);
  }
  if (startedAt !== undefined) scan.startedAt = startedAt;
  if (finishedAt !== undefined) scan.finishedAt = finishedAt;
  return scan;
}

/**
 * An execution (`GET /api/scan/status/{id}`), the asset runs linked to it and the incidents read
 * → Scan. A finished execution's verdict comes from its incidents and runs (`telmaiResult`);
 * counts come from the runs' monitors. A failed execution has no result.
 */
export function mapTelmaiExecution(
  id: string,
  execution: TelmaiScanExecution,
  linked?: TelmaiExecutionRuns,
  context?: TelmaiVerdictContext,
): Scan {
  const runs = linked?.runs ?? [];
  return scanOf(
    {
      ref: { vendor: "telmai", id },
      state: mapTelmaiScanState(execution.status),
      vendorState: execution.status,
      raw: { execution, runs, linkedBy: linked?.linkedBy ?? "none" },
    },
    runs,
    summarizeTelmaiRuns(runs),
    isoTime(execution.startedAt),
    isoTime(execution.finishedAt),
    context,
  );
}

const startsOf = (runs: readonly TelmaiLinkedRun[]) => runs.map((linked) => linked.run.startedAt);
const endsOf = (runs: readonly TelmaiLinkedRun[]) => runs.map((linked) => linked.run.finishedAt);

/**
 * The runs of one batch (`jobId`) across assets → Scan, for listing and for batches that have
 * no execution (scheduled runs). Running while any run runs; a word this version does not know
 * makes it `unknown`; else completed, its verdict as an execution's (`telmaiResult`). `vendorState` is the word
 * that decided the state (running, the unknown word, or the worst ending).
 */
export function mapTelmaiJob(jobId: string, runs: readonly TelmaiLinkedRun[], context?: TelmaiVerdictContext): Scan {
  const summary = summarizeTelmaiRuns(runs);
  // The first running run decides; else the first unknown word; else the first run that ended
  // with the summary's verdict.
  let state: ScanState = "completed";
  let vendorState: string | undefined;
  let unknownWord: string | undefined;
  let verdictWord: string | undefined;
  for (const { run } of runs) {
    const mapped = mapTelmaiRunStatus(run.status);
    if (mapped.state === "running") {
      state = "running";
      vendorState = run.status;
      break;
    }
    if (mapped.state === "unknown") unknownWord ??= run.status;
    else if (verdictWord === undefined && mapped.verdict === summary.verdict) verdictWord = run.status;
  }
  if (vendorState === undefined && unknownWord !== undefined) {
    state = "unknown";
    vendorState = unknownWord;
  }
  // Most batches have one run: its own times, with no array of them.
  const startedAt = runs.length === 1 ? isoTime(runs[0]!.run.startedAt) : earliestIsoTime(startsOf(runs));
  let finishedAt: string | undefined;
  if (state === "completed") {
    finishedAt = runs.length === 1 ? isoTime(runs[0]!.run.finishedAt) : latestIsoTime(endsOf(runs));
  }
  return scanOf(
    {
      ref: { vendor: "telmai", id: jobId },
      state,
      vendorState: vendorState ?? verdictWord ?? "completed",
      raw: { jobId, runs },
    },
    runs,
    summary,
    startedAt,
    finishedAt,
    context,
  );
}
