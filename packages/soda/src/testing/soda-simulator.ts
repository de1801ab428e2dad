import type { Clock } from "@scanstat/core";
import type { VendorSimulatorOptions } from "@scanstat/core/adapter-kit";
import {
  jsonResponse,
  type SimulatedOutcome,
  Simulator,
  type SimulatorRequestContext,
  type SimulatorRoute,
  type VendorSimulator,
} from "@scanstat/core/testing";
import { createSodaAuth, type SodaCredentials } from "../client/soda-auth.js";
import { type SodaRateLimitClass, sodaDefaultRateLimits } from "../soda-rate-limits.js";
import { sodaLogPage } from "./simulated-soda-logs.js";
import { type SimulatedSodaScan, sodaScanPhase, sodaStatusBody } from "./simulated-soda-scan.js";

/** Defaults: outcomes `["pass"]`, 20 s running, 3 s queued, sandbox keys, Soda's documented limits. */
export interface SodaSimulatorOptions extends VendorSimulatorOptions<SodaRateLimitClass, SodaCredentials> {
  /** Lines in a finished scan's log, made on demand (a million costs nothing). Default 50. */
  logLines?: number;
}

export const sodaSandboxCredentials: Readonly<SodaCredentials> = {
  apiKeyId: "sandbox-soda-key-id",
  apiKeySecret: "sandbox-soda-key-secret",
};

/** The organisation `test-login` names for the sandbox's key. */
const sodaSandboxOrganisation = "scanstat sandbox";

const rateLimitClassOf: Readonly<Record<string, SodaRateLimitClass>> = {
  triggerScan: "trigger",
  getScanStatus: "status",
  cancelScan: "cancel",
  getScanLogs: "logs",
  testLogin: "status",
};

/** Soda suggests the next look at the next state change, but at most this far ahead. */
const maxPollHintMs = 10_000;
const minPollHintMs = 1_000;

const sodaError = (status: number, message: string, headers?: Record<string, string>) =>
  jsonResponse({ code: String(status), message }, { status, ...(headers ? { headers } : {}) });

