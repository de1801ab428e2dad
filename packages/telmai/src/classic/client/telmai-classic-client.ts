import {
  type CallOptions,
  type CommonAdapterSettings,
  ConfigError,
  createHttpClient,
  type HttpAuth,
  type HttpClient,
  type HttpRequest,
  InvalidRequestError,
} from "@scanstat/core";
import { normalizeTelmaiBaseUrl } from "../../client/telmai-base-url.js";
import {
  type TelmaiClassicCredentials,
  telmaiClassicApiKeyAuth,
  telmaiClassicLoginAuth,
  telmaiClassicTokenRequester,
} from "./telmai-classic-auth.js";
import { classifyTelmaiClassicError, parseTelmaiClassicErrorBody } from "./telmai-classic-error.js";
import { resolveTelmaiClassicRateLimits } from "../telmai-classic-rate-limits.js";
import {
  type TelmaiClassicAlert,
  type TelmaiClassicIncident,
  type TelmaiClassicJob,
  type TelmaiClassicUploadStarted,
  telmaiClassicAlertsSchema,
  telmaiClassicIncidentsSchema,
  telmaiClassicJobSchema,
  telmaiClassicUploadStartedSchema,
} from "./telmai-classic-schemas.js";

export type TelmaiClassicClientSettings = Omit<CommonAdapterSettings, "baseUrl" | "severityPolicy"> & {
  /** `TELMAI_BASE_URL`: your deployment's address (`https://{telmai_endpoint}`). Required: no default host. */
  baseUrl: string;
  /** `TELMAI_TENANT`: the tenant in every path ("retrieved from the URL" of the app, the docs say). */
  tenant: string;
  /** `{ apiKey }` (`TELMAI_API_KEY`, sent as `X-TLM-Key`) or `{ login: { username, password } }`. */
  credentials: TelmaiClassicCredentials;
};

export interface TelmaiClassicIncidentsQuery {
  /** `LOW`, `MEDIUM`, `HIGH`, comma-separated. */
  severities?: string;
  /** ISO-8601. */
  fromTime?: string;
  toTime?: string;
}

export interface TelmaiClassicClient {
  /** The normalized base (origin, or origin with a proxy prefix; no trailing `/api`). */
  readonly baseUrl: string;
  readonly tenant: string;
  /** `POST /api/data/{tenant}/assets/{assetId}/batch_data`: starts a scan of the asset. Never repeated. */
  triggerAssetScan(assetId: string, options?: CallOptions): Promise<TelmaiClassicUploadStarted>;
  /** `GET /api/backend/{tenant}/jobs/{jobId}`. */
  getJob(jobId: string, options?: CallOptions): Promise<TelmaiClassicJob>;
  /** `POST /api/backend/{tenant}/configuration/sources/{sourceId}/alerts?job_id=…` (a read the vendor sends as POST). */
  getSourceJobAlerts(sourceId: string, jobId: string, options?: CallOptions): Promise<TelmaiClassicAlert[]>;
  /** `GET /api/backend/{tenant}/configuration/alerts?job_id=…`: the older form, which needs no source. */
  getJobAlerts(jobId: string, options?: CallOptions): Promise<TelmaiClassicAlert[]>;
  /** `GET /api/backend/{tenant}/incidents` (a bare array; no pagination documented). */
  listIncidents(query?: TelmaiClassicIncidentsQuery, options?: CallOptions): Promise<TelmaiClassicIncident[]>;
  /** Removes the key, password and tokens from text meant for people. */
  redact(text: string): string;
}

function required(value: string, what: string, operation: string): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed === "") {
    throw new InvalidRequestError(`telmai ${operation}: the ${what} is empty`, { vendor: "telmai", operation });
  }
  return encodeURIComponent(trimmed);
}

