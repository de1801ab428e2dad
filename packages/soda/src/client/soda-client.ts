import {
  type CallOptions,
  type CommonAdapterSettings,
  ConfigError,
  createHttpClient,
  InvalidScanRefError,
  scanIdPathSegment,
  VendorResponseError,
} from "@scanstat/core";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";
import type {
  SodaScanId,
  SodaScanLogsPage,
  SodaScanLogsQuery,
  SodaScanStatus,
  SodaTriggerScanBody,
} from "./soda-api-types.js";
import { createSodaAuth, type SodaCredentials } from "./soda-auth.js";
import { resolveSodaBaseUrl, type SodaRegion } from "./soda-base-url.js";
import { classifySodaError, parseSodaErrorBody } from "./soda-error.js";
import { sodaDefaultRateLimits } from "../soda-rate-limits.js";
import { sodaScanLogsPageSchema, sodaScanStatusSchema, sodaTestLoginSchema } from "./soda-schemas.js";

export type SodaClientSettings = SodaCredentials &
  Omit<CommonAdapterSettings, "severityPolicy"> & {
    /** `eu` (default, https://cloud.soda.io) or `us` (https://cloud.us.soda.io); `baseUrl` wins. */
    region?: SodaRegion;
  };

export interface SodaTriggeredScan {
  /** From `X-Soda-Scan-Id`, else the last segment of `Location`. */
  scanId: string;
  location: string | undefined;
}

export interface SodaScanStatusAnswer {
  status: SodaScanStatus;
  /** The `X-Soda-Next-Poll-Time` header, verbatim: when Soda suggests asking again. */
  nextPollTime: string | undefined;
}

/** One typed method per Soda Cloud scan endpoint; vendor-shaped data in and out. */
export interface SodaClient {
  readonly baseUrl: string;
  /** `POST /api/v1/scans`. Never repeated once sent: a repeat could start a second scan. */
  triggerScan(body: SodaTriggerScanBody, options?: CallOptions): Promise<SodaTriggeredScan>;
  /** `GET /api/v1/scans/{scanId}`. */
  getScanStatus(scanId: SodaScanId, options?: CallOptions): Promise<SodaScanStatusAnswer>;
  /** `DELETE /api/v1/scans/{scanId}`. */
  cancelScan(scanId: SodaScanId, options?: CallOptions): Promise<void>;
  /** `GET /api/v1/scans/{scanId}/logs?page=&size=`: one page, oldest lines first. */
  getScanLogs(scanId: SodaScanId, query?: SodaScanLogsQuery, options?: CallOptions): Promise<SodaScanLogsPage>;
  /** `GET /api/v1/test-login`: Soda's documented credentials check; read-only. */
  testLogin(options?: CallOptions): Promise<SodaTestLogin>;
}

/** The answer of `test-login`: the organisation the API key belongs to. */
export interface SodaTestLogin {
  organisationName?: string | null | undefined;
}

/** Soda serves log pages of 100..1000 lines (default 1000). */
export const sodaMaxLogPageSize = 1000;

function scanPath(scanId: string): string {
  if (scanId.trim() === "") throw new InvalidScanRefError("soda: the scan id is empty", { vendor: "soda" });
  // One path segment: `.` and `..` are refused, `/`, `?`, `#` encoded.
  return `/api/v1/scans/${scanIdPathSegment(scanId)}`;
}

/** The last path segment of a `Location` header, e.g. `…/api/v1/scans/4651ba64` → `4651ba64`. */
function scanIdFromLocation(location: string | null, baseUrl: string): string | undefined {
  if (!location) return undefined;
  try {
    const segment = new URL(location, baseUrl).pathname.split("/").filter(Boolean).at(-1);
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}

function checkLogsQuery({ page = 0, size = sodaMaxLogPageSize }: SodaScanLogsQuery): void {
  if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 100 || size > sodaMaxLogPageSize) {
    const message = `soda getScanLogs: page must be an integer from 0, size one from 100 to 1000 (got ${page}, ${size})`;
    throw new ConfigError(message, { vendor: "soda" });
  }
}

