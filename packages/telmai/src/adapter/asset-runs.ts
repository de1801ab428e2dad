import type { TelmaiAssetRun, TelmaiAssetScanStatus } from "../client/telmai-schemas.js";

/** One asset's run, with the asset it belongs to. */
export interface TelmaiLinkedRun {
  assetId: string;
  assetName?: string;
  run: TelmaiAssetRun;
}

const linkedRun = (asset: TelmaiAssetScanStatus, run: TelmaiAssetRun): TelmaiLinkedRun =>
  asset.assetName ? { assetId: asset.assetId, assetName: asset.assetName, run } : { assetId: asset.assetId, run };

/** Every asset's current and last run, once each (an asset never lists one job twice). */
export function assetRuns(assets: readonly TelmaiAssetScanStatus[]): TelmaiLinkedRun[] {
  const runs: TelmaiLinkedRun[] = [];
  for (const asset of assets) {
    const { currentRun, lastRun } = asset;
    if (currentRun) runs.push(linkedRun(asset, currentRun));
    if (lastRun && lastRun.jobId !== currentRun?.jobId) runs.push(linkedRun(asset, lastRun));
  }
  return runs;
}

/** Runs grouped by `jobId`, in the order first seen. */
export function runsByJob(runs: readonly TelmaiLinkedRun[]): Map<string, TelmaiLinkedRun[]> {
  const jobs = new Map<string, TelmaiLinkedRun[]>();
  for (const linked of runs) {
    const job = jobs.get(linked.run.jobId);
    if (job) job.push(linked);
    else jobs.set(linked.run.jobId, [linked]);
  }
  return jobs;
}

export function epochOf(timestamp: string | null | undefined): number | undefined {
  if (!timestamp) return undefined;
  const epoch = Date.parse(timestamp);
  return Number.isNaN(epoch) ? undefined : epoch;
}
