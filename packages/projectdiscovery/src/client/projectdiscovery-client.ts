import {
  type CallOptions,
  type CommonAdapterSettings,
  ConfigError,
  createHttpClient,
  type HttpClient,
  type HttpRequest,
  type RateLimit,
  pageCapError,
  type Schema,
  scanIdPathSegment,
} from "@scanstat/core";
import { normalizeBaseUrl, requireScanId, resolveRateBudgets } from "@scanstat/core/adapter-kit";
import type { ProjectDiscoveryRateClass } from "../manifest.js";
import { createProjectDiscoveryAuth } from "./projectdiscovery-auth.js";
import { parseProjectDiscoveryErrorBody } from "./projectdiscovery-error.js";
import { projectDiscoveryDefaultRateLimits } from "../projectdiscovery-rate-limits.js";
import {
  type ProjectDiscoveryScan,
  type ProjectDiscoveryScanPage,
  type ProjectDiscoveryStopResponse,
  type ProjectDiscoveryTriggerResponse,
  projectDiscoveryScanPageSchema,
  projectDiscoveryScanSchema,
  projectDiscoveryStopResponseSchema,
  projectDiscoveryTriggerResponseSchema,
} from "./projectdiscovery-schemas.js";
import type { components, operations } from "./generated/projectdiscovery-api.js";

/** The spec's production server; `PDCP_API_SERVER` overrides it, as in ProjectDiscovery's own tools. */
export const projectDiscoveryDefaultBaseUrl = "https://api.projectdiscovery.io";

export interface ProjectDiscoveryClientSettings extends Omit<CommonAdapterSettings, "severityPolicy"> {
  /** `PDCP_API_KEY`. Required. */
  apiKey?: string;
  /** `PDCP_TEAM_ID`: the team to act in; the key's default team when omitted. */
  teamId?: string;
}

/** `GET /v1/scans` query: offset, limit, search, status (one word), sort_asc, sort_desc, is_internal. */
export type ProjectDiscoveryListScansQuery = NonNullable<operations["get-v1-scans"]["parameters"]["query"]>;

/** The documented body of `POST /v1/scans` (TriggerUserScanRequest). */
export type ProjectDiscoveryTriggerScanRequest =
  components["requestBodies"]["TriggerUserScanRequest"]["content"]["application/json"];

export interface ProjectDiscoveryPageOptions extends CallOptions {
  /** Scans per page (`limit`). Default 100. */
  pageSize?: number;
  /** Pages read at most before the read fails (a list that never ends). Default 1000. */
  maxPages?: number;
}

const defaultMaxPages = 1000;

export interface ProjectDiscoveryClient {
  readonly baseUrl: string;
  /** The budgets the client keeps, per API key: `read` and `write`. */
  readonly rateLimits: Readonly<Record<ProjectDiscoveryRateClass, RateLimit>>;
  /** `GET /v1/scans/{scan_id}` */
  getScan(scanId: string, options?: CallOptions): Promise<ProjectDiscoveryScan>;
  /** `GET /v1/scans`: one page. */
  listScans(query?: ProjectDiscoveryListScansQuery, options?: CallOptions): Promise<ProjectDiscoveryScanPage>;
  /** `GET /v1/scans`, page after page (offset/limit) until the list ends. */
  listScanPages(
    query?: Omit<ProjectDiscoveryListScansQuery, "limit">,
    options?: ProjectDiscoveryPageOptions,
  ): AsyncIterable<ProjectDiscoveryScanPage>;
  /** `POST /v1/scans`. Not idempotent: never repeated once the vendor may have acted. */
  triggerScan(
    request: ProjectDiscoveryTriggerScanRequest,
    options?: CallOptions,
  ): Promise<ProjectDiscoveryTriggerResponse>;
  /** `POST /v1/scans/{scan_id}/stop`: the vendor stops running scans only. Not idempotent. */
  stopScan(scanId: string, options?: CallOptions): Promise<ProjectDiscoveryStopResponse>;
  /** `POST /v1/scans/{scan_id}/rescan`. Not idempotent. */
  rescanScan(scanId: string, options?: CallOptions): Promise<ProjectDiscoveryTriggerResponse>;
}

const defaultPageSize = 100;

function scanPath(operation: string, scanId: string, suffix = ""): string {
  const id = requireScanId(scanId, { vendor: "projectdiscovery", operation });
  // One path segment: `.` and `..` are refused, `/`, `?`, `#` encoded.
  return `/v1/scans/${scanIdPathSegment(id)}${suffix}`;
}