export function createSodaClient(settings: SodaClientSettings): SodaClient {
  const auth = createSodaAuth(settings);
  const baseUrl = resolveSodaBaseUrl(settings);
  // The common settings (fetch, clock, limiter, retry, timeouts, trace) pass through as given.
  const http = createHttpClient({
    ...settings,
    vendor: "soda",
    baseUrl,
    auth,
    parseErrorBody: parseSodaErrorBody,
    classifyError: classifySodaError,
    rateLimits: resolveRateBudgets("soda", sodaDefaultRateLimits, settings.rateLimits),
  });

  return {
    baseUrl,

    async triggerScan(body, options) {
      if (!body.scanDefinition || body.scanDefinition.trim() === "") {
        // The adapter's TriggerInput key is `definition`: the hint names it for front ends to word.
        throw new ConfigError("soda triggerScan: a scan needs the scan definition to run", {
          vendor: "soda",
          operation: "triggerScan",
          hintCode: "give-trigger-option",
          hintSubject: "definition",
        });
      }
      const response = await http.request({
        operation: "triggerScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: "/api/v1/scans",
        form: { scanDefinition: body.scanDefinition, dataTimestamp: body.dataTimestamp },
        idempotent: false,
        responseType: "none",
        ambiguousHint: `the Soda scan "${body.scanDefinition}" may have started: check Soda Cloud before triggering again`,
        signal: options?.signal,
      });
      const location = response.headers.get("location") ?? undefined;
      const scanId =
        response.headers.get("x-soda-scan-id")?.trim() || scanIdFromLocation(response.headers.get("location"), baseUrl);
      if (!scanId) {
        throw new VendorResponseError(
          "soda triggerScan: HTTP 201 without X-Soda-Scan-Id or Location: the scan started but its id is unknown",
          {
            vendor: "soda",
            operation: "triggerScan",
            status: response.status,
            field: "X-Soda-Scan-Id",
            mayHaveActed: true,
            hint: `look for the "${body.scanDefinition}" scan in Soda Cloud before triggering again`,
            hintCode: "list-active-scans",
          },
        );
      }
      return { scanId, location };
    },

    async getScanStatus(scanId, options) {
      const response = await http.request({
        operation: "getScanStatus",
        rateLimitClass: "status",
        method: "GET",
        path: scanPath(scanId),
        idempotent: true,
        schema: sodaScanStatusSchema,
        signal: options?.signal,
      });
      return { status: response.data, nextPollTime: response.headers.get("x-soda-next-poll-time") ?? undefined };
    },

    async cancelScan(scanId, options) {
      await http.request({
        operation: "cancelScan",
        rateLimitClass: "cancel",
        method: "DELETE",
        path: scanPath(scanId),
        idempotent: false,
        responseType: "none",
        ambiguousHint: "the cancel may have reached Soda: check the scan before canceling again",
        ambiguousHintCode: "read-scan-status",
        ambiguousHintSubject: scanId,
        signal: options?.signal,
      });
    },

    async testLogin(options) {
      const response = await http.request({
        operation: "testLogin",
        // Documented at 10 requests per 10 s; one call per check stays far below the status budget.
        rateLimitClass: "status",
        method: "GET",
        path: "/api/v1/test-login",
        idempotent: true,
        schema: sodaTestLoginSchema,
        signal: options?.signal,
      });
      return response.data;
    },

    async getScanLogs(scanId, query = {}, options) {
      checkLogsQuery(query);
      const response = await http.request({
        operation: "getScanLogs",
        rateLimitClass: "logs",
        method: "GET",
        path: `${scanPath(scanId)}/logs`,
        query: { page: query.page, size: query.size },
        idempotent: true,
        schema: sodaScanLogsPageSchema,
        signal: options?.signal,
      });
      return response.data;
    },
  };
}
