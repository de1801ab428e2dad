import type { SimulatedOutcome } from "@scanstat/core/testing";
import type {
  TelmaiAssetRun,
  TelmaiAssetScanStatus,
  TelmaiIncident,
  TelmaiMonitorRun,
  TelmaiScanExecution,
} from "../client/telmai-schemas.js";

/** An asset of the simulated workspace and its enabled monitors. */
export interface TelmaiSimulatedAsset {
  assetId?: string;
  assetName: string;
  /** Monitor names, or how many (named "Monitor 1" …). At least one. */
  monitors: readonly string[] | number;
}

export const defaultTelmaiAssets: readonly TelmaiSimulatedAsset[] = [
  { assetName: "orders", monitors: ["Record Count", "Freshness", "Null Ratio", "Schema Drift"] },
  { assetName: "customers", monitors: ["Record Count", "Uniqueness", "Freshness"] },
  { assetName: "payments", monitors: ["Record Count", "Value Range", "Freshness", "Null Ratio", "Outliers"] },
];

interface Asset {
  assetId: string;
  assetName: string;
  monitors: Array<{ monitorId: string; monitorName: string }>;
}

export type TelmaiSimulatedOutcome = Extract<SimulatedOutcome, "pass" | "warn" | "fail" | "failed">;

interface Execution {
  executionId: string;
  jobId: string;
  startedAt: number;
  /** When the assets' runs start (after the job's container starts). */
  runsStartAt: number;
  durationMs: number;
  outcome: TelmaiSimulatedOutcome;
  assets: Asset[];
  /** The asset whose monitors fail for `warn` (one monitor) and `fail` (all). */
  troubledAssetId: string | undefined;
  /** The incidents its monitors raise (severity words), in the order they are detected. */
  incidents: readonly string[];
}

export interface StartExecutionOptions {
  outcome: TelmaiSimulatedOutcome;
  durationMs: number;
  queuedMs: number;
  /** Which assets it runs: all (a workspace scan) or one (a seeded, per-asset run). */
  scope: "workspace" | "one-asset";
  /** Severities of the incidents its monitors raise while it runs (any word: it is sent as given). */
  incidents?: readonly string[];
}

const iso = (epoch: number) => new Date(epoch).toISOString();
const pad = (value: number) => String(value).padStart(6, "0");

/**
 * The workspace's scan history as a timeline: every answer is computed from the time asked
 * (no timers), so runs move pending → running → completed/failed as the clock moves.
 */
export class TelmaiWorkspace {
  readonly #assets: Asset[];
  readonly #executions = new Map<string, Execution>();
  readonly #jobIds: "execution" | "batch";
  #count = 0;
  #nextSeededAsset = 0;

