import type { CallOptions } from "@scanstat/core";
import type { TelmaiClient } from "./telmai-client.js";
import type { TelmaiAssetScanStatus } from "./telmai-schemas.js";

/** A guard against a server that keeps announcing pages. */
const maxAssetPages = 100;

/** Every asset's current and last run (`GET /api/assets/scan-status`), following pages if the answer announces more. */
export async function readTelmaiAssets(client: TelmaiClient, options?: CallOptions): Promise<TelmaiAssetScanStatus[]> {
  const first = await client.getAssetsScanStatus(undefined, options);
  const assets = [...first.data];
  const pagination = first.meta?.pagination;
  for (
    let page = (pagination?.page ?? 0) + 1;
    pagination && page <= Math.min(pagination.totalPages, maxAssetPages);
    page++
  ) {
    const next = await client.getAssetsScanStatus({ page, pageSize: pagination.pageSize }, options);
    if (next.data.length === 0) break;
    assets.push(...next.data);
  }
  return assets;
}
