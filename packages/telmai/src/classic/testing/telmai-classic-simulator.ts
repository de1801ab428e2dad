import type { Clock, RateLimit } from "@scanstat/core";
import { jsonResponse, type SimulatedOutcome, Simulator, type VendorSimulator } from "@scanstat/core/testing";
import { type TelmaiClassicRateClass, telmaiClassicDefaultRateLimits } from "../telmai-classic-rate-limits.js";
import type {
  TelmaiClassicAlert,
  TelmaiClassicIncident,
  TelmaiClassicJobStatusWebhook,
} from "../client/telmai-classic-schemas.js";
import { formatTelmaiClassicScanId } from "../adapter/telmai-classic-scan-id.js";

/** How a simulated job ends: its alerts' priorities decide the verdict; `failed` is a FAILED job. */
export type TelmaiClassicSimulatedOutcome = "pass" | "warn" | "fail" | "failed";

export interface TelmaiClassicSimulatedUser {
  username: string;
  password: string;
}

export interface TelmaiClassicSimulatorOptions {
  clock: Clock;
  /** Endings of triggered jobs, used in turn. Default `["pass"]`. */
  outcomes?: readonly SimulatedOutcome[];
  /** IN_PROGRESS time of a job, ms of simulator time. Default 60 000. */
  durationMs?: number;
  /** PREPARING then BATCH_WAIT time (half each), ms. Default 0. */
  queuedMs?: number;
  /** The tenant in every path. Default `sandbox-tenant`. */
  tenant?: string;
  /** Accepted `X-TLM-Key` values. Default one sandbox key. */
  apiKeys?: readonly string[];
  /** Accepted logins of the token endpoint. Default one sandbox user. */
  users?: readonly TelmaiClassicSimulatedUser[];
  /** Lifetime of issued access tokens, seconds (`expires`). Default 3600. */
  tokenLifetimeSeconds?: number;
  /** The assets a job may be started for; others answer 404. Default orders, customers, payments. */
  assets?: readonly string[];
  /** Budgets per credential. Telmai documents none: default scanstat's conservative ones. */
  rateLimits?: Partial<Record<TelmaiClassicRateClass, RateLimit>>;
}

export const defaultTelmaiClassicSandbox = {
  tenant: "sandbox-tenant",
  apiKey: "sandbox-telmai-classic-key",
  username: "sandbox-user",
  password: "sandbox-password",
} as const;

const supportedOutcomes = [
  "pass",
  "warn",
  "fail",
  "failed",
] as const satisfies readonly TelmaiClassicSimulatedOutcome[];

function simulatedOutcome(outcome: SimulatedOutcome | undefined): TelmaiClassicSimulatedOutcome {
  const chosen = outcome ?? "pass";
  if (!(supportedOutcomes as readonly string[]).includes(chosen)) {
    throw new Error(
      `the Telmai classic simulator cannot end a job "${chosen}" (it can: ${supportedOutcomes.join(", ")})`,
    );
  }
  return chosen as TelmaiClassicSimulatedOutcome;
}

interface SimulatedJob {
  id: string;
  assetId: string;
  startedAt: number;
  queuedMs: number;
  durationMs: number;
  outcome: TelmaiClassicSimulatedOutcome;
}

/** The priorities a job's alerts carry, by outcome (ASSUMED: the docs show no example set). */
const alertPriorities: Record<TelmaiClassicSimulatedOutcome, string[]> = {
  pass: [],
  warn: ["MEDIUM", "LOW"],
  fail: ["HIGH", "MEDIUM"],
  failed: [],
};