export function createProjectDiscoveryClient(settings: ProjectDiscoveryClientSettings = {}): ProjectDiscoveryClient {
  const apiKey = settings.apiKey?.trim();
  if (!apiKey) {
    throw new ConfigError("projectdiscovery: no API key: set PDCP_API_KEY (or pass apiKey)", {
      vendor: "projectdiscovery",
    });
  }
  const teamId = settings.teamId?.trim();
  const baseUrl = normalizeBaseUrl(settings.baseUrl?.trim() || projectDiscoveryDefaultBaseUrl, {
    vendor: "projectdiscovery",
    variable: "PDCP_API_SERVER",
  });
  const rateLimits = resolveRateBudgets("projectdiscovery", projectDiscoveryDefaultRateLimits, settings.rateLimits);
  const http: HttpClient = createHttpClient({
    ...settings,
    vendor: "projectdiscovery",
    baseUrl,
    auth: createProjectDiscoveryAuth({ apiKey, ...(teamId ? { teamId } : {}) }),
    parseErrorBody: parseProjectDiscoveryErrorBody,
    rateLimits,
  });

  /** Reads are repeated when safe; writes (trigger, stop, rescan) never once the vendor may have acted. */
  async function send<T>(
    operation: string,
    method: "GET" | "POST",
    path: string,
    schema: Schema<T>,
    options: CallOptions | undefined,
    extra: Partial<HttpRequest<T>> = {},
  ): Promise<T> {
    const read = method === "GET";
    const response = await http.request({
      operation,
      rateLimitClass: read ? "read" : "write",
      method,
      path,
      idempotent: read,
      schema,
      signal: options?.signal,
      ...extra,
    });
    return response.data;
  }

  const listScans = (query: ProjectDiscoveryListScansQuery = {}, options?: CallOptions) =>
    send("listScans", "GET", "/v1/scans", projectDiscoveryScanPageSchema, options, { query: { ...query } });

  async function* listScanPages(
    query: Omit<ProjectDiscoveryListScansQuery, "limit"> = {},
    options: ProjectDiscoveryPageOptions = {},
  ): AsyncGenerator<ProjectDiscoveryScanPage> {
    const limit = Math.max(1, Math.floor(options.pageSize ?? defaultPageSize));
    let offset = query.offset ?? 0;
    let previousFirstId: string | undefined;
    for (let pages = 0; ; pages++) {
      // A list that keeps sending new scans is not read forever (100,000 scans at the default page size).
      if (pages >= (options.maxPages ?? defaultMaxPages)) throw pageCapError("projectdiscovery", "listScans", pages);
      const page = await listScans({ ...query, offset, limit }, options);
      const items = page.data ?? [];
      // A server that ignores `offset` would send the same page forever.
      if (items.length > 0 && items[0]?.scan_id === previousFirstId) return;
      yield page;
      if (items.length === 0) return;
      offset += items.length;
      if (typeof page.total_results === "number") {
        if (offset >= page.total_results) return;
      } else if (items.length < limit) {
        return;
      }
      previousFirstId = items[0]?.scan_id;
    }
  }

  /** Stop and rescan act on one scan: when they may have acted, the hint is to read that scan again. */
  async function actOnScan<T>(
    operation: "stopScan" | "rescanScan",
    scanId: string,
    schema: Schema<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const suffix = operation === "stopScan" ? "/stop" : "/rescan";
    const path = scanPath(operation, scanId, suffix);
    const id = scanId.trim();
    const acted = operation === "stopScan" ? "the stop may have reached the vendor" : "the rescan may have started";
    return send(operation, "POST", path, schema, options, {
      ambiguousHint: `${acted}: look at scan ${id} before trying again`,
      ambiguousHintCode: "read-scan-status",
      ambiguousHintSubject: id,
    });
  }

  return {
    baseUrl,
    rateLimits,
    getScan: async (scanId, options) =>
      send("getScan", "GET", scanPath("getScan", scanId), projectDiscoveryScanSchema, options),
    listScans,
    listScanPages,
    triggerScan: (request, options) =>
      send("triggerScan", "POST", "/v1/scans", projectDiscoveryTriggerResponseSchema, options, {
        json: request,
        ambiguousHint: "the scan may have started: look at the vendor's active scans before triggering again",
        ambiguousHintCode: "list-active-scans",
      }),
    stopScan: (scanId, options) => actOnScan("stopScan", scanId, projectDiscoveryStopResponseSchema, options),
    rescanScan: (scanId, options) => actOnScan("rescanScan", scanId, projectDiscoveryTriggerResponseSchema, options),
  };
}
