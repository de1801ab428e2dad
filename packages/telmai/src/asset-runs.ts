import type { TelmaiAssetRun, TelmaiAssetScanStatus } from "./telmai-schemas.js";

/** One asset's run, with the asset it belongs to. */
export interface TelmaiLinkedRun {
  assetId: string;
  assetName?: string;
  run: TelmaiAssetRun;
}

/** Every asset's current and last run, once each (an asset never lists one job twice). */
export function assetRuns(assets: readonly TelmaiAssetScanStatus[]): TelmaiLinkedRun[] {
  const runs: TelmaiLinkedRun[] = [];
  for (const asset of assets) {
    const seen = new Set<string>();
    for (const run of [asset.currentRun, asset.lastRun]) {
      if (!run || seen.has(run.jobId)) continue;
      seen.add(run.jobId);
      runs.push({ assetId: asset.assetId, ...(asset.assetName ? { assetName: asset.assetName } : {}), run });
    }
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
