import {
  type CallOptions,
  type CommonAdapterSettings,
  ConfigError,
  createHttpClient,
  type HttpClient,
  InvalidRequestError,
  type QueryValue,
  type RateLimit,
  type Schema,
  validate,
} from "@scanstat/core";
import { normalizeBaseUrl, resolveRateBudgets } from "@scanstat/core/adapter-kit";
import type { operations } from "./generated/halo-api.js";
import { createHaloAuth } from "./halo-auth.js";
import { classifyHaloError, parseHaloErrorBody } from "./halo-error.js";
import { paginateHalo } from "./halo-pagination.js";
import { type HaloRateLimitClass, haloDefaultRateLimits } from "../halo-rate-limits.js";
import {
  type HaloEvent,
  type HaloEventList,
  type HaloInProgressScan,
  type HaloInProgressScanList,
  type HaloMessageBody,
  type HaloScanDetailsResponse,
  type HaloScanList,
  type HaloScanListItem,
  haloEventListSchema,
  haloInProgressScanListSchema,
  haloMessageBodySchema,
  haloScanDetailsResponseSchema,
  haloScanListSchema,
  type HaloCurrentUser,
  haloCurrentUserSchema,
} from "./halo-schemas.js";
import { scanAlreadyInProgressId } from "./scan-already-in-progress.js";

const haloDefaultBaseUrl = "https://api.halosecurity.com";

/**
 * The query parameter that names the target on `scan/start.json`. The vendor page prints
 * `target_d`; every other Halo endpoint says `target_id`. Inference: it is `target_id` (a typo on
 * the page). This is the one place the name lives; the simulator reads it too.
 */
export const haloStartTargetParameter = "target_id";

const apiPath = "/api/v1";

export interface HaloClientSettings extends CommonAdapterSettings {
  /** `HALO_API_KEY`. */
  apiKey?: string;
}

export type HaloListScansQuery = NonNullable<operations["listScans"]["parameters"]["query"]>;
export type HaloInProgressQuery = NonNullable<operations["listInProgressScans"]["parameters"]["query"]>;
export type HaloScanType = NonNullable<HaloListScansQuery["type"]>;
export type HaloListEventsQuery = NonNullable<operations["listEvents"]["parameters"]["query"]>;

/** start.json's answer: 200, or 400 when it says "Scan Already In Progress (<id>)". */
export interface HaloStartAnswer {
  status: number;
  body: HaloMessageBody;
  /** The running scan's id when Halo answered "Scan Already In Progress (<id>)". */
  alreadyInProgressScanId?: string;
}

/** One typed method per Halo scan endpoint and the event list, vendor-shaped data in and out. */
export interface HaloClient {
  readonly baseUrl: string;
  /** The budgets this client spends, per rate class. */
  readonly rateLimits: Readonly<Record<HaloRateLimitClass, RateLimit>>;
  /** `scan/list.json`: one page. */
  listScansPage(query?: HaloListScansQuery, options?: CallOptions): Promise<HaloScanList>;
  /** `scan/list.json`: every page from `query.start`, `query.limit` per page. */
  listScans(query?: HaloListScansQuery, options?: CallOptions): AsyncIterable<HaloScanListItem>;
  /** `scan/get.json`. */
  getScan(scanId: string, options?: CallOptions): Promise<HaloScanDetailsResponse>;
  /** `scan/start.json`. Never repeated after an ambiguous failure. */
  startScan(targetId: number, options?: CallOptions): Promise<HaloStartAnswer>;
  /** `scan/inprogress-list.json`: one page. */
  listInProgressScansPage(query?: HaloInProgressQuery, options?: CallOptions): Promise<HaloInProgressScanList>;
  /** `scan/inprogress-list.json`: every page. */
  listInProgressScans(query?: HaloInProgressQuery, options?: CallOptions): AsyncIterable<HaloInProgressScan>;
  /** `scan/inprogress-cancel.json`. Never repeated after an ambiguous failure. */
  cancelScan(scanId: string, options?: CallOptions): Promise<HaloMessageBody>;
  /** `event/list.json`: one page. */
  listEventsPage(query?: HaloListEventsQuery, options?: CallOptions): Promise<HaloEventList>;
  /** `event/list.json`: every page. */
  listEvents(query?: HaloListEventsQuery, options?: CallOptions): AsyncIterable<HaloEvent>;
  /** `user/me.json`: Halo's documented key check; read-only. */
  getCurrentUser(options?: CallOptions): Promise<HaloCurrentUser>;
  /** Removes the API key from text meant for people, then cuts it to 200 characters. */
  redact(text: string): string;
}

/** Reads a body that may be empty or not JSON (start and cancel answers are undocumented). */
function parseMessageBody(text: string): HaloMessageBody {
  if (text.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Whole: a message is redacted before it is cut (a secret cut in half is no longer found).
    return { message: text.trim() };
  }
  const result = validate(haloMessageBodySchema, json);
  return result.ok ? result.data : {};
}

