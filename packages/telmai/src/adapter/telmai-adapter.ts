import {
  type CallOptions,
  type CommonAdapterSettings,
  isTerminalState,
  type InvalidScanRefError,
  type ListScansQuery,
  type Scan,
  type ScanAdapter,
  type ScanLookup,
  type ScanRef,
  systemClock,
  type TriggerInput,
  VendorResponseError,
} from "@scanstat/core";
import {
  applyListing,
  operationRateLimits,
  parseTriggerInput,
  readListing,
  requireScanId,
} from "@scanstat/core/adapter-kit";
import { assetRuns, epochOf, runsByJob } from "./asset-runs.js";
import { createTelmaiLookUp } from "./look-up-telmai-scans.js";
import { mapTelmaiJob } from "./map-telmai-scan.js";
import { readTelmaiAssets } from "../client/read-telmai-assets.js";
import type { TelmaiToken } from "../client/telmai-auth.js";
import { createTelmaiClient, type TelmaiClient } from "../client/telmai-client.js";
import { manifest, telmaiProductTriggers } from "../manifest.js";
import { resolveTelmaiRateLimits } from "../telmai-rate-limits.js";

export type TelmaiAdapterSettings = CommonAdapterSettings & {
  /** `TELMAI_BASE_URL`: required, with or without a trailing `/api`. */
  baseUrl: string;
  /** `TELMAI_TOKEN`, or an async provider asked again when a call answers 401. */
  token: TelmaiToken;
  /**
   * When no asset run carries the execution's id as its `jobId`, take the batch that started
   * with the execution for its own (see `linkExecutionRuns`). Default true.
   */
  linkRunsByTime?: boolean;
  /**
   * Take an execution whose own runs (its id as their `jobId`) all ended `completed` or
   * `partial_failure` for finished, without reading its status (see `endingOfRuns`). Default
   * true; false reads `scan/status` once for every scan whose runs have ended.
   */
  inferEndingFromRuns?: boolean;
};

export interface TelmaiAdapter extends ScanAdapter {
  readonly vendor: "telmai";
  /** The vendor client underneath, for calls the adapter does not make. */
  readonly client: TelmaiClient;
  getScans(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]>;
  triggerScan(input?: TriggerInput, options?: CallOptions): Promise<ScanRef>;
  listScans(query?: ListScansQuery, options?: CallOptions): AsyncIterable<Scan>;
}

/**
 * Telmai runs every enabled monitor of the token's workspace on one trigger; the execution id
 * is the scan id. Progress, results and mostly the state too come from the assets' runs (one
 * call for all assets, see `createTelmaiLookUp`). No cancel, no logs: the vendor has neither.
 */
export function createTelmaiAdapter(settings: TelmaiAdapterSettings): TelmaiAdapter {
  const client = createTelmaiClient(settings);

  const lookUp = createTelmaiLookUp({
    client,
    clock: settings.clock ?? systemClock,
    link: { byTime: settings.linkRunsByTime ?? true },
    inferEndingFromRuns: settings.inferEndingFromRuns ?? true,
    ...(settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}),
  });

  /** Blank ids are the caller's mistake: answered here, never sent (and they cost no assets read). */
  async function lookUpNonBlank(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]> {
    const blankLookup = (id: string): ScanLookup | undefined => {
      try {
        requireScanId(id, { vendor: "telmai", operation: "getScans" });
        return undefined;
      } catch (error) {
        return { id, ok: false, error: error as InvalidScanRefError };
      }
    };
    const answers = await lookUp(
      ids.filter((id) => !blankLookup(id)),
      options,
    );
    let next = 0;
    return ids.map((id) => blankLookup(id) ?? answers[next++]!);
  }

  return {
    vendor: "telmai",
    capabilities: manifest.capabilities,
    rateLimits: operationRateLimits(manifest.rateLimits.operations, resolveTelmaiRateLimits(settings.rateLimits)),
    client,

    async getScan(id, options) {
      requireScanId(id, { vendor: "telmai", operation: "getScan" });
      const [lookup] = await lookUp([id], options);
      if (!lookup?.ok) throw lookup?.error;
      return lookup.scan;
    },

    getScans: lookUpNonBlank,

    async triggerScan(input, options) {
      // Fabric takes no option: one trigger runs every enabled monitor of the token's workspace.
      parseTriggerInput({ vendor: "telmai", trigger: telmaiProductTriggers.fabric }, input);
      const { data, meta } = await client.runScan(options);
      if (!data.executionId) {
        // Checked here, not in the schema: a zod length check costs a third of a KB in every bundle.
        throw new VendorResponseError(
          `telmai runScan: the scan started without an execution id${meta?.requestId ? ` (Telmai request id ${meta.requestId})` : ""}`,
          { vendor: "telmai", operation: "runScan", field: "data.executionId", mayHaveActed: true },
        );
      }
      return { vendor: "telmai", id: data.executionId };
    },

    async *listScans(query = {}, options) {
      const listing = readListing(manifest, query);
      const list = await readTelmaiAssets(client, options);
      const jobs = runsByJob(assetRuns(list));
      // Newest first, as a list of scans usually reads; the runs' own state picks the active ones.
      const listed = [...jobs]
        .map(([jobId, runs]) => mapTelmaiJob(jobId, runs))
        .filter((scan) => !(listing.active && isTerminalState(scan.state)))
        .sort((a, b) => (epochOf(b.startedAt) ?? 0) - (epochOf(a.startedAt) ?? 0))
        .slice(0, listing.limit)
        .map((scan) => scan.ref.id);
      // Each then read as `getScan` reads it (same runs, same incidents, same verdict).
      const lookups = await lookUp(listed, options, { assets: { list, jobs }, forbiddenAsJob: true });
      async function* looked() {
        for (const lookup of lookups) {
          if (!lookup.ok) throw lookup.error;
          yield lookup.scan;
        }
      }
      yield* applyListing(looked(), listing);
    },
  };
}
