import type { Scan } from "@scanstat/core";
import { epochOf } from "./asset-runs.js";
import type { TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecution } from "./map-telmai-scan.js";
import type { TelmaiScanExecution } from "./telmai-schemas.js";

const isoOf = (epochs: number[], pick: (...values: number[]) => number) =>
  epochs.length > 0 ? new Date(pick(...epochs)).toISOString() : null;

/**
 * An execution answered from its runs alone (see `endingOfRuns`) → Scan, shaped as if read:
 * `vendorState` is the word the execution would say (`running`, `finished`), it starts when it
 * was last read to start (else with its first run) and, finished, ends with its last run.
 * `raw` keeps only what was read: the runs, the execution last read (if any), and
 * `executionFrom: "runs"`.
 */
export function mapTelmaiExecutionFromRuns(
  id: string,
  linked: TelmaiExecutionRuns,
  ending: "running" | "finished",
  lastRead?: TelmaiScanExecution,
): Scan {
  const epochs = (pick: (run: TelmaiExecutionRuns["runs"][number]["run"]) => string | null | undefined) =>
    linked.runs.map((linkedRun) => epochOf(pick(linkedRun.run))).filter((epoch) => epoch !== undefined);
  const inferred: TelmaiScanExecution = {
    executionId: id,
    status: ending,
    startedAt:
      lastRead?.startedAt ??
      isoOf(
        epochs((run) => run.startedAt),
        Math.min,
      ),
    finishedAt:
      ending === "finished"
        ? isoOf(
            epochs((run) => run.finishedAt),
            Math.max,
          )
        : null,
  };
  const scan = mapTelmaiExecution(id, inferred, linked);
  scan.raw = {
    ...(lastRead ? { execution: lastRead } : {}),
    runs: linked.runs,
    linkedBy: linked.linkedBy,
    executionFrom: "runs",
  };
  return scan;
}
