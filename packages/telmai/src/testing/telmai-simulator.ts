import type { Clock, RateLimit } from "@scanstat/core";
import { jsonResponse, type SimulatedOutcome, Simulator, type VendorSimulator } from "@scanstat/core/testing";
import { telmaiPermissions } from "../client/telmai-error.js";
import { type TelmaiRateClass, telmaiDefaultRateLimits } from "../telmai-rate-limits.js";
import {
  defaultTelmaiAssets,
  type TelmaiSimulatedAsset,
  type TelmaiSimulatedOutcome,
  TelmaiWorkspace,
} from "./telmai-workspace.js";

/** Workspace roles: Admin and Member may trigger scans; a Viewer may only read. */
export type TelmaiRole = "admin" | "member" | "viewer";

export interface TelmaiSimulatedToken {
  token: string;
  role: TelmaiRole;
  /** Accepted until this (virtual) time, epoch ms or ISO-8601; then 401, as an expired Entra ID token. */
  expiresAt?: number | string;
}

export interface TelmaiSimulatorOptions {
  clock: Clock;
  /** Endings of triggered scans, used in turn. Default `["pass"]`. */
  outcomes?: readonly SimulatedOutcome[];
  /** How long a scan runs, ms of simulator time. Default 60 000. */
  durationMs?: number;
  /** How long after the trigger the assets' runs start. Default 0. */
  queuedMs?: number;
  /** The workspace's assets and monitors. Default: orders, customers, payments. */
  assets?: readonly TelmaiSimulatedAsset[];
  /** Accepted tokens. Default: an Admin token and a Viewer token (see `adminToken`, `viewerToken`). */
  credentials?: readonly TelmaiSimulatedToken[];
  /** Budgets by class (`trigger`, `read`) per token. Default: scanstat's conservative defaults. */
  rateLimits?: Partial<Record<TelmaiRateClass, RateLimit>>;
  /**
   * `batch` (default, as the docs' example `batch-uuid`): asset runs carry a batch id of their
   * own (`batch-000001`) and start 2 s after their execution. `execution`: they carry the
   * execution id (assumed possible; to exercise the adapter's `jobId` link).
   */
  jobIds?: "execution" | "batch";
  /**
   * Severities of the incidents triggered scans raise, per scan in turn (as `outcomes`), e.g.
   * `[["high"], []]`. Default: none.
   */
  incidents?: readonly (readonly string[])[];
  /** Assets per page of `GET /api/assets/scan-status`. Default 100 (the vendor's maximum). */
  assetsPageSize?: number;
}

const supportedOutcomes = ["pass", "warn", "fail", "failed"] as const satisfies readonly TelmaiSimulatedOutcome[];

export const defaultTelmaiSandboxTokens = {
  admin: "sandbox-telmai-admin-token",
  viewer: "sandbox-telmai-viewer-token",
} as const;

function simulatedOutcome(outcome: SimulatedOutcome | undefined): TelmaiSimulatedOutcome {
  const chosen = outcome ?? "pass";
  if (!(supportedOutcomes as readonly string[]).includes(chosen)) {
    throw new Error(`the Telmai simulator cannot end a scan "${chosen}" (it can: ${supportedOutcomes.join(", ")})`);
  }
  return chosen as TelmaiSimulatedOutcome;
}

function epochOf(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return typeof value === "number" ? value : Date.parse(value);
}

/**
 * Telmai for Microsoft Fabric as a Fetch handler: `POST /api/scan/run`, `GET
 * /api/scan/status/:executionId`, `GET /api/assets/scan-status` and `GET /api/incidents`, every answer in the
 * `{data, error, meta}` envelope with a `meta.requestId`; bearer tokens with roles and expiry.
 */
