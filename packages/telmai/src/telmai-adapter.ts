import {
  type AdapterCapabilities,
  type CallOptions,
  type CommonAdapterSettings,
  InvalidRequestError,
  isTerminalState,
  type ListScansQuery,
  NotFoundError,
  PermissionError,
  type Scan,
  type ScanAdapter,
  type ScanLookup,
  type ScanRef,
  ScanstatError,
  type TriggerInput,
  VendorResponseError,
} from "@scanstat/core";
import { assetRuns, epochOf, runsByJob } from "./asset-runs.js";
import { linkExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
import { mapTelmaiScanState } from "./map-telmai-scan-state.js";
import type { TelmaiToken } from "./telmai-auth.js";
import { createTelmaiClient, type TelmaiClient } from "./telmai-client.js";
import { resolveTelmaiRateLimits, telmaiOperationRateLimits } from "./telmai-rate-limits.js";
import type { TelmaiAssetScanStatus } from "./telmai-schemas.js";

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
};

export interface TelmaiAdapter extends ScanAdapter {
  readonly vendor: "telmai";
  /** The vendor client underneath, for calls the adapter does not make. */
  readonly client: TelmaiClient;
  getScans(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]>;
  triggerScan(input?: TriggerInput, options?: CallOptions): Promise<ScanRef>;
  listScans(query?: ListScansQuery, options?: CallOptions): AsyncIterable<Scan>;
}

const capabilities: AdapterCapabilities = { trigger: true, cancel: false, list: true, logs: false, batchGet: true };

/** A guard against a server that keeps announcing pages. */
const maxAssetPages = 100;

/**
 * Telmai runs every enabled monitor of the token's workspace on one trigger; the execution id
 * is the scan id. Progress and results come from the assets' runs (one call for all assets).
 * No cancel, no logs: the vendor has neither.
 */
export function createTelmaiAdapter(settings: TelmaiAdapterSettings): TelmaiAdapter {
  const client = createTelmaiClient(settings);
  const linkOptions = { byTime: settings.linkRunsByTime ?? true };

  /** Every asset, following pages if the answer announces more. */
  async function readAssets(options?: CallOptions): Promise<TelmaiAssetScanStatus[]> {
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

  /**
   * Each execution's status, then (once, shared) the assets for progress and results. A failed
   * execution needs no assets. A token without `assets:read` still gets the executions' own
   * status: that 403 leaves details unknown rather than failing. An id the status endpoint does
   * not know may be a batch of asset runs (`listScans` yields those, scheduled runs included).
   */
  async function lookUp(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]> {
    const statuses = await Promise.all(
      ids.map((id) =>
        client.getScanStatus(id, options).then(
          (answer) => answer.data,
          (error: unknown) => {
            if (ScanstatError.isInstance(error)) return error;
            throw error;
          },
        ),
      ),
    );
    let assets: Promise<TelmaiAssetScanStatus[] | undefined> | undefined;
    const details = () =>
      (assets ??= readAssets(options).catch((error: unknown) => {
        if (PermissionError.isInstance(error)) return undefined;
        throw error;
      }));
    return Promise.all(
      ids.map(async (id, index): Promise<ScanLookup> => {
        const status = statuses[index]!;
        try {
          if (ScanstatError.isInstance(status)) {
            if (!NotFoundError.isInstance(status)) throw status;
            const known = await details().catch(() => undefined);
            const runs = assetRuns(known ?? []).filter((linked) => linked.run.jobId === id);
            if (runs.length === 0) throw status;
            return { id, ok: true, scan: mapTelmaiJob(id, runs) };
          }
          const found = mapTelmaiScanState(status.status) === "failed" ? undefined : await details();
          const linked = found && linkExecutionRuns(status, found, linkOptions);
          return { id, ok: true, scan: mapTelmaiExecution(id, status, linked) };
        } catch (error) {
          if (ScanstatError.isInstance(error)) return { id, ok: false, error };
          throw error;
        }
      }),
    );
  }

  return {
    vendor: "telmai",
    capabilities,
    rateLimits: telmaiOperationRateLimits(resolveTelmaiRateLimits(settings.rateLimits)),
    client,

    async getScan(id, options) {
      const [lookup] = await lookUp([id], options);
      if (!lookup?.ok) throw lookup?.error;
      return lookup.scan;
    },

    getScans: lookUp,

    async triggerScan(input = {}, options) {
      const given = Object.keys(input).filter((name) => {
        const value = input[name as keyof TriggerInput];
        return value !== undefined && !(Array.isArray(value) && value.length === 0);
      });
      if (given.length > 0) {
        throw new InvalidRequestError(
          `telmai takes no trigger options (got ${given.join(", ")}): it runs every enabled monitor of the token's workspace`,
          { vendor: "telmai", operation: "triggerScan" },
        );
      }
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
      const jobs = runsByJob(assetRuns(await readAssets(options)));
      const scans = [...jobs].map(([jobId, runs]) => mapTelmaiJob(jobId, runs));
      // Newest first, as a list of scans usually reads.
      scans.sort((a, b) => (epochOf(b.startedAt) ?? 0) - (epochOf(a.startedAt) ?? 0));
      let yielded = 0;
      for (const scan of scans) {
        if (query.active && isTerminalState(scan.state)) continue;
        if (yielded++ === query.limit) return;
        yield scan;
      }
    },
  };
}
