import {
  type CallOptions,
  type CommonAdapterSettings,
  createHttpClient,
  type HttpClient,
  InvalidRequestError,
  scanIdPathSegment,
} from "@scanstat/core";
import * as z from "zod/mini";
import { createTelmaiAuth, type TelmaiToken } from "./telmai-auth.js";
import { normalizeTelmaiBaseUrl } from "./telmai-base-url.js";
import { callTelmai, type TelmaiCall, type TelmaiResponse } from "./telmai-envelope.js";
import { classifyTelmaiError, parseTelmaiErrorBody } from "./telmai-error.js";
import { resolveTelmaiRateLimits } from "../telmai-rate-limits.js";
import {
  type TelmaiAssetScanStatus,
  type TelmaiIncident,
  type TelmaiScanExecution,
  type TelmaiScanExecutionStarted,
  telmaiAssetScanStatusSchema,
  telmaiIncidentSchema,
  telmaiScanExecutionSchema,
  telmaiScanExecutionStartedSchema,
} from "./telmai-schemas.js";

export type TelmaiClientSettings = Omit<CommonAdapterSettings, "baseUrl" | "severityPolicy"> & {
  /**
   * Your deployment's address (`TELMAI_BASE_URL`): `https://telmai.example.com`, with or
   * without the trailing `/api` the vendor writes. Required: there is no default host.
   */
  baseUrl: string;
  /** `TELMAI_TOKEN`, or an async provider asked again when a call answers 401 (Entra ID tokens expire hourly). */
  token: TelmaiToken;
};

export interface TelmaiAssetsQuery {
  /** 1-based. */
  page?: number;
  /** At most 100. */
  pageSize?: number;
}

/** `GET /api/incidents` filters, as documented; `from`/`to` bound the detection time (ISO 8601). */
export interface TelmaiIncidentsQuery extends TelmaiAssetsQuery {
  /** critical | high | medium | low */
  severity?: string;
  /** open | in_progress | resolved */
  status?: string;
  assetId?: string;
  from?: string;
  to?: string;
}

export interface TelmaiClient {
  /** The normalized base (origin, or origin with a proxy prefix; no trailing `/api`). */
  readonly baseUrl: string;
  /** `POST /api/scan/run`: starts every enabled monitor of the token's workspace. Not idempotent: never repeated. */
  runScan(options?: CallOptions): Promise<TelmaiResponse<TelmaiScanExecutionStarted>>;
  /** `GET /api/scan/status/{executionId}`. */
  getScanStatus(executionId: string, options?: CallOptions): Promise<TelmaiResponse<TelmaiScanExecution>>;
  /** `GET /api/assets/scan-status`: every asset's current and last run, in one answer (or pages). */
  getAssetsScanStatus(
    query?: TelmaiAssetsQuery,
    options?: CallOptions,
  ): Promise<TelmaiResponse<TelmaiAssetScanStatus[]>>;
  /** `GET /api/incidents`: one page of incidents (`incidents:read`). */
  getIncidents(query?: TelmaiIncidentsQuery, options?: CallOptions): Promise<TelmaiResponse<TelmaiIncident[]>>;
  /** Removes the token from text meant for people. */
  redact(text: string): string;
}

const assetsSchema = z.array(telmaiAssetScanStatusSchema);
const incidentsSchema = z.array(telmaiIncidentSchema);

export function createTelmaiClient(settings: TelmaiClientSettings): TelmaiClient {
  const baseUrl = normalizeTelmaiBaseUrl(settings.baseUrl);
  const auth = createTelmaiAuth(settings.token, baseUrl);
  const http: HttpClient = createHttpClient({
    // The common settings (fetch, clock, limiter, retry, timeouts, trace) pass through as given.
    ...settings,
    vendor: "telmai",
    baseUrl,
    auth,
    parseErrorBody: parseTelmaiErrorBody,
    classifyError: classifyTelmaiError,
    rateLimits: resolveTelmaiRateLimits(settings.rateLimits),
  });

  async function call<T>(request: TelmaiCall<T>): Promise<TelmaiResponse<T>> {
    // The provider is asked before the HTTP client sends, so its failure surfaces as itself
    // (AuthError) rather than as a failed connection.
    await auth.headers();
    return callTelmai(http, request);
  }

  return {
    baseUrl,
    runScan(options) {
      return call({
        operation: "runScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: "/api/scan/run",
        idempotent: false,
        data: telmaiScanExecutionStartedSchema,
        signal: options?.signal,
      });
    },
    getScanStatus(executionId, options) {
      const id = typeof executionId === "string" ? executionId.trim() : "";
      if (id === "") {
        return Promise.reject(
          new InvalidRequestError("telmai getScanStatus: the execution id is empty", { vendor: "telmai" }),
        );
      }
      return call({
        operation: "getScanStatus",
        rateLimitClass: "read",
        method: "GET",
        // One path segment: `.` and `..` are refused, `/`, `?`, `#` encoded.
        path: `/api/scan/status/${scanIdPathSegment(id)}`,
        idempotent: true,
        data: telmaiScanExecutionSchema,
        signal: options?.signal,
      });
    },
    getAssetsScanStatus(query, options) {
      return call({
        operation: "getAssetsScanStatus",
        rateLimitClass: "read",
        method: "GET",
        path: "/api/assets/scan-status",
        query: { page: query?.page, pageSize: query?.pageSize },
        idempotent: true,
        data: assetsSchema,
        signal: options?.signal,
      });
    },
    getIncidents(query, options) {
      return call({
        operation: "getIncidents",
        rateLimitClass: "read",
        method: "GET",
        path: "/api/incidents",
        query: { ...query },
        idempotent: true,
        data: incidentsSchema,
        signal: options?.signal,
      });
    },
    redact: http.redact,
  };
}