  constructor(assets: readonly TelmaiSimulatedAsset[], jobIds: "execution" | "batch") {
    if (assets.length === 0) throw new Error("the Telmai simulator needs at least one asset");
    this.#jobIds = jobIds;
    this.#assets = assets.map((asset, index) => {
      const names =
        typeof asset.monitors === "number"
          ? Array.from({ length: asset.monitors }, (_, monitor) => `Monitor ${monitor + 1}`)
          : [...asset.monitors];
      if (names.length === 0) throw new Error(`asset ${asset.assetName} needs at least one monitor`);
      const assetId = asset.assetId ?? `asset-${String(index + 1).padStart(4, "0")}`;
      return {
        assetId,
        assetName: asset.assetName,
        monitors: names.map((monitorName, monitor) => ({
          monitorId: `${assetId}-monitor-${monitor + 1}`,
          monitorName,
        })),
      };
    });
  }

  start(now: number, options: StartExecutionOptions): string {
    const number = ++this.#count;
    const executionId = `aca-exec-${pad(number)}`;
    const assets = options.scope === "workspace" ? this.#assets : [this.#pickIdleAsset(now)];
    // A batch id of its own starts a moment after the execution (the job's container starting).
    const batch = this.#jobIds === "batch";
    const runsStartAt = now + options.queuedMs + (batch ? 2_000 : 0);
    const troubled = [...assets].sort((a, b) => b.monitors.length - a.monitors.length)[0];
    this.#executions.set(executionId, {
      executionId,
      jobId: batch ? `batch-${pad(number)}` : executionId,
      startedAt: now,
      runsStartAt,
      durationMs: Math.max(1, options.durationMs),
      outcome: options.outcome,
      assets,
      troubledAssetId: troubled?.assetId,
      incidents: options.incidents ?? [],
    });
    return executionId;
  }

  /**
   * `GET /api/incidents`'s data before paging: every incident detected by `now`, newest first.
   * An execution's k-th of n incidents is detected at (k / (n + 1)) of its runs' time, on its
   * assets in turn, by each asset's first monitor; it stays `open` (nothing resolves it here).
   */
  incidents(now: number): TelmaiIncident[] {
    const found: Array<TelmaiIncident & { at: number }> = [];
    for (const execution of this.#executions.values()) {
      const count = execution.incidents.length;
      const span = this.#endOf(execution) - execution.runsStartAt;
      execution.incidents.forEach((severity, index) => {
        const at = execution.runsStartAt + Math.floor(((index + 1) * span) / (count + 1));
        if (now < at) return;
        const asset = execution.assets[index % execution.assets.length]!;
        found.push({
          id: `incident-${execution.executionId.slice(-6)}-${index + 1}`,
          monitorId: asset.monitors[0]!.monitorId,
          assetId: asset.assetId,
          productId: "lakehouse-0001",
          severity,
          status: "open",
          message: "Record count dropped 35% from baseline",
          metricValue: 8200,
          thresholdValue: 10000,
          detectedAt: iso(at),
          at,
        });
      });
    }
    return found.sort((a, b) => b.at - a.at).map(({ at: _at, ...incident }) => incident);
  }

  /** `GET /api/scan/status/{id}`'s data, or undefined for an id it does not know. */
  execution(executionId: string, now: number): TelmaiScanExecution | undefined {
    const execution = this.#executions.get(executionId);
    if (!execution) return undefined;
    const end = this.#endOf(execution);
    const over = now >= end;
    return {
      executionId,
      status: over ? (execution.outcome === "failed" ? "failed" : "finished") : "running",
      startedAt: iso(execution.startedAt),
      finishedAt: over ? iso(end) : null,
    };
  }

  /** `GET /api/assets/scan-status`'s data: each asset's current and last run at `now`. */
  assets(now: number): TelmaiAssetScanStatus[] {
    return this.#assets.map((asset) => {
      let current: { execution: Execution; startedAt: number } | undefined;
      let last: { execution: Execution; end: number } | undefined;
      for (const execution of this.#executions.values()) {
        if (!execution.assets.includes(asset) || now < execution.runsStartAt) continue;
        const end = this.#endOf(execution);
        if (now < end) {
          if (!current || execution.runsStartAt >= current.startedAt)
            current = { execution, startedAt: execution.runsStartAt };
        } else if (!last || end >= last.end) {
          last = { execution, end };
        }
      }
      const currentRun = current ? this.#run(current.execution, asset, now, true) : null;
      const lastRun = last ? this.#run(last.execution, asset, now, false) : null;
      return {
        assetId: asset.assetId,
        assetName: asset.assetName,
        status: currentRun ? "running" : (lastRun?.status ?? "idle"),
        lastCompletedAt: lastRun?.finishedAt ?? null,
        currentRun,
        lastRun,
      };
    });
  }

  /** Seeded scans take one asset each, an idle one when there is, so several can run side by side. */
  #pickIdleAsset(now: number): Asset {
    for (let tried = 0; tried < this.#assets.length; tried++) {
      const asset = this.#assets[(this.#nextSeededAsset + tried) % this.#assets.length]!;
      const busy = [...this.#executions.values()].some(
        (execution) => execution.assets.includes(asset) && now < this.#endOf(execution),
      );
      if (!busy) {
        this.#nextSeededAsset = (this.#nextSeededAsset + tried + 1) % this.#assets.length;
        return asset;
      }
    }
    const asset = this.#assets[this.#nextSeededAsset % this.#assets.length]!;
    this.#nextSeededAsset = (this.#nextSeededAsset + 1) % this.#assets.length;
    return asset;
  }

  /** A failed execution stops half-way; the others end when every monitor has run. */
  #endOf(execution: Execution): number {
    const span = execution.outcome === "failed" ? Math.floor(execution.durationMs / 2) : execution.durationMs;
    return execution.runsStartAt + span;
  }

  #run(execution: Execution, asset: Asset, now: number, withMonitors: boolean): TelmaiAssetRun {
    const end = this.#endOf(execution);
    const slot = execution.durationMs / asset.monitors.length;
    const troubled = asset.assetId === execution.troubledAssetId;
    const failing = (index: number) =>
      troubled &&
      (execution.outcome === "fail" ||
        (execution.outcome === "warn" && asset.monitors.length > 1 && index === asset.monitors.length - 1));
    const monitors: TelmaiMonitorRun[] = asset.monitors.map((monitor, index) => {
      const start = execution.runsStartAt + index * slot;
      const finish = start + slot;
      let stage: string;
      let error: string | null = null;
      if (now >= end && execution.outcome === "failed" && finish > end) {
        stage = "failed";
        error = "scan execution failed";
      } else if (now < start) {
        stage = "pending";
      } else if (now < finish) {
        stage = "running";
      } else if (failing(index)) {
        stage = "failed";
        error = "query failed: permission denied on table";
      } else {
        stage = "completed";
      }
      const durationMs = stage === "completed" || stage === "failed" ? Math.round(Math.min(finish, end) - start) : null;
      return { monitorId: monitor.monitorId, monitorName: monitor.monitorName, stage, durationMs, error };
    });
    const progress = {
      total: monitors.length,
      completed: monitors.filter((monitor) => monitor.stage === "completed").length,
      running: monitors.filter((monitor) => monitor.stage === "running").length,
      failed: monitors.filter((monitor) => monitor.stage === "failed").length,
      pending: monitors.filter((monitor) => monitor.stage === "pending").length,
    };
    const over = now >= end;
    let status = "running";
    if (over) {
      if (execution.outcome === "failed" || progress.failed === progress.total) status = "failed";
      else if (progress.failed > 0 || (troubled && execution.outcome === "warn")) status = "partial_failure";
      else status = "completed";
    }
    return {
      jobId: execution.jobId,
      status,
      startedAt: iso(execution.runsStartAt),
      finishedAt: over ? iso(end) : null,
      progress,
      ...(withMonitors ? { monitors } : {}),
    };
  }
}