/** The classic Telmai API (docs.telm.ai, also published as Actian Data Observability). */
export function createTelmaiClassicClient(settings: TelmaiClassicClientSettings): TelmaiClassicClient {
  const baseUrl = normalizeTelmaiBaseUrl(settings.baseUrl);
  const tenantName = settings.tenant?.trim();
  if (!tenantName) {
    throw new ConfigError("telmai: no tenant: set TELMAI_TENANT (the tenant id in your Telmai app's URL)", {
      vendor: "telmai",
    });
  }
  const tenant = encodeURIComponent(tenantName);
  const rateLimits = resolveTelmaiClassicRateLimits(settings.rateLimits);
  const common = {
    // The common settings (fetch, clock, limiter, retry, timeouts, trace) pass through as given.
    ...settings,
    vendor: "telmai" as const,
    baseUrl,
    parseErrorBody: parseTelmaiClassicErrorBody,
    classifyError: classifyTelmaiClassicError,
    rateLimits,
  };

  let auth: HttpAuth;
  if ("apiKey" in settings.credentials) {
    auth = telmaiClassicApiKeyAuth(settings.credentials.apiKey, baseUrl);
  } else {
    let login: ReturnType<typeof telmaiClassicLoginAuth> | undefined;
    // The token call carries no credentials of its own, but its URL carries the password: the
    // login's secrets are redacted from its traces and errors.
    const tokenHttp = createHttpClient({
      ...common,
      auth: {
        headers: () => ({}),
        secrets: () => login?.secrets() ?? [],
        fingerprint: () => login?.fingerprint() ?? "classic-login",
      },
    });
    login = telmaiClassicLoginAuth({
      login: settings.credentials.login,
      tenant: tenantName,
      deployment: baseUrl,
      requestToken: telmaiClassicTokenRequester(tokenHttp),
      ...(settings.clock ? { clock: settings.clock } : {}),
    });
    auth = login;
  }
  const http: HttpClient = createHttpClient({ ...common, auth });

  async function call<T>(request: HttpRequest<T>): Promise<T> {
    // The token is fetched before the request is sent, so a refused login surfaces as itself
    // (AuthError from requestToken) rather than inside the request.
    await auth.headers();
    return (await http.request(request)).data;
  }

  return {
    baseUrl,
    tenant: tenantName,
    async triggerAssetScan(assetId, options) {
      const asset = required(assetId, "asset id", "triggerAssetScan");
      return call({
        operation: "triggerAssetScan",
        rateLimitClass: "trigger",
        method: "POST",
        path: `/api/data/${tenant}/assets/${asset}/batch_data`,
        idempotent: false,
        ambiguousHint: "a scan of the asset may have started: look at its jobs in the Telmai app",
        schema: telmaiClassicUploadStartedSchema,
        signal: options?.signal,
      });
    },
    async getJob(jobId, options) {
      const job = required(jobId, "job id", "getJob");
      return call({
        operation: "getJob",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/jobs/${job}`,
        idempotent: true,
        schema: telmaiClassicJobSchema,
        signal: options?.signal,
      });
    },
    async getSourceJobAlerts(sourceId, jobId, options) {
      const source = required(sourceId, "source id", "getSourceJobAlerts");
      required(jobId, "job id", "getSourceJobAlerts");
      return call({
        operation: "getSourceJobAlerts",
        rateLimitClass: "read",
        method: "POST",
        path: `/api/backend/${tenant}/configuration/sources/${source}/alerts`,
        query: { job_id: jobId.trim() },
        // Documented as POST, but it only reads: repeating it is harmless.
        idempotent: true,
        schema: telmaiClassicAlertsSchema,
        signal: options?.signal,
      });
    },
    async getJobAlerts(jobId, options) {
      required(jobId, "job id", "getJobAlerts");
      return call({
        operation: "getJobAlerts",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/configuration/alerts`,
        query: { job_id: jobId.trim() },
        idempotent: true,
        schema: telmaiClassicAlertsSchema,
        signal: options?.signal,
      });
    },
    async listIncidents(query = {}, options) {
      return call({
        operation: "listIncidents",
        rateLimitClass: "read",
        method: "GET",
        path: `/api/backend/${tenant}/incidents`,
        query: { severities: query.severities, from_time: query.fromTime, to_time: query.toTime },
        idempotent: true,
        schema: telmaiClassicIncidentsSchema,
        signal: options?.signal,
      });
    },
    redact: http.redact,
  };
}
