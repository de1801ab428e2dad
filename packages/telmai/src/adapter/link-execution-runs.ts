import { assetRuns, epochOf, runsByJob, type TelmaiLinkedRun } from "./asset-runs.js";
import type { TelmaiAssetScanStatus, TelmaiScanExecution } from "../client/telmai-schemas.js";

/** How an execution's asset runs were found: `none` means progress and details are unknown. */
export type TelmaiRunLink = "jobId" | "time" | "none";

export interface TelmaiExecutionRuns {
  linkedBy: TelmaiRunLink;
  runs: TelmaiLinkedRun[];
}

export interface LinkExecutionRunsOptions {
  /** Fall back to the batch that started with the execution when no `jobId` equals its id. Default true. */
  byTime?: boolean;
}

/** Clocks of two services differ a little: a batch may appear to start this much before its execution. */
const clockSkewMs = 60_000;
/** A batch that starts this long after the execution is not taken for its own (container start-up is shorter). */
const startWindowMs = 10 * 60_000;

/**
 * Finds the asset runs an execution (`POST /api/scan/run`) started. Telmai's page does not say
 * how the two are linked. Inference, in order:
 * 1. runs whose `jobId` equals the `executionId` (one id for the batch);
 * 2. else (`byTime`) the one batch (`jobId`) whose first run started within
 *    [execution start − 1 min, execution start + 10 min] and, once the execution finished,
 *    not after its end: the execution runs every enabled monitor, so the batch that starts
 *    with it is its own. The first batch to start at or after the execution wins; one that
 *    started up to a minute before it (clock skew) only once the execution has finished and
 *    none started after it, the closest first;
 * 3. else nothing: the scan is reported without progress, and a finished one gets its verdict
 *    from its incidents alone, if they can give one (see `telmaiResult`).
 * A later run of an asset replaces its `lastRun`, so details of old executions fade to case 3.
 */
export function linkExecutionRuns(
  execution: TelmaiScanExecution,
  assets: readonly TelmaiAssetScanStatus[],
  options: LinkExecutionRunsOptions = {},
): TelmaiExecutionRuns {
  const runs = assetRuns(assets);
  const sameId = runs.filter((linked) => linked.run.jobId === execution.executionId);
  if (sameId.length > 0) return { linkedBy: "jobId", runs: sameId };
  if (options.byTime === false) return { linkedBy: "none", runs: [] };

  const started = epochOf(execution.startedAt);
  if (started === undefined) return { linkedBy: "none", runs: [] };
  const finished = epochOf(execution.finishedAt);
  let best: { distance: number; runs: TelmaiLinkedRun[] } | undefined;
  for (const jobRuns of runsByJob(runs).values()) {
    const starts = jobRuns.map((linked) => epochOf(linked.run.startedAt)).filter((at) => at !== undefined);
    if (starts.length === 0) continue;
    const start = Math.min(...starts);
    if (start < started - clockSkewMs || start > started + startWindowMs) continue;
    if (finished !== undefined && start > finished) continue;
    // A batch that started before the execution can be its own only by clock skew: any batch
    // that started after it comes first (a scan already running must not take its place), and
    // while the execution runs its own batch may not have started yet (a link is remembered).
    if (start < started && finished === undefined) continue;
    const distance = start >= started ? start - started : startWindowMs + started - start;
    if (!best || distance < best.distance) best = { distance, runs: jobRuns };
  }
  return best ? { linkedBy: "time", runs: best.runs } : { linkedBy: "none", runs: [] };
}
