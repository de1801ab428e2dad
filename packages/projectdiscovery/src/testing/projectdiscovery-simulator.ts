import type { VendorSimulatorOptions } from "@scanstat/core/adapter-kit";
import {
  jsonResponse,
  type SimulatedOutcome,
  Simulator,
  type SimulatorRequestContext,
  type SimulatorRoute,
  type VendorSimulator,
} from "@scanstat/core/testing";
import type { ProjectDiscoveryRateClass } from "../manifest.js";
import { projectDiscoveryDefaultRateLimits } from "../projectdiscovery-rate-limits.js";
import { outcomeOf, type ReportedFindings, type SimulatedScan, scanItemAt, statusAt } from "./simulated-scan.js";

export interface ProjectDiscoverySimulatorCredentials {
  apiKey: string;
  /** When set, an `X-Team-Id` other than this one is refused (403); no header means the key's default team. */
  teamId?: string;
}

/**
 * Defaults: outcomes pass, warn, fail; scans run 120 s after 10 s waiting (`queued` for the first
 * half, `starting` for the second); budgets per API key are scanstat's (reads 60/min, writes 10/min).
 */
export interface ProjectDiscoverySimulatorOptions
  extends VendorSimulatorOptions<ProjectDiscoveryRateClass, ProjectDiscoverySimulatorCredentials> {
  /** How severity counts are typed: `numbers` (default, as the docs' examples) or `strings` (the 2023 spec allowed both). */
  countsAs?: "numbers" | "strings";
}

export interface SeedProjectDiscoveryScanOptions {
  outcome?: SimulatedOutcome;
  durationMs?: number;
  queuedMs?: number;
  name?: string;
  targets?: string[];
  /** `scheduled`: created with schedule_only, waits for its schedule; `uploaded`: imported nuclei results, complete. */
  kind?: "scheduled" | "uploaded";
  /** Overrides the simulator's `countsAs` for this scan. */
  countsAs?: "numbers" | "strings";
  /**
   * The finished scan's `severity` / `total_result`, sent verbatim (`undefined` drops the field):
   * e.g. `{ severity: {}, total_result: 7 }`, `{ severity: { low: 1 }, total_result: 7 }`.
   */
  reportedFindings?: ReportedFindings;
  /** `failure_reason` of a scan that ends `failed`. */
  failureReason?: string;
}

/** Obviously fake: they work against the simulator only. */
export const projectDiscoverySandboxCredentials: Readonly<Required<ProjectDiscoverySimulatorCredentials>> =
  Object.freeze({
    apiKey: "sandbox-pdcp-api-key",
    teamId: "sandbox-pdcp-team",
  });

const maxPageSize = 100;
const defaultPageSize = 10;

interface ErrorFields {
  kind?: string;
  code?: string;
  error?: string;
  param?: string;
}

function rateClassOf(operation: string): string {
  return operation === "getScan" || operation === "listScans" ? "read" : "write";
}

