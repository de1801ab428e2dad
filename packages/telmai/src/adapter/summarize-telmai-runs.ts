import { type CheckCounts, type ScanProgress, type Verdict, vendorCount, verdicts } from "@scanstat/core";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";

export interface TelmaiRunsSummary {
  /** Monitors done (completed or failed) of all monitors, across the runs. */
  progress?: ScanProgress;
  /** Monitors as checks: completed → passed, failed → failed, still pending or running → notEvaluated. */
  checks?: CheckCounts;
  /** The worst of the runs that ended; undefined when none has. */
  verdict?: Verdict;
}

/** The worse of two verdicts, by core's order (pass < warn < fail < error); an absent one loses. */
export const worseVerdict = (current: Verdict | undefined, candidate: Verdict): Verdict =>
  current && verdicts.indexOf(current) >= verdicts.indexOf(candidate) ? current : candidate;

/**
 * Progress and results of an execution from its assets' runs. The verdict is the worst run:
 * `failed` → fail, `partial_failure` → warn, `completed` → pass; a completed run that still
 * counts failed monitors is a warn. Runs with unknown status words do not vote.
 * A run's monitor counts are its `progress` when given, else its monitors' stages.
 */
export function summarizeTelmaiRuns(runs: readonly TelmaiLinkedRun[]): TelmaiRunsSummary {
  // One pass, sums kept in locals: listings summarize thousands of runs.
  let known = false;
  let total = 0;
  let completed = 0;
  let failed = 0;
  let verdict: Verdict | undefined;
  for (const { run } of runs) {
    let runFailed = 0;
    const progress = run.progress;
    if (progress && (progress.total !== undefined || progress.completed !== undefined)) {
      const runCompleted = vendorCount(progress.completed);
      runFailed = vendorCount(progress.failed);
      known = true;
      total +=
        progress.total !== undefined
          ? vendorCount(progress.total)
          : runCompleted + runFailed + vendorCount(progress.running) + vendorCount(progress.pending);
      completed += runCompleted;
      failed += runFailed;
    } else if (run.monitors && run.monitors.length > 0) {
      let runCompleted = 0;
      for (const monitor of run.monitors) {
        const stage = monitor.stage.trim().toLowerCase();
        if (stage === "completed") runCompleted++;
        else if (stage === "failed") runFailed++;
      }
      known = true;
      total += run.monitors.length;
      completed += runCompleted;
      failed += runFailed;
    }
    let runVerdict = mapTelmaiRunStatus(run.status).verdict;
    if (runVerdict === "pass" && runFailed > 0) runVerdict = "warn";
    if (runVerdict) verdict = worseVerdict(verdict, runVerdict);
  }
  const summary: TelmaiRunsSummary = {};
  if (known && total > 0) {
    const done = Math.min(total, completed + failed);
    summary.progress = { completed: done, total, ratio: done / total };
    summary.checks = {
      total,
      passed: completed,
      warned: 0,
      failed,
      errored: 0,
      notEvaluated: Math.max(0, total - completed - failed),
    };
  }
  if (verdict) summary.verdict = verdict;
  return summary;
}
