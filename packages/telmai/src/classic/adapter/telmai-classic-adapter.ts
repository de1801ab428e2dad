import {
  type AdapterCapabilities,
  type CallOptions,
  type CommonAdapterSettings,
  NotFoundError,
  type Scan,
  type ScanAdapter,
  type ScanRef,
  ScanstatError,
  type TriggerInput,
  VendorResponseError,
} from "@scanstat/core";
import { type MapTelmaiClassicScanInput, mapTelmaiClassicScan } from "./map-telmai-classic-scan.js";
import {
  createTelmaiClassicClient,
  type TelmaiClassicClient,
  type TelmaiClassicClientSettings,
} from "../client/telmai-classic-client.js";
import { resolveTelmaiClassicRateLimits, telmaiClassicOperations } from "../telmai-classic-rate-limits.js";
import { operationRateLimits, parseTriggerInput, requireScanId } from "@scanstat/core/adapter-kit";
import { telmaiProductTriggers } from "../../manifest.js";
import { formatTelmaiClassicScanId, parseTelmaiClassicScanId } from "./telmai-classic-scan-id.js";

export type TelmaiClassicAdapterSettings = CommonAdapterSettings & TelmaiClassicClientSettings;

/** What starts a Telmai classic scan: `triggerScan` checks its input against classic's trigger and reads it as this. */
export type TelmaiClassicTriggerInput = {
  /** The asset to scan (path parameter `assetId` of `…/assets/{assetId}/batch_data`). */
  assetId: string;
};

export interface TelmaiClassicAdapter extends ScanAdapter {
  readonly vendor: "telmai";
  /** The vendor client underneath, for calls the adapter does not make (incidents, the older alerts form). */
  readonly client: TelmaiClassicClient;
  triggerScan(input: TriggerInput, options?: CallOptions): Promise<ScanRef>;
}

/** No cancel, logs or list endpoint is documented for classic jobs; one job per read. */
const capabilities: AdapterCapabilities = { trigger: true, cancel: false, list: false, logs: false, batchGet: false };

/**
 * Telmai classic: a scan is a job of one asset. `triggerScan({ assetId })` starts it and returns
 * the ref `telmai:<asset>~<job>` (see `formatTelmaiClassicScanId`); `getScan` reads the job and,
 * once it has finished, its alerts: the verdict comes from their priorities through the severity
 * policy. When the alerts cannot be read the scan ends without a verdict, never with a pass.
 */
export function createTelmaiClassicAdapter(settings: TelmaiClassicAdapterSettings): TelmaiClassicAdapter {
  const client = createTelmaiClassicClient(settings);

  async function readAlerts(
    assetId: string | undefined,
    jobId: string,
    options: CallOptions | undefined,
  ): Promise<NonNullable<MapTelmaiClassicScanInput["alerts"]>> {
    try {
      const alerts = assetId
        ? await client.getSourceJobAlerts(assetId, jobId, options)
        : await client.getJobAlerts(jobId, options);
      return { ok: true, alerts };
    } catch (error) {
      // The caller gave up: that is not an answer about the alerts. A failure that may pass
      // (network, timeout, 5xx, 429, a body cut short) is thrown, so a watch looks again rather
      // than ending the scan without a verdict for good.
      if (options?.signal?.aborted || !ScanstatError.isInstance(error) || error.transient) throw error;
      return { ok: false, reason: client.redact(error.message.split("\n")[0] ?? error.message) };
    }
  }

  return {
    vendor: "telmai",
    capabilities,
    rateLimits: operationRateLimits(telmaiClassicOperations, resolveTelmaiClassicRateLimits(settings.rateLimits)),
    client,

    async getScan(id, options): Promise<Scan> {
      const { assetId, jobId } = parseTelmaiClassicScanId(
        requireScanId(id, { vendor: "telmai", operation: "getScan" }),
      );
      const job = await client.getJob(jobId, options).catch((error: unknown) => {
        if (NotFoundError.isInstance(error) && !error.message.includes(" — ")) {
          error.message += ` — tenant ${client.tenant} has no job "${jobId}"`;
        }
        throw error;
      });
      const input: MapTelmaiClassicScanInput = {
        id: id.trim(),
        job,
        ...(assetId !== undefined ? { assetId } : {}),
        ...(settings.severityPolicy ? { severityPolicy: settings.severityPolicy } : {}),
      };
      // Alerts only once the job has finished: they are the verdict's evidence, not progress.
      if (job.status.trim().toUpperCase() === "FINISHED") input.alerts = await readAlerts(assetId, jobId, options);
      return mapTelmaiClassicScan(input);
    },

    async triggerScan(input, options) {
      const { assetId: asset } = parseTriggerInput<TelmaiClassicTriggerInput>(
        { vendor: "telmai", trigger: telmaiProductTriggers.classic },
        input,
      );
      const started = await client.triggerAssetScan(asset, options);
      const jobId = started.job_id.trim();
      if (!jobId) {
        throw new VendorResponseError("telmai triggerAssetScan: the scan started without a job id", {
          vendor: "telmai",
          operation: "triggerAssetScan",
          field: "job_id",
          mayHaveActed: true,
        });
      }
      return { vendor: "telmai", id: formatTelmaiClassicScanId({ assetId: asset, jobId }) };
    },
  };
}
