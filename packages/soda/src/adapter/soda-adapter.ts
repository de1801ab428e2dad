import { type CommonAdapterSettings, type LogLine, pageCapError, type ScanAdapter, systemClock } from "@scanstat/core";
import { operationRateLimits, parseTriggerInput, requireScanId, resolveRateBudgets } from "@scanstat/core/adapter-kit";
import { manifest } from "../manifest.js";
import { mapSodaScan } from "./map-soda-scan.js";
import type { SodaCredentials } from "../client/soda-auth.js";
import type { SodaRegion } from "../client/soda-base-url.js";
import { createSodaClient, sodaMaxLogPageSize } from "../client/soda-client.js";
import { sodaDefaultRateLimits } from "../soda-rate-limits.js";
import type { SodaScanLogsPage } from "../client/soda-api-types.js";

/** Log pages one read may take: ten million lines at Soda's largest page. */
export const sodaMaxLogPages = 10_000;

export type SodaAdapterSettings = CommonAdapterSettings &
  Partial<SodaCredentials> & {
    /** `eu` (default) or `us`; `baseUrl` wins. */
    region?: SodaRegion;
  };

function hasNextPage(page: SodaScanLogsPage, pageNumber: number, size: number): boolean {
  if (page.content.length === 0) return false;
  if (typeof page.last === "boolean") return !page.last;
  if (typeof page.totalPages === "number") return pageNumber + 1 < page.totalPages;
  return page.content.length >= size;
}

/** What starts a Soda scan: `triggerScan` checks its input against the manifest and reads it as this. */
export type SodaTriggerInput = {
  /** The scan definition to run. */
  definition: string;
  /** The data timestamp the scan checks (ISO-8601); Soda's default is now. */
  dataTimestamp?: string;
};

/** Soda Cloud as a ScanAdapter: status, trigger, cancel and logs. Soda's API has no scan list. */
export function createSodaAdapter(settings: SodaAdapterSettings): ScanAdapter {
  const client = createSodaClient({
    ...settings,
    apiKeyId: settings.apiKeyId ?? "",
    apiKeySecret: settings.apiKeySecret ?? "",
  });
  const clock = settings.clock ?? systemClock;
  const budgets = resolveRateBudgets("soda", sodaDefaultRateLimits, settings.rateLimits);

  return {
    vendor: "soda",
    capabilities: manifest.capabilities,
    rateLimits: operationRateLimits(manifest.rateLimits.operations, budgets),

    async getScan(id, options) {
      requireScanId(id, { vendor: "soda", operation: "getScan" });
      const { status, nextPollTime } = await client.getScanStatus(id, options);
      return mapSodaScan(id, status, nextPollTime, clock.now());
    },

    async triggerScan(input, options) {
      const { definition, dataTimestamp } = parseTriggerInput<SodaTriggerInput>(manifest, input);
      const { scanId } = await client.triggerScan({ scanDefinition: definition, dataTimestamp }, options);
      return { vendor: "soda", id: scanId };
    },

    async cancelScan(id, options) {
      requireScanId(id, { vendor: "soda", operation: "cancelScan" });
      await client.cancelScan(id, options);
    },

    // Page by page, and only when the consumer asks for more: a million-line log never sits in memory.
    async *getLogs(id, options): AsyncGenerator<LogLine> {
      requireScanId(id, { vendor: "soda", operation: "getLogs" });
      const size = sodaMaxLogPageSize;
      for (let pageNumber = 0; ; pageNumber++) {
        // Ten million lines at most: a log that keeps sending pages is not read forever.
        if (pageNumber >= sodaMaxLogPages) throw pageCapError("soda", "getScanLogs", pageNumber);
        const page = await client.getScanLogs(id, { page: pageNumber, size }, options);
        for (const entry of page.content) {
          const line: LogLine = { message: entry.message };
          if (entry.timestamp) line.timestamp = entry.timestamp;
          if (entry.level) line.level = entry.level;
          yield line;
        }
        if (!hasNextPage(page, pageNumber, size)) return;
      }
    },
  };
}
