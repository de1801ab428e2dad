import { type Schema, type Scan, validate } from "@scanstat/core";
import type { TelmaiAssetScanStatus } from "@scanstat/telmai";
// The schemas and mappers are internal to their packages (not on any entry): the bench reads them
// from source on purpose, the same functions the clients and adapters call, so the figures measure
// the parse and map steps alone, without HTTP around them.
import { mapHaloInProgressScan } from "../../../packages/halo/src/adapter/map-halo-scan.js";
import { haloInProgressScanListSchema } from "../../../packages/halo/src/client/halo-schemas.js";
import { mapProjectDiscoveryScan } from "../../../packages/projectdiscovery/src/adapter/map-projectdiscovery-scan.js";
import { projectDiscoveryScanPageSchema } from "../../../packages/projectdiscovery/src/client/projectdiscovery-schemas.js";
import { mapSodaScan } from "../../../packages/soda/src/adapter/map-soda-scan.js";
import { sodaScanStatusSchema } from "../../../packages/soda/src/client/soda-schemas.js";
import { assetRuns, runsByJob } from "../../../packages/telmai/src/adapter/asset-runs.js";
import { mapTelmaiJob } from "../../../packages/telmai/src/adapter/map-telmai-scan.js";
import { telmaiAssetScanStatusSchema } from "../../../packages/telmai/src/client/telmai-schemas.js";

/**
 * What the library does with a vendor's bodies: JSON.parse, the package's zod/mini schema
 * through core's `validate`, and (unless `map` is false) the package's mapper to Scans.
 * Returns a count so no step can be optimized away.
 */
export type VendorPipeline = (bodies: readonly string[], map: boolean) => number;

function checked<T>(schema: Schema<T>, data: unknown): T {
  const result = validate(schema, data);
  if (!result.ok) throw new Error(`payload does not fit the schema: ${result.field} ${result.problem}`);
  return result.data;
}

const countScans = (scans: readonly Scan[]) => scans.length;

export const vendorPipelines: Record<string, VendorPipeline> = {
  soda(bodies, map) {
    let count = 0;
    for (const body of bodies) {
      const status = checked(sodaScanStatusSchema, JSON.parse(body));
      count += map ? (mapSodaScan(status.id ?? "", status).state ? 1 : 0) : 1;
    }
    return count;
  },

  projectdiscovery(bodies, map) {
    let count = 0;
    for (const body of bodies) {
      const page = checked(projectDiscoveryScanPageSchema, JSON.parse(body));
      const items = page.data ?? [];
      count += map ? countScans(items.map((item) => mapProjectDiscoveryScan(item))) : items.length;
    }
    return count;
  },

  telmai(bodies, map) {
    // As `listScans` does: every page of assets, then one scan per job across them.
    const assets: TelmaiAssetScanStatus[] = [];
    for (const body of bodies) {
      // The envelope `{data, error, meta}`; bench has no zod of its own, so `data` is checked item by item.
      const envelope = JSON.parse(body) as { data?: unknown };
      if (!Array.isArray(envelope.data)) throw new Error("telmai payload: data is not an array");
      for (const asset of envelope.data) assets.push(checked(telmaiAssetScanStatusSchema, asset));
    }
    if (!map) return assets.length;
    const jobs = runsByJob(assetRuns(assets));
    return countScans([...jobs].map(([jobId, runs]) => mapTelmaiJob(jobId, runs)));
  },

  halo(bodies, map) {
    let count = 0;
    for (const body of bodies) {
      const page = checked(haloInProgressScanListSchema, JSON.parse(body));
      count += map ? countScans(page.list.map((item) => mapHaloInProgressScan(item))) : page.list.length;
    }
    return count;
  },
};

/** The baseline: JSON.parse of the same bodies, nothing else. */
export function parseOnly(bodies: readonly string[]): number {
  let count = 0;
  for (const body of bodies) count += JSON.parse(body) === null ? 0 : 1;
  return count;
}