export function createHaloClient(settings: HaloClientSettings): HaloClient {
  const apiKey = settings.apiKey?.trim();
  if (!apiKey) {
    throw new ConfigError("halo: HALO_API_KEY is not set", { vendor: "halo" });
  }
  // Halo's docs give the base as https://api.halosecurity.com/api/v1/: accepted, the client adds the prefix.
  const baseUrl = normalizeBaseUrl(settings.baseUrl?.trim() || haloDefaultBaseUrl, {
    vendor: "halo",
    variable: "HALO_BASE_URL",
    documentedPrefix: apiPath,
  });
  const rateLimits = resolveRateBudgets("halo", haloDefaultRateLimits, settings.rateLimits);
  // The common settings (fetch, clock, limiter, retry, timeouts, tracing) are the HTTP client's own.
  const http: HttpClient = createHttpClient({
    ...settings,
    vendor: "halo",
    baseUrl,
    auth: createHaloAuth(apiKey),
    parseErrorBody: parseHaloErrorBody,
    classifyError: classifyHaloError,
    rateLimits,
  });

  // Every Halo call is a GET; what may be repeated is decided per operation below.
  async function read<T>(
    operation: string,
    path: string,
    query: Record<string, QueryValue>,
    schema: Schema<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const response = await http.request<T>({
      operation,
      rateLimitClass: "read",
      method: "GET",
      path: `${apiPath}${path}`,
      query,
      idempotent: true,
      schema,
      ...(options?.signal ? { signal: options.signal } : {}),
    });
    return response.data;
  }

  const pageOptions = (query: { start?: number; limit?: number }) => ({
    ...(query.start !== undefined ? { start: query.start } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
  });

  const client: HaloClient = {
    baseUrl,
    rateLimits,

    listScansPage: (query = {}, options) => read("listScans", "/scan/list.json", query, haloScanListSchema, options),

    listScans(query = {}, options) {
      return paginateHalo(
        (start, limit) => client.listScansPage({ ...query, start, limit }, options),
        (item) => item.scan.scan_id,
        { ...pageOptions(query), operation: "listScans" },
      );
    },

    getCurrentUser: (options) => read("getCurrentUser", "/user/me.json", {}, haloCurrentUserSchema, options),

    getScan: (scanId, options) =>
      read("getScan", "/scan/get.json", { scan_id: scanId }, haloScanDetailsResponseSchema, options),

    async startScan(targetId, options) {
      const response = await http.request<string>({
        operation: "startScan",
        rateLimitClass: "write",
        method: "GET",
        path: `${apiPath}/scan/start.json`,
        query: { [haloStartTargetParameter]: targetId },
        // A GET that starts a scan: repeated only when Halo provably did not act (429, refused connection).
        idempotent: false,
        responseType: "text",
        // "Scan Already In Progress (<id>)" comes as 200 or 400.
        acceptStatus: [400],
        ambiguousHint: `a halo scan on target ${targetId} may have started: look at Halo's active scans before starting again`,
        ambiguousHintCode: "list-active-scans",
        ambiguousHintSubject: String(targetId),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
      const body = parseMessageBody(response.data);
      const alreadyInProgressScanId = scanAlreadyInProgressId(body.message);
      if (response.status === 400 && !alreadyInProgressScanId) {
        const said = body.message ? `: ${http.redact(body.message).slice(0, 200)}` : "";
        throw new InvalidRequestError(`halo startScan: HTTP 400${said}`, {
          vendor: "halo",
          operation: "startScan",
          status: 400,
          // The parameter name is an inference: say so when Halo complains about the target.
          ...(/target/i.test(body.message ?? "")
            ? { hint: `the target is sent as "${haloStartTargetParameter}", the vendor page prints "target_d"` }
            : {}),
        });
      }
      return { status: response.status, body, ...(alreadyInProgressScanId ? { alreadyInProgressScanId } : {}) };
    },

    listInProgressScansPage: (query = {}, options) =>
      read("listInProgressScans", "/scan/inprogress-list.json", query, haloInProgressScanListSchema, options),

    listInProgressScans(query = {}, options) {
      return paginateHalo(
        (start, limit) => client.listInProgressScansPage({ ...query, start, limit }, options),
        (item) => item.scan_id,
        { ...pageOptions(query), operation: "listInProgressScans" },
      );
    },

    async cancelScan(scanId, options) {
      const response = await http.request<string>({
        operation: "cancelScan",
        rateLimitClass: "write",
        method: "GET",
        path: `${apiPath}/scan/inprogress-cancel.json`,
        query: { scan_id: scanId },
        idempotent: false,
        responseType: "text",
        ambiguousHint: `the halo scan ${scanId} may have been canceled: read its status again`,
        ambiguousHintCode: "read-scan-status",
        ambiguousHintSubject: scanId,
        ...(options?.signal ? { signal: options.signal } : {}),
      });
      return parseMessageBody(response.data);
    },

    listEventsPage: (query = {}, options) =>
      read("listEvents", "/event/list.json", query, haloEventListSchema, options),

    listEvents(query = {}, options) {
      return paginateHalo(
        async (start, limit) => {
          const page = await client.listEventsPage({ ...query, start, limit }, options);
          return { ...page, list: page.list.map((item) => item.event) };
        },
        (event) => String(event.event_id),
        pageOptions(query),
      );
    },

    // Redact first, then cut.
    redact: (text) => http.redact(text).slice(0, 200),
  };
  return client;
}