export class TelmaiSimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = supportedOutcomes;
  readonly workspace: TelmaiWorkspace;
  readonly #tokens: Map<string, { role: TelmaiRole; expiresAt: number | undefined }>;
  /** Trigger settings and the count of triggers, shared with the route handlers. */
  readonly #triggers: {
    outcomes: TelmaiSimulatedOutcome[];
    incidents: readonly (readonly string[])[];
    durationMs: number;
    queuedMs: number;
    count: number;
  };
  #issued = 0;

  constructor(options: TelmaiSimulatorOptions) {
    const workspace = new TelmaiWorkspace(options.assets ?? defaultTelmaiAssets, options.jobIds ?? "batch");
    const tokens = new Map<string, { role: TelmaiRole; expiresAt: number | undefined }>();
    const credentials = options.credentials ?? [
      { token: defaultTelmaiSandboxTokens.admin, role: "admin" },
      { token: defaultTelmaiSandboxTokens.viewer, role: "viewer" },
    ];
    for (const credential of credentials) {
      tokens.set(credential.token, { role: credential.role, expiresAt: epochOf(credential.expiresAt) });
    }
    const pageSize = Math.max(1, Math.min(100, options.assetsPageSize ?? 100));
    let requestCount = 0;
    const meta = (extra: Record<string, unknown> = {}) => ({
      requestId: `req-${String(++requestCount).padStart(6, "0")}`,
      timestamp: new Date(options.clock.now()).toISOString(),
      ...extra,
    });
    const ok = (data: unknown, status = 200, extra?: Record<string, unknown>) =>
      jsonResponse({ data, error: null, meta: meta(extra) }, { status });
    const failure = (status: number, code: string, message: string) =>
      jsonResponse({ data: null, error: { code, message, details: null }, meta: meta() }, { status });
    const limits = { ...telmaiDefaultRateLimits, ...options.rateLimits };
    const outcomes = (options.outcomes ?? []).map(simulatedOutcome);
    const triggers = {
      outcomes: outcomes.length > 0 ? outcomes : (["pass"] as TelmaiSimulatedOutcome[]),
      incidents: options.incidents ?? [],
      durationMs: options.durationMs ?? 60_000,
      queuedMs: options.queuedMs ?? 0,
      count: 0,
    };

    super({
      vendor: "telmai",
      clock: options.clock,
      rateLimits: limits,
      rateLimitClass: (operation) => (operation === "runScan" ? "trigger" : "read"),
      rateLimitedResponse: () => failure(429, "RATE_LIMITED", "Too many requests, please retry later"),
      notFoundResponse: (url) => failure(404, "NOT_FOUND", `Route ${url.pathname} not found`),
      authenticate: (request, route) => {
        const header = request.headers.get("authorization") ?? "";
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) return failure(401, "UNAUTHORIZED", "Missing bearer token");
        const token = match[1]!;
        const known = tokens.get(token);
        if (!known) return failure(401, "UNAUTHORIZED", "Invalid token");
        if (known.expiresAt !== undefined && options.clock.now() >= known.expiresAt) {
          return failure(401, "UNAUTHORIZED", "Token expired");
        }
        if (telmaiPermissions[route.operation] === "scan:trigger" && known.role === "viewer") {
          return failure(403, "FORBIDDEN", "You do not have permission to perform this action");
        }
        return token;
      },
      routes: [
        {
          method: "POST",
          path: "/api/scan/run",
          operation: "runScan",
          handle: ({ now }) => {
            const outcome = triggers.outcomes[triggers.count % triggers.outcomes.length] ?? "pass";
            const incidents = triggers.incidents[triggers.count % Math.max(1, triggers.incidents.length)];
            triggers.count++;
            const executionId = workspace.start(now, {
              outcome,
              ...(incidents ? { incidents } : {}),
              durationMs: triggers.durationMs,
              queuedMs: triggers.queuedMs,
              scope: "workspace",
            });
            return ok({ executionId, status: "running" }, 202);
          },
        },
        {
          method: "GET",
          path: "/api/scan/status/:executionId",
          operation: "getScanStatus",
          handle: ({ params, now }) => {
            const execution = workspace.execution(params.executionId ?? "", now);
            return execution ? ok(execution) : failure(404, "NOT_FOUND", "Scan execution not found");
          },
        },
        {
          method: "GET",
          path: "/api/assets/scan-status",
          operation: "getAssetsScanStatus",
          handle: ({ url, now }) => {
            const assets = workspace.assets(now);
            const size = Math.max(1, Math.min(100, Number(url.searchParams.get("pageSize")) || pageSize));
            const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1));
            const totalPages = Math.max(1, Math.ceil(assets.length / size));
            const slice = assets.slice((page - 1) * size, page * size);
            return ok(slice, 200, { pagination: { page, pageSize: size, total: assets.length, totalPages } });
          },
        },
        {
          method: "GET",
          path: "/api/incidents",
          operation: "getIncidents",
          handle: ({ url, now }) => {
            const query = url.searchParams;
            const bound = (name: string) => {
              const value = query.get(name);
              return value === null ? undefined : Date.parse(value);
            };
            const from = bound("from");
            const to = bound("to");
            if (Number.isNaN(from) || Number.isNaN(to)) {
              return failure(400, "VALIDATION_ERROR", "from and to must be ISO 8601 timestamps");
            }
            const matches = workspace.incidents(now).filter((incident) => {
              const detected = Date.parse(incident.detectedAt ?? "");
              return (
                (from === undefined || detected >= from) &&
                (to === undefined || detected <= to) &&
                [
                  ["severity", incident.severity],
                  ["status", incident.status],
                  ["assetId", incident.assetId],
                ].every(([name, value]) => !query.has(name!) || query.get(name!) === value)
              );
            });
            const size = Math.max(1, Math.min(100, Number(query.get("pageSize")) || 25));
            const page = Math.max(1, Math.floor(Number(query.get("page")) || 1));
            const totalPages = Math.max(1, Math.ceil(matches.length / size));
            const slice = matches.slice((page - 1) * size, page * size);
            return ok(slice, 200, { pagination: { page, pageSize: size, total: matches.length, totalPages } });
          },
        },
      ],
    });
    this.workspace = workspace;
    this.#tokens = tokens;
    this.#triggers = triggers;
  }

  get triggeredScans(): number {
    return this.#triggers.count;
  }

  /** An Admin token it accepts (the first admin or member token given). */
  get adminToken(): string {
    for (const [token, { role }] of this.#tokens) if (role !== "viewer") return token;
    throw new Error("the Telmai simulator has no token that may trigger scans");
  }

  /** A Viewer token: may read the assets' runs, but not trigger scans or read their status (403). */
  get viewerToken(): string | undefined {
    for (const [token, { role }] of this.#tokens) if (role === "viewer") return token;
    return undefined;
  }

  /** Mints a token accepted for `validForMs` of simulator time (to test token refresh). */
  issueToken(options: { role?: TelmaiRole; validForMs?: number } = {}): string {
    const token = `sandbox-telmai-issued-token-${++this.#issued}`;
    this.#tokens.set(token, {
      role: options.role ?? "member",
      expiresAt: options.validForMs === undefined ? undefined : this.clock.now() + options.validForMs,
    });
    return token;
  }

  /**
   * A scan of one asset (an idle one when there is, so several seeded scans run side by side
   * and each shows in the assets' current runs), as a per-asset run would be. Triggered scans
   * run every asset. Does not count as a trigger.
   */
  seedScan(
    options: { outcome?: SimulatedOutcome; durationMs?: number; queuedMs?: number; incidents?: readonly string[] } = {},
  ): string {
    return this.workspace.start(this.clock.now(), {
      outcome: simulatedOutcome(options.outcome),
      ...(options.incidents ? { incidents: options.incidents } : {}),
      durationMs: options.durationMs ?? this.#triggers.durationMs,
      queuedMs: options.queuedMs ?? this.#triggers.queuedMs,
      scope: "one-asset",
    });
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return { TELMAI_BASE_URL: baseUrl, TELMAI_TOKEN: this.adminToken };
  }
}

export function createTelmaiSimulator(options: TelmaiSimulatorOptions): TelmaiSimulator {
  return new TelmaiSimulator(options);
}
