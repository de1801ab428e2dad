import { type CheckCounts, type ScanProgress, type Verdict, vendorCount } from "@scanstat/core";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";
import type { TelmaiAssetRun } from "./telmai-schemas.js";

export interface TelmaiRunsSummary {
  /** Monitors done (completed or failed) of all monitors, across the runs. */
  progress?: ScanProgress;
  /** Monitors as checks: completed → passed, failed → failed, still pending or running → notEvaluated. */
  checks?: CheckCounts;
  /** The worst of the runs that ended; undefined when none has. */
  verdict?: Verdict;
}

interface MonitorCounts {
  total: number;
  completed: number;
  failed: number;
}

const verdictRank: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

/** A run's monitor counts: its `progress` when given, else its monitors' stages. */
function monitorCounts(run: TelmaiAssetRun): MonitorCounts | undefined {
  const progress = run.progress;
  if (progress && (progress.total !== undefined || progress.completed !== undefined)) {
    const completed = vendorCount(progress.completed);
    const failed = vendorCount(progress.failed);
    const total =
      progress.total !== undefined
        ? vendorCount(progress.total)
        : completed + failed + vendorCount(progress.running) + vendorCount(progress.pending);
    return { total, completed, failed };
  }
  if (run.monitors && run.monitors.length > 0) {
    const stages = run.monitors.map((monitor) => monitor.stage.trim().toLowerCase());
    return {
      total: stages.length,
      completed: stages.filter((stage) => stage === "completed").length,
      failed: stages.filter((stage) => stage === "failed").length,
    };
  }
  return undefined;
}

/**
 * Progress and results of an execution from its assets' runs. The verdict is the worst run:
 * `failed` → fail, `partial_failure` → warn, `completed` → pass; a completed run that still
 * counts failed monitors is a warn. Runs with unknown status words do not vote.
 */
export function summarizeTelmaiRuns(runs: readonly TelmaiLinkedRun[]): TelmaiRunsSummary {
  let known = false;
  const sum: MonitorCounts = { total: 0, completed: 0, failed: 0 };
  let verdict: Verdict | undefined;
  for (const { run } of runs) {
    const counts = monitorCounts(run);
    if (counts) {
      known = true;
      sum.total += counts.total;
      sum.completed += counts.completed;
      sum.failed += counts.failed;
    }
    let runVerdict = mapTelmaiRunStatus(run.status).verdict;
    if (runVerdict === "pass" && (counts?.failed ?? 0) > 0) runVerdict = "warn";
    if (runVerdict && (!verdict || verdictRank[runVerdict] > verdictRank[verdict])) verdict = runVerdict;
  }
  const summary: TelmaiRunsSummary = {};
  if (known && sum.total > 0) {
    const done = Math.min(sum.total, sum.completed + sum.failed);
    summary.progress = { completed: done, total: sum.total, ratio: done / sum.total };
    summary.checks = {
      total: sum.total,
      passed: sum.completed,
      warned: 0,
      failed: sum.failed,
      errored: 0,
      notEvaluated: Math.max(0, sum.total - sum.completed - sum.failed),
    };
  }
  if (verdict) summary.verdict = verdict;
  return summary;
}
