import type { TelmaiLinkedRun } from "./asset-runs.js";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";

/**
 * What an execution's linked runs say of the execution, without reading it:
 * - `running`: a run still runs, so the execution does too;
 * - `finished`: every run ended `completed` or `partial_failure`: every monitor ran, so the
 *   execution finished (inference: the page's example shows an asset's run starting with its
 *   execution, so no run is still to come once all have ended);
 * - `unsure`: a run `failed` (an execution that failed and one whose monitors failed look the
 *   same from the runs), a word this version does not know, or no run at all: ask the execution.
 */
export function endingOfRuns(runs: readonly TelmaiLinkedRun[]): "running" | "finished" | "unsure" {
  if (runs.length === 0) return "unsure";
  const mapped = runs.map((linked) => mapTelmaiRunStatus(linked.run.status));
  if (mapped.some((run) => run.state === "running")) return "running";
  const clean = mapped.every((run) => run.state === "completed" && (run.verdict === "pass" || run.verdict === "warn"));
  return clean ? "finished" : "unsure";
}