function readInteger(value: string | null, fallback: number): number | undefined {
  if (value === null || value === "") return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

interface SodaScanStore {
  readonly scans: Map<string, SimulatedSodaScan>;
  triggered: number;
  create(plan: Omit<SimulatedSodaScan, "id" | "submittedAt">): string;
}

function createScanStore(clock: Clock): SodaScanStore {
  const scans = new Map<string, SimulatedSodaScan>();
  let created = 0;
  return {
    scans,
    triggered: 0,
    create(plan) {
      created++;
      // UUID-shaped like Soda's ids, and the same on every run.
      const id = `5ca1ab1e-0000-4000-8000-${String(created).padStart(12, "0")}`;
      scans.set(id, { id, submittedAt: clock.now(), ...plan });
      return id;
    },
  };
}

type SimulatorSettings = Required<Pick<SodaSimulatorOptions, "outcomes" | "durationMs" | "queuedMs" | "logLines">>;

function sodaRoutes(store: SodaScanStore, settings: SimulatorSettings): SimulatorRoute[] {
  let nextOutcome = 0;

  const find = (context: SimulatorRequestContext): SimulatedSodaScan | Response => {
    const id = context.params["scanId"] ?? "";
    return store.scans.get(id) ?? sodaError(404, `Scan ${id} not found`);
  };

  async function trigger(context: SimulatorRequestContext): Promise<Response> {
    const type = context.request.headers.get("content-type") ?? "";
    if (!type.includes("application/x-www-form-urlencoded")) {
      return sodaError(415, "Content-Type must be application/x-www-form-urlencoded");
    }
    const form = ((await context.body()) ?? {}) as Record<string, string>;
    const definition = form["scanDefinition"]?.trim();
    if (!definition) return sodaError(400, "scanDefinition is required");
    const dataTimestamp = form["dataTimestamp"];
    if (dataTimestamp !== undefined && Number.isNaN(Date.parse(dataTimestamp))) {
      return sodaError(400, `dataTimestamp "${dataTimestamp}" is not an ISO 8601 date-time`);
    }
    const outcome = settings.outcomes[nextOutcome++ % settings.outcomes.length]!;
    const id = store.create({
      definition,
      outcome,
      durationMs: settings.durationMs,
      queuedMs: settings.queuedMs,
      ...(dataTimestamp !== undefined ? { dataTimestamp } : {}),
    });
    store.triggered++;
    return new Response(null, {
      status: 201,
      headers: { location: `${context.url.origin}/api/v1/scans/${id}`, "x-soda-scan-id": id },
    });
  }

  function status(context: SimulatorRequestContext): Response {
    const scan = find(context);
    if (scan instanceof Response) return scan;
    const phase = sodaScanPhase(scan, context.now);
    const headers: Record<string, string> = {};
    if (!phase.terminal && phase.nextChangeAt !== undefined) {
      const hint = Math.min(Math.max(phase.nextChangeAt, context.now + minPollHintMs), context.now + maxPollHintMs);
      headers["x-soda-next-poll-time"] = new Date(hint).toISOString();
    }
    return jsonResponse(sodaStatusBody(scan, phase, context.url.origin), { headers });
  }

  function cancel(context: SimulatorRequestContext): Response {
    const scan = find(context);
    if (scan instanceof Response) return scan;
    const { word } = sodaScanPhase(scan, context.now);
    if (word !== "queuing" && word !== "executing") {
      return sodaError(400, `Scan ${scan.id} is ${word} and cannot be canceled`);
    }
    scan.cancel = { requestedAt: context.now, whileQueuing: word === "queuing" };
    return new Response(null, { status: 200, headers: { location: `${context.url.origin}/api/v1/scans/${scan.id}` } });
  }

  function logs(context: SimulatorRequestContext): Response {
    const scan = find(context);
    if (scan instanceof Response) return scan;
    const page = readInteger(context.url.searchParams.get("page"), 0);
    const size = readInteger(context.url.searchParams.get("size"), 1000);
    if (page === undefined) return sodaError(400, "page must be an integer from 0");
    if (size === undefined || size < 100 || size > 1000)
      return sodaError(400, "size must be an integer from 100 to 1000");
    const phase = sodaScanPhase(scan, context.now);
    return jsonResponse(sodaLogPage(scan, phase, { page, size, totalLines: settings.logLines }));
  }

  return [
    { method: "POST", path: "/api/v1/scans", operation: "triggerScan", handle: trigger },
    { method: "GET", path: "/api/v1/scans/:scanId", operation: "getScanStatus", handle: status },
    { method: "DELETE", path: "/api/v1/scans/:scanId", operation: "cancelScan", handle: cancel },
    { method: "GET", path: "/api/v1/scans/:scanId/logs", operation: "getScanLogs", handle: logs },
    // The credentials check: a good key gets the organisation's name (a bad one Soda's 401 body, from authenticate).
    {
      method: "GET",
      path: "/api/v1/test-login",
      operation: "testLogin",
      handle: () => jsonResponse({ organisationName: sodaSandboxOrganisation }),
    },
  ];
}

/**
 * Soda Cloud's scan API in-process: Basic auth, the documented rate limits, scans that move
 * through Soda's own state words in (virtual) time, the `X-Soda-Next-Poll-Time` hint, cancel
 * rules, paged logs, and Soda's `{code, message}` error bodies.
 */
export class SodaSimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = [
    "pass",
    "warn",
    "fail",
    "error",
    "failed",
    "canceled",
    "timed_out",
  ];
  readonly credentials: Readonly<SodaCredentials>;
  readonly #store: SodaScanStore;
  readonly #settings: SimulatorSettings;

  constructor(options: SodaSimulatorOptions) {
    const credentials = options.credentials ?? sodaSandboxCredentials;
    // The header the client sends for these credentials, made by the client's own encoder.
    const { authorization: expectedAuthorization } = createSodaAuth(credentials).headers() as Record<string, string>;
    const settings: SimulatorSettings = {
      outcomes: options.outcomes && options.outcomes.length > 0 ? options.outcomes : ["pass"],
      durationMs: options.durationMs ?? 20_000,
      queuedMs: options.queuedMs ?? 3_000,
      logLines: options.logLines ?? 50,
    };
    const store = createScanStore(options.clock);
    super({
      vendor: "soda",
      clock: options.clock,
      routes: sodaRoutes(store, settings),
      authenticate: (request) =>
        request.headers.get("authorization") === expectedAuthorization
          ? credentials.apiKeyId
          : sodaError(401, "Unauthorized: the API key id or secret is not valid"),
      rateLimits: { ...sodaDefaultRateLimits, ...options.rateLimits },
      rateLimitClass: (operation) => rateLimitClassOf[operation] ?? operation,
      rateLimitedResponse: (seconds) => sodaError(429, `Too many requests: try again in ${seconds} seconds`),
      notFoundResponse: (url) => sodaError(404, `No API endpoint at ${url.pathname}`),
    });
    this.credentials = credentials;
    this.#store = store;
    this.#settings = settings;
  }

  get triggeredScans(): number {
    return this.#store.triggered;
  }

  seedScan(
    options: { outcome?: SimulatedOutcome; durationMs?: number; queuedMs?: number; definition?: string } = {},
  ): string {
    return this.#store.create({
      definition: options.definition ?? "sandbox_checks",
      outcome: options.outcome ?? "pass",
      durationMs: options.durationMs ?? this.#settings.durationMs,
      queuedMs: options.queuedMs ?? this.#settings.queuedMs,
    });
  }

  /** The scan's Soda state word right now, or undefined for an unknown id. */
  scanState(id: string): string | undefined {
    const scan = this.#store.scans.get(id);
    return scan ? sodaScanPhase(scan, this.clock.now()).word : undefined;
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return {
      SODA_BASE_URL: baseUrl,
      SODA_API_KEY_ID: this.credentials.apiKeyId,
      SODA_API_KEY_SECRET: this.credentials.apiKeySecret,
    };
  }
}

export function createSodaSimulator(options: SodaSimulatorOptions): SodaSimulator {
  return new SodaSimulator(options);
}