const errorBody = (status: number) =>
  jsonResponse(
    {
      description:
        (
          { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests" } as Record<
            number,
            string
          >
        )[status] ?? "Error",
    },
    { status },
  );

/** Whether a path belongs to the classic API (its controllers), not to Telmai for Fabric. */
export function isTelmaiClassicPath(pathname: string): boolean {
  return /\/api\/(auth|backend|data)\//.test(pathname);
}

/**
 * The classic Telmai API (docs.telm.ai) as a Fetch handler: the token endpoint, asset scans
 * (`batch_data`), jobs moving PREPARING → BATCH_WAIT → IN_PROGRESS → FINISHED | FAILED over
 * simulator time, each job's alerts (both documented forms), incidents, `X-TLM-Key` and bearer
 * auth, and the documented `{"description": "Unauthorized"}` error bodies. Every behaviour the
 * docs do not state is listed as assumed in this folder's README.
 */
export class TelmaiClassicSimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = supportedOutcomes;
  readonly tenant: string;
  readonly jobs = new Map<string, SimulatedJob>();
  readonly #apiKeys: string[];
  readonly #tokens = new Map<string, number>();
  readonly #refreshTokens = new Set<string>();
  readonly #triggers: {
    outcomes: TelmaiClassicSimulatedOutcome[];
    durationMs: number;
    queuedMs: number;
    count: number;
  };
  #minted = 0;
  #jobCount = 0;

  constructor(options: TelmaiClassicSimulatorOptions) {
    const tenant = options.tenant ?? defaultTelmaiClassicSandbox.tenant;
    const apiKeys = [...(options.apiKeys ?? [defaultTelmaiClassicSandbox.apiKey])];
    const users = options.users ?? [
      { username: defaultTelmaiClassicSandbox.username, password: defaultTelmaiClassicSandbox.password },
    ];
    const assets = new Set(options.assets ?? ["orders", "customers", "payments"]);
    const lifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    const outcomes = (options.outcomes ?? []).map(simulatedOutcome);
    const triggers = {
      outcomes: outcomes.length > 0 ? outcomes : (["pass"] as TelmaiClassicSimulatedOutcome[]),
      durationMs: options.durationMs ?? 60_000,
      queuedMs: options.queuedMs ?? 0,
      count: 0,
    };
    // `this` is not available before super(): the handlers reach the instance through this box.
    const self: { simulator?: TelmaiClassicSimulator } = {};
    const sim = () => self.simulator!;
    const tenantOf = (params: Record<string, string>) => params.tenant === tenant;

    super({
      vendor: "telmai",
      clock: options.clock,
      rateLimits: { ...telmaiClassicDefaultRateLimits, ...options.rateLimits },
      rateLimitClass: (operation) =>
        operation === "triggerAssetScan" ? "trigger" : operation === "requestToken" ? "auth" : "read",
      rateLimitedResponse: () => errorBody(429),
      notFoundResponse: () => errorBody(404),
      authenticate: (request, route) => {
        if (route.operation === "requestToken") return "token-endpoint";
        const key = request.headers.get("x-tlm-key")?.trim();
        if (key) return apiKeys.includes(key) ? `key:${key}` : errorBody(401);
        const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
        if (!bearer) return errorBody(401);
        const expiresAt = sim().#tokens.get(bearer);
        if (expiresAt === undefined || options.clock.now() >= expiresAt) return errorBody(401);
        return `token:${bearer}`;
      },
      routes: [
        {
          method: "POST",
          path: "/api/auth/auth/token",
          operation: "requestToken",
          handle: async ({ url, body }) => {
            // Both spellings, query or form body (the docs disagree; ASSUMED the server takes either).
            const form = ((await body()) ?? {}) as Record<string, string>;
            const read = (...names: string[]) => {
              for (const name of names) {
                const value = url.searchParams.get(name) ?? (typeof form === "object" ? form[name] : undefined);
                if (value) return value;
              }
              return undefined;
            };
            const grant = read("grantType", "grant_type");
            if (grant === "password") {
              const user = users.find((u) => u.username === read("username") && u.password === read("password"));
              if (!user) return errorBody(401);
            } else if (grant === "refresh_token") {
              const refresh = read("refreshToken", "refresh_token");
              if (!refresh || !sim().#refreshTokens.has(refresh)) return errorBody(401);
              sim().#refreshTokens.delete(refresh);
            } else {
              return jsonResponse({ description: "Bad Request" }, { status: 400 });
            }
            return jsonResponse(sim().#mint(lifetimeSeconds));
          },
        },
        {
          method: "POST",
          path: "/api/data/:tenant/assets/:assetId/batch_data",
          operation: "triggerAssetScan",
          handle: ({ params, now }) => {
            if (!tenantOf(params)) return errorBody(403);
            if (!assets.has(params.assetId ?? "")) return errorBody(404);
            const outcome = triggers.outcomes[triggers.count % triggers.outcomes.length] ?? "pass";
            triggers.count++;
            const job = sim().#start(params.assetId!, now, outcome, triggers.durationMs, triggers.queuedMs);
            return jsonResponse({
              message: "Upload task started. Please track the job status to check progress",
              job_id: job.id,
            });
          },
        },
        {
          method: "GET",
          path: "/api/backend/:tenant/jobs/:jobId",
          operation: "getJob",
          handle: ({ params, now }) => {
            if (!tenantOf(params)) return errorBody(403);
            const job = sim().jobs.get(params.jobId ?? "");
            if (!job) return errorBody(404);
            const { status, details } = sim().jobStatus(job.id, now)!;
            return jsonResponse({ id: job.id, status, details });
          },
        },
        {
          method: "POST",
          path: "/api/backend/:tenant/configuration/sources/:sourceId/alerts",
          operation: "getSourceJobAlerts",
          handle: ({ params, url, now }) => {
            if (!tenantOf(params)) return errorBody(403);
            // ASSUMED: an unknown source is a 404; a job of another source has no alerts there.
            if (!assets.has(params.sourceId ?? "")) return errorBody(404);
            const alerts = sim().alerts(url.searchParams.get("job_id") ?? "", now);
            return jsonResponse(alerts.filter((alert) => alert.source === params.sourceId));
          },
        },
        {
          method: "GET",
          path: "/api/backend/:tenant/configuration/alerts",
          operation: "getJobAlerts",
          handle: ({ params, url, now }) => {
            if (!tenantOf(params)) return errorBody(403);
            return jsonResponse(sim().alerts(url.searchParams.get("job_id") ?? "", now));
          },
        },
        {
          method: "GET",
          path: "/api/backend/:tenant/incidents",
          operation: "listIncidents",
          handle: ({ params, url, now }) => {
            if (!tenantOf(params)) return errorBody(403);
            const severities = url.searchParams.get("severities")?.split(",").filter(Boolean);
            const incidents = sim().incidents(now);
            return jsonResponse(
              severities ? incidents.filter((incident) => severities.includes(incident.severity ?? "")) : incidents,
            );
          },
        },
      ],
    });
    self.simulator = this;
    this.tenant = tenant;
    this.#apiKeys = apiKeys;
    this.#triggers = triggers;
  }

  #mint(lifetimeSeconds: number) {
    const number = ++this.#minted;
    const access = `sandbox-telmai-classic-access-${number}`;
    const refresh = `sandbox-telmai-classic-refresh-${number}`;
    this.#tokens.set(access, this.clock.now() + lifetimeSeconds * 1000);
    this.#refreshTokens.add(refresh);
    return { expires: lifetimeSeconds, access_token: access, refresh_token: refresh, token_type: "Bearer" };
  }

  #start(assetId: string, now: number, outcome: TelmaiClassicSimulatedOutcome, durationMs: number, queuedMs: number) {
    // Hex, as the docs' example job id (`a08aa2a2592a541e194db9d01e9d0e457`).
    const id = `a08a${(++this.#jobCount).toString(16).padStart(28, "0")}`;
    const job: SimulatedJob = { id, assetId, startedAt: now, queuedMs, durationMs, outcome };
    this.jobs.set(id, job);
    return job;
  }

  get triggeredScans(): number {
    return this.#triggers.count;
  }

  /** An API key it accepts. */
  get apiKey(): string {
    const key = this.#apiKeys[0];
    if (!key) throw new Error("the Telmai classic simulator has no API key");
    return key;
  }

  /** Revokes every issued access token (the next bearer request answers 401; refresh tokens still work). */
  expireTokens(): void {
    this.#tokens.clear();
  }

  /** The job's status word and details at `now` (simulator time). */
  jobStatus(jobId: string, now = this.clock.now()): { status: string; details: string } | undefined {
    const job = this.jobs.get(jobId);
    if (!job) return undefined;
    const elapsed = now - job.startedAt;
    if (elapsed < job.queuedMs / 2) return { status: "PREPARING", details: "Preparing the upload" };
    if (elapsed < job.queuedMs) return { status: "BATCH_WAIT", details: "Waiting for a batch slot" };
    if (elapsed < job.queuedMs + job.durationMs) return { status: "IN_PROGRESS", details: "Profiling the data" };
    return job.outcome === "failed"
      ? { status: "FAILED", details: "Could not read the source: access denied" }
      : { status: "FINISHED", details: "Job completed successfully" };
  }

  /** The alerts a job raised by `now`: none until it has FINISHED (ASSUMED). */
  alerts(jobId: string, now = this.clock.now()): TelmaiClassicAlert[] {
    const job = this.jobs.get(jobId);
    if (!job || this.jobStatus(jobId, now)?.status !== "FINISHED") return [];
    const at = new Date(job.startedAt + job.queuedMs + job.durationMs).toISOString();
    return alertPriorities[job.outcome].map((priority, index) => ({
      type: index === 0 ? "SCHEMA_CHANGE" : "DATA_DRIFT",
      source: job.assetId,
      description: { [priority]: [`simulated ${priority.toLowerCase()} alert ${index + 1} of job ${job.id}`] },
      job_id: job.id,
      create_time: at,
      save_time: at,
      is_notification_enabled: true,
      metric_time: job.startedAt,
      metric_value: index + 1,
      policy_name: "sandbox_policy",
      priority,
      source_name: job.assetId,
      source_type: "SNOWFLAKE",
    }));
  }

  /** One incident per finished job with alerts, severity its highest priority (ASSUMED aggregation). */
  incidents(now = this.clock.now()): TelmaiClassicIncident[] {
    const rank = ["LOW", "MEDIUM", "HIGH"];
    const incidents: TelmaiClassicIncident[] = [];
    for (const job of this.jobs.values()) {
      const alerts = this.alerts(job.id, now);
      if (alerts.length === 0) continue;
      const severity = alerts
        .map((alert) => alert.priority ?? "LOW")
        .sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0];
      const at = new Date(job.startedAt).toISOString();
      incidents.push({
        id: 1000 + incidents.length + 1,
        project_id: 0,
        asset_id: job.assetId,
        last_upload_timestamp: at,
        created_time: at,
        severity: severity ?? "LOW",
        impact: severity ?? "LOW",
        status: "OPEN",
        alert_policy_id: "1",
        alert_policy_name: "sandbox_policy",
        description: `${alerts.length} alert(s) on ${job.assetId}`,
        tags: ["SANDBOX"],
      });
    }
    return incidents;
  }

  /** The job-status webhook Telmai would send now: `{tenant, source, jobId, status, details}` (the job id verbatim). */
  jobStatusWebhook(jobId: string, now = this.clock.now()): TelmaiClassicJobStatusWebhook | undefined {
    const job = this.jobs.get(jobId);
    const status = this.jobStatus(jobId, now);
    if (!job || !status) return undefined;
    return { tenant: this.tenant, source: job.assetId, jobId: job.id, ...status };
  }

  /** A job of an asset that did not count as a trigger; returns the scan id `<asset>~<job>`. */
  seedScan(
    options: { outcome?: SimulatedOutcome; durationMs?: number; queuedMs?: number; assetId?: string } = {},
  ): string {
    const job = this.#start(
      options.assetId ?? "orders",
      this.clock.now(),
      simulatedOutcome(options.outcome),
      options.durationMs ?? this.#triggers.durationMs,
      options.queuedMs ?? this.#triggers.queuedMs,
    );
    return formatTelmaiClassicScanId({ assetId: job.assetId, jobId: job.id });
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return { TELMAI_BASE_URL: baseUrl, TELMAI_API_KEY: this.apiKey, TELMAI_TENANT: this.tenant };
  }
}

export function createTelmaiClassicSimulator(options: TelmaiClassicSimulatorOptions): TelmaiClassicSimulator {
  return new TelmaiClassicSimulator(options);
}
