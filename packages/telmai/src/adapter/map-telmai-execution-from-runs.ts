import type { Scan } from "@scanstat/core";
import type { TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecution } from "./map-telmai-scan.js";
import type { TelmaiVerdictContext } from "./telmai-result.js";
import type { TelmaiScanExecution } from "../client/telmai-schemas.js";
import { earliestIsoTime, latestIsoTime } from "../client/telmai-time.js";

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
  context?: TelmaiVerdictContext,
): Scan {
  const inferred: TelmaiScanExecution = {
    executionId: id,
    status: ending,
    startedAt: lastRead?.startedAt ?? earliestIsoTime(linked.runs.map(({ run }) => run.startedAt)) ?? null,
    finishedAt: ending === "finished" ? (latestIsoTime(linked.runs.map(({ run }) => run.finishedAt)) ?? null) : null,
  };
  const scan = mapTelmaiExecution(id, inferred, linked, context);
  const { runs, linkedBy } = linked;
  scan.raw = lastRead
    ? { execution: lastRead, runs, linkedBy, executionFrom: "runs" }
    : { runs, linkedBy, executionFrom: "runs" };
  return scan;
}
