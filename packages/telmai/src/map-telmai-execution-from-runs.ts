import type { Scan } from "@scanstat/core";
import { epochOf } from "./asset-runs.js";
import type { TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecution } from "./map-telmai-scan.js";
import type { TelmaiVerdictContext } from "./telmai-result.js";
import type { TelmaiScanExecution } from "./telmai-schemas.js";

/** The earliest start and the latest end the runs give (epoch ms), undefined when none reads. */
function boundsOfRuns(linked: TelmaiExecutionRuns): { firstStart?: number; lastEnd?: number } {
  let firstStart: number | undefined;
  let lastEnd: number | undefined;
  for (const { run } of linked.runs) {
    const start = epochOf(run.startedAt);
    if (start !== undefined && (firstStart === undefined || start < firstStart)) firstStart = start;
    const end = epochOf(run.finishedAt);
    if (end !== undefined && (lastEnd === undefined || end > lastEnd)) lastEnd = end;
  }
  return { firstStart, lastEnd };
}

const isoOf = (epoch: number | undefined) => (epoch === undefined ? null : new Date(epoch).toISOString());

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
  const { firstStart, lastEnd } = boundsOfRuns(linked);
  const inferred: TelmaiScanExecution = {
    executionId: id,
    status: ending,
    startedAt: lastRead?.startedAt ?? isoOf(firstStart),
    finishedAt: ending === "finished" ? isoOf(lastEnd) : null,
  };
  const scan = mapTelmaiExecution(id, inferred, linked, context);
  const { runs, linkedBy } = linked;
  scan.raw = lastRead
    ? { execution: lastRead, runs, linkedBy, executionFrom: "runs" }
    : { runs, linkedBy, executionFrom: "runs" };
  return scan;
}