/** The PDCP scan API: `GET/POST /v1/scans`, `GET /v1/scans/{id}`, `POST …/stop`, `POST …/rescan`. */
export class ProjectDiscoverySimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = ["pass", "warn", "fail", "failed", "canceled"];
  readonly credentials: Readonly<ProjectDiscoverySimulatorCredentials>;
  readonly #scans = new Map<string, SimulatedScan>();
  readonly #outcomes: readonly SimulatedOutcome[];
  readonly #durationMs: number;
  readonly #queuedMs: number;
  readonly #countsAs: "numbers" | "strings";
  #sequence = 0;
  #triggered = 0;
  #errors = 0;

  constructor(options: ProjectDiscoverySimulatorOptions) {
    const credentials = options.credentials ?? projectDiscoverySandboxCredentials;
    const routes: SimulatorRoute[] = [
      { method: "GET", path: "/v1/scans", operation: "listScans", handle: (context) => this.#list(context) },
      { method: "POST", path: "/v1/scans", operation: "triggerScan", handle: (context) => this.#trigger(context) },
      { method: "GET", path: "/v1/scans/:scanId", operation: "getScan", handle: (context) => this.#get(context) },
      {
        method: "POST",
        path: "/v1/scans/:scanId/stop",
        operation: "stopScan",
        handle: (context) => this.#stop(context),
      },
      {
        method: "POST",
        path: "/v1/scans/:scanId/rescan",
        operation: "rescanScan",
        handle: (context) => this.#rescan(context),
      },
    ];
    super({
      vendor: "projectdiscovery",
      clock: options.clock,
      routes,
      authenticate: (request) => {
        const key = request.headers.get("x-api-key");
        if (!key) return this.#error(401, "missing api key: send it in the X-Api-Key header", { kind: "unauthorized" });
        if (key !== credentials.apiKey) return this.#error(401, "invalid api key", { kind: "unauthorized" });
        const team = request.headers.get("x-team-id");
        if (team && credentials.teamId && team !== credentials.teamId) {
          return this.#error(403, "you are not a member of this team", { kind: "forbidden", param: "X-Team-Id" });
        }
        return key;
      },
      rateLimits: { ...projectDiscoveryDefaultRateLimits, ...options.rateLimits },
      rateLimitClass: rateClassOf,
      rateLimitedResponse: (seconds) =>
        this.#error(429, `rate limit exceeded, retry after ${seconds} seconds`, { kind: "rate_limited" }),
      notFoundResponse: () => this.#error(404, "Not Found", { kind: "not_found" }),
    });
    this.credentials = credentials;
    this.#outcomes = options.outcomes && options.outcomes.length > 0 ? options.outcomes : ["pass", "warn", "fail"];
    for (const outcome of this.#outcomes) outcomeOf(outcome);
    this.#durationMs = options.durationMs ?? 120_000;
    this.#queuedMs = options.queuedMs ?? 10_000;
    this.#countsAs = options.countsAs ?? "numbers";
  }

  /** ProjectDiscovery's error body: `{message, kind?, code?, error?, error_id?, param?, status?}`. */
  #error(status: number, message: string, fields: ErrorFields = {}): Response {
    const errorId = `e${(++this.#errors).toString(32).padStart(19, "0")}`;
    return jsonResponse({ message, ...fields, error_id: errorId, status }, { status });
  }

  get triggeredScans(): number {
    return this.#triggered;
  }

  /** A scan that queues, starts, runs and ends as `outcome` (default pass), created now. Returns its id. */
  seedScan(options: SeedProjectDiscoveryScanOptions = {}): string {
    return this.#create({
      outcome: outcomeOf(options.outcome),
      name: options.name,
      targets: options.targets ?? ["seeded.example.com"],
      templates: [],
      durationMs: options.durationMs ?? this.#durationMs,
      queuedMs: options.queuedMs ?? this.#queuedMs,
      ...(options.kind === "scheduled" ? { scheduleOnly: true } : {}),
      ...(options.kind === "uploaded" ? { uploaded: true } : {}),
      ...(options.countsAs ? { countsAs: options.countsAs } : {}),
      ...(options.reportedFindings ? { reported: options.reportedFindings } : {}),
      ...(options.failureReason !== undefined ? { failureReason: options.failureReason } : {}),
    }).id;
  }

  /** The vendor word of a scan now (tests), or undefined for an unknown id. */
  statusOf(scanId: string): string | undefined {
    const scan = this.#scans.get(scanId);
    return scan ? statusAt(scan, this.clock.now()) : undefined;
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return {
      PDCP_API_SERVER: baseUrl,
      PDCP_API_KEY: this.credentials.apiKey,
      ...(this.credentials.teamId ? { PDCP_TEAM_ID: this.credentials.teamId } : {}),
    };
  }

  #create(input: {
    outcome: SimulatedScan["outcome"];
    name: string | undefined;
    targets: string[];
    templates: string[];
    durationMs: number;
    queuedMs: number;
    scheduleOnly?: boolean;
    uploaded?: boolean;
    countsAs?: "numbers" | "strings";
    reported?: ReportedFindings;
    failureReason?: string;
  }): SimulatedScan {
    const now = this.clock.now();
    const sequence = ++this.#sequence;
    // Shaped like PDCP's ids (xid: 20 characters of 0-9a-v).
    const id = `d${Math.floor(now / 1000)
      .toString(32)
      .padStart(7, "0")}${sequence.toString(32).padStart(12, "0")}`;
    const first = input.targets[0] ?? "scan";
    const scan: SimulatedScan = {
      id,
      sequence,
      name: input.name ?? (input.targets.length > 1 ? `${first} +${input.targets.length - 1}` : first),
      targets: input.targets,
      templates: input.templates,
      outcome: input.outcome,
      createdAt: now,
      runQueuedAt: now,
      queuedMs: input.queuedMs,
      durationMs: input.durationMs,
      rescanCount: 0,
      countsAs: input.countsAs ?? this.#countsAs,
      failureReason: input.failureReason ?? "nuclei engine exited unexpectedly (simulated)",
      ...(input.reported ? { reported: input.reported } : {}),
      ...(input.scheduleOnly ? { scheduleOnly: true } : {}),
      ...(input.uploaded ? { uploaded: true } : {}),
    };
    this.#scans.set(id, scan);
    return scan;
  }

  #find(context: SimulatorRequestContext): SimulatedScan | Response {
    const scan = this.#scans.get(context.params.scanId ?? "");
    return scan ?? this.#error(404, "scan not found", { kind: "not_found", param: "scan_id" });
  }

  #get(context: SimulatorRequestContext): Response {
    const scan = this.#find(context);
    return scan instanceof Response ? scan : jsonResponse(scanItemAt(scan, context.now));
  }

  #list(context: SimulatorRequestContext): Response {
    const query = context.url.searchParams;
    const integer = (name: string, fallback: number): number | Response => {
      const text = query.get(name);
      if (text === null || text === "") return fallback;
      const value = Number(text);
      return Number.isInteger(value) && value >= 0
        ? value
        : this.#error(400, `invalid value for ${name}: ${text}`, { kind: "bad_request", param: name });
    };
    const offset = integer("offset", 0);
    if (offset instanceof Response) return offset;
    const asked = integer("limit", defaultPageSize);
    if (asked instanceof Response) return asked;
    const limit = Math.min(maxPageSize, asked === 0 ? defaultPageSize : asked);
    const status = query.get("status")?.trim().toLowerCase();
    const search = query.get("search")?.trim().toLowerCase();

    const now = context.now;
    let scans = [...this.#scans.values()];
    if (status) scans = scans.filter((scan) => statusAt(scan, now) === status);
    if (search) scans = scans.filter((scan) => scan.name.toLowerCase().includes(search) || scan.id.includes(search));
    const ascending = query.get("sort_asc")?.split(",")[0]?.trim() === "created_at";
    scans.sort((a, b) => (a.createdAt - b.createdAt || a.sequence - b.sequence) * (ascending ? 1 : -1));

    const data = scans.slice(offset, offset + limit).map((scan) => scanItemAt(scan, now));
    return jsonResponse({
      message: "scans fetched successfully",
      current_page: Math.floor(offset / limit) + 1,
      result_count: data.length,
      total_results: scans.length,
      total_pages: Math.ceil(scans.length / limit),
      data,
    });
  }

  async #trigger(context: SimulatorRequestContext): Promise<Response> {
    const body = await context.body();
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      return this.#error(400, "invalid request body", { kind: "bad_request" });
    }
    const fields = body as Record<string, unknown>;
    const strings = (name: string): string[] | Response => {
      const value = fields[name];
      if (value === undefined || value === null) return [];
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
      return this.#error(400, `${name} must be an array of strings`, { kind: "bad_request", param: name });
    };
    const targets = strings("targets");
    if (targets instanceof Response) return targets;
    const templates = strings("templates");
    if (templates instanceof Response) return templates;
    if (targets.length === 0) return this.#error(400, "no targets provided", { kind: "bad_request", param: "targets" });
    if (fields.name !== undefined && typeof fields.name !== "string") {
      return this.#error(400, "name must be a string", { kind: "bad_request", param: "name" });
    }
    const outcome = outcomeOf(this.#outcomes[this.#triggered % this.#outcomes.length]);
    const scan = this.#create({
      outcome,
      name: typeof fields.name === "string" && fields.name.trim() !== "" ? fields.name : undefined,
      targets,
      templates,
      durationMs: this.#durationMs,
      queuedMs: this.#queuedMs,
      ...(fields.schedule_only === true ? { scheduleOnly: true } : {}),
    });
    this.#triggered++;
    return jsonResponse({ id: scan.id, message: "scan created successfully" });
  }

  #stop(context: SimulatorRequestContext): Response {
    const scan = this.#find(context);
    if (scan instanceof Response) return scan;
    const status = statusAt(scan, context.now);
    // "Stop a running scan, not applied in any other state."
    if (status !== "running") {
      return this.#error(400, `scan is ${status}, only running scans can be stopped`, {
        kind: "bad_request",
        code: "scan_not_running",
      });
    }
    scan.stoppedAt = context.now;
    return jsonResponse({ message: "scan stopped successfully", ok: true });
  }

  #rescan(context: SimulatorRequestContext): Response {
    const scan = this.#find(context);
    if (scan instanceof Response) return scan;
    const status = statusAt(scan, context.now);
    if (status !== "finished" && status !== "failed" && status !== "stopped") {
      return this.#error(400, `scan is ${status}, only a finished, failed or stopped scan can be rescanned`, {
        kind: "bad_request",
        code: "scan_not_done",
      });
    }
    scan.runQueuedAt = context.now;
    scan.rescanCount++;
    delete scan.stoppedAt;
    this.#triggered++;
    return jsonResponse({ id: scan.id, message: "rescan started successfully" });
  }
}

export function createProjectDiscoverySimulator(options: ProjectDiscoverySimulatorOptions): ProjectDiscoverySimulator {
  return new ProjectDiscoverySimulator(options);
}
