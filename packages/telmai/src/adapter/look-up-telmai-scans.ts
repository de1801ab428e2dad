import {
  type CallOptions,
  type Clock,
  isTerminalState,
  NotFoundError,
  PermissionError,
  type Scan,
  type ScanLookup,
  ScanstatError,
  type SeverityPolicy,
} from "@scanstat/core";
import { assetRuns, runsByJob, type TelmaiLinkedRun } from "./asset-runs.js";
import { endingOfRuns } from "./ending-of-runs.js";
import { type LinkExecutionRunsOptions, linkExecutionRuns, type TelmaiExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecutionFromRuns } from "./map-telmai-execution-from-runs.js";
import { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
import { mapTelmaiScanState } from "./map-telmai-scan-state.js";
import { readTelmaiAssets } from "../client/read-telmai-assets.js";
import { readTelmaiIncidents } from "../client/read-telmai-incidents.js";
import type { TelmaiClient } from "../client/telmai-client.js";
import { incidentWindowOf, type TelmaiIncidentsReading, type TelmaiIncidentWindow } from "./telmai-incidents.js";
import type { TelmaiVerdictContext } from "./telmai-result.js";
import { createTelmaiScanMemory, type TelmaiRememberedScan } from "./telmai-scan-memory.js";
import type { TelmaiAssetScanStatus, TelmaiScanExecution } from "../client/telmai-schemas.js";

export interface TelmaiLookUpSettings {
  client: TelmaiClient;
  clock: Clock;
  link: LinkExecutionRunsOptions;
  /** Decide that an execution finished from its runs (see `endingOfRuns`) instead of reading it. */
  inferEndingFromRuns: boolean;
  severityPolicy?: SeverityPolicy;
}

export interface TelmaiLookUpOptions {
  /** The assets as already read this round (`listScans`): not read again. */
  assets?: TelmaiAssets;
  /**
   * Read a batch whose execution cannot be read for want of `scan:trigger` (403) from its runs,
   * as one with no execution (`listScans`: listing needs `assets:read` only).
   */
  forbiddenAsJob?: boolean;
}

/**
 * Runs that have not moved for this long get their execution read once more: an execution that
 * died may leave its runs `running` for ever, and only its own word says so.
 */
export const stalledRunsMs = 10 * 60_000;

/** The assets as read once, with their runs by batch; no list when the token may not read them. */
export interface TelmaiAssets {
  list: TelmaiAssetScanStatus[] | undefined;
  jobs: ReadonlyMap<string, TelmaiLinkedRun[]>;
}

type Assets = TelmaiAssets;

/** A scan built once the incidents are known (a finished one's verdict needs them). */
type ScanOf = (context?: TelmaiVerdictContext) => Scan;

type FirstLook = { scan: ScanOf } | { execution: TelmaiScanExecution } | { error: ScanstatError };

/** What the runs show of their progress; equal strings mean nothing moved. */
function runsFingerprint(runs: readonly TelmaiLinkedRun[]): string {
  return runs
    .map(({ assetId, run }) => {
      const progress = run.progress;
      const counts = progress
        ? `${progress.completed},${progress.failed},${progress.running},${progress.pending}`
        : (run.monitors ?? []).map((monitor) => monitor.stage).join(",");
      return `${assetId}:${run.status}:${counts}`;
    })
    .join(";");
}

/**
 * `getScans` for Telmai in O(1) requests per round: the assets first (one call, or one per
 * page of 100), and every scan they explain answered from them:
 * - runs that carry the scan id as their `jobId` explain it (the execution id is the batch id);
 * - so do the runs of a batch linked to the execution by time on an earlier read (remembered);
 * - an execution whose runs still run is running; one whose own runs (its id as `jobId`) all
 *   ended cleanly finished (see `endingOfRuns`).
 * `GET /api/scan/status/{id}` is read only where the runs cannot tell: an id no run explains (its
 * runs not started yet, a batch of its own not yet linked, or no `assets:read`), runs that ended
 * with a failure (finished or failed?), runs with words this version does not know, the end of
 * a batch linked by time (once), and runs that stopped moving for `stalledRunsMs`. A token that may not read assets (403) falls back to
 * one status read per scan. An id that neither knows is a `NotFoundError`. A status read after
 * the assets may find an execution ended whose runs the assets showed still running (or not
 * yet): then the assets are read once more, after every status answer of the round. Scans
 * that ended get their verdict from one `GET /api/incidents` for all of them (`withIncidents`).
 */
export function createTelmaiLookUp(settings: TelmaiLookUpSettings) {
  const { client, clock } = settings;
  const memory = createTelmaiScanMemory();

  async function readAssetsIfAllowed(options?: CallOptions): Promise<TelmaiAssetScanStatus[] | undefined> {
    try {
      return await readTelmaiAssets(client, options);
    } catch (error) {
      if (PermissionError.isInstance(error)) return undefined;
      throw error;
    }
  }

  function linkedRuns(
    id: string,
    jobs: ReadonlyMap<string, TelmaiLinkedRun[]>,
    remembered: TelmaiRememberedScan | undefined,
  ): TelmaiExecutionRuns | undefined {
    // The execution's own id wins over a time link (its own runs may show up late).
    const own = jobs.get(id);
    if (own) return { linkedBy: "jobId", runs: own };
    const batch = remembered?.jobId === undefined ? undefined : jobs.get(remembered.jobId);
    return batch ? { linkedBy: "time", runs: batch } : undefined;
  }

  /** The execution's runs in `assets`: as remembered or by its own id, else linked anew (by time). */
  function runsOf(execution: TelmaiScanExecution, id: string, assets: Assets): TelmaiExecutionRuns | undefined {
    if (!assets.list) return undefined;
    return linkedRuns(id, assets.jobs, memory.get(id)) ?? linkExecutionRuns(execution, assets.list, settings.link);
  }

  /** True when the runs have looked the same for `stalledRunsMs` (and notes them when they moved). */
  function stalled(id: string, runs: readonly TelmaiLinkedRun[]): boolean {
    const seen = runsFingerprint(runs);
    const remembered = memory.get(id);
    if (remembered?.runsSeen !== seen || remembered.runsSeenSince === undefined) {
      memory.update(id, { runsSeen: seen, runsSeenSince: clock.now() });
      return false;
    }
    return clock.now() - remembered.runsSeenSince >= stalledRunsMs;
  }

  /** A scan from its runs alone, or the execution's own word where they cannot tell. */
  async function firstLook(
    id: string,
    assets: Assets,
    options?: CallOptions,
    forbiddenAsJob = false,
  ): Promise<FirstLook> {
    const remembered = memory.get(id);
    const linked = linkedRuns(id, assets.jobs, remembered);
    if (linked) {
      const ending = endingOfRuns(linked.runs);
      if (ending === "running" && !stalled(id, linked.runs)) {
        return {
          scan: (context) => mapTelmaiExecutionFromRuns(id, linked, "running", remembered?.execution, context),
        };
      }
      // Only runs that carry its own id: a time link is an inference already, its ending is read.
      if (ending === "finished" && settings.inferEndingFromRuns && linked.linkedBy === "jobId") {
        memory.forget(id);
        return {
          scan: (context) => mapTelmaiExecutionFromRuns(id, linked, "finished", remembered?.execution, context),
        };
      }
    }
    try {
      return { execution: (await client.getScanStatus(id, options)).data };
    } catch (error) {
      // Runs with no execution behind them: a batch of their own (scheduled runs, as listScans yields).
      const asJob = NotFoundError.isInstance(error) || (forbiddenAsJob && PermissionError.isInstance(error));
      if (asJob && linked?.linkedBy === "jobId") {
        memory.forget(id);
        return { scan: (context) => mapTelmaiJob(id, linked.runs, context) };
      }
      throw error;
    }
  }

  /**
   * An execution that says it finished while its runs, as read before, still ran or did not show:
   * they were read before it ended, so they are not its final runs.
   */
  function endedAfter(execution: TelmaiScanExecution, id: string, assets: Assets): boolean {
    if (!assets.list || mapTelmaiScanState(execution.status) !== "completed") return false;
    const runs = runsOf(execution, id, assets)?.runs ?? [];
    return runs.length === 0 || endingOfRuns(runs) === "running";
  }

  function scanOfExecution(id: string, execution: TelmaiScanExecution, assets: Assets): ScanOf {
    const state = mapTelmaiScanState(execution.status);
    // A failed execution's runs add nothing: it has no result.
    const runs = state === "failed" ? undefined : runsOf(execution, id, assets);
    if (isTerminalState(state)) {
      memory.forget(id);
    } else {
      const jobId = runs?.linkedBy === "time" ? runs.runs[0]?.run.jobId : undefined;
      memory.update(id, {
        execution,
        ...(jobId === undefined ? {} : { jobId }),
        ...(runs && runs.runs.length > 0 ? { runsSeen: runsFingerprint(runs.runs), runsSeenSince: clock.now() } : {}),
      });
    }
    return (context) => mapTelmaiExecution(id, execution, runs, context);
  }

  async function assetsRead(options?: CallOptions): Promise<Assets> {
    const list = await readAssetsIfAllowed(options);
    return { list, jobs: runsByJob(assetRuns(list ?? [])) };
  }

  /**
   * The incidents of every scan that ended: one read for the round (see `readTelmaiIncidents`),
   * then each such scan built again with them. Scans still running need none; when the read
   * fails, the scans that ended fail with it (and a watch looks again).
   */
  async function withIncidents(
    built: Array<Scan | undefined>,
    scanOf: Array<ScanOf | undefined>,
    options?: CallOptions,
  ): Promise<Array<Scan | ScanstatError | undefined>> {
    const windows: TelmaiIncidentWindow[] = [];
    for (const scan of built) {
      const window = scan?.state === "completed" ? incidentWindowOf(scan.startedAt, scan.finishedAt) : undefined;
      if (window) windows.push(window);
    }
    if (windows.length === 0) return built;
    let incidents: TelmaiIncidentsReading;
    try {
      incidents = await readTelmaiIncidents(client, windows, options);
    } catch (error) {
      if (!ScanstatError.isInstance(error)) throw error;
      return built.map((scan) => (scan?.state === "completed" ? error : scan));
    }
    const { severityPolicy } = settings;
    const context: TelmaiVerdictContext = severityPolicy ? { incidents, severityPolicy } : { incidents };
    return built.map((scan, index) => (scan?.state === "completed" ? scanOf[index]!(context) : scan));
  }

  return async function lookUp(
    ids: readonly string[],
    options?: CallOptions,
    lookUpOptions: TelmaiLookUpOptions = {},
  ): Promise<ScanLookup[]> {
    if (ids.length === 0) return [];
    const failed = (error: unknown) => {
      if (!ScanstatError.isInstance(error)) throw error;
      return error;
    };
    let assets: Assets;
    try {
      assets = lookUpOptions.assets ?? (await assetsRead(options));
    } catch (error) {
      const failure = failed(error);
      return ids.map((id) => ({ id, ok: false, error: failure }));
    }
    const looks = await Promise.all(
      ids.map((id) =>
        firstLook(id, assets, options, lookUpOptions.forbiddenAsJob).catch((error: unknown) => ({
          error: failed(error),
        })),
      ),
    );
    // Status answers come after the assets were read: an execution that ended in between needs
    // the assets once more (one read for all such scans, after every status answer).
    let latest = assets;
    let refreshFailure: ScanstatError | undefined;
    if (looks.some((look, index) => "execution" in look && endedAfter(look.execution, ids[index]!, assets))) {
      try {
        latest = await assetsRead(options);
      } catch (error) {
        refreshFailure = failed(error);
      }
    }
    const errors: Array<ScanstatError | undefined> = [];
    const scanOf = looks.map((look, index): ScanOf | undefined => {
      const id = ids[index]!;
      if ("error" in look) errors[index] = look.error;
      else if ("scan" in look) return look.scan;
      else if (refreshFailure && endedAfter(look.execution, id, assets)) errors[index] = refreshFailure;
      else return scanOfExecution(id, look.execution, latest);
      return undefined;
    });
    const scans = await withIncidents(
      scanOf.map((build) => build?.()),
      scanOf,
      options,
    );
    return ids.map((id, index): ScanLookup => {
      const scan = scans[index];
      if (ScanstatError.isInstance(scan)) return { id, ok: false, error: scan };
      return scan ? { id, ok: true, scan } : { id, ok: false, error: errors[index]! };
    });
  };
}
