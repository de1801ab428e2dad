import type { RateLimit } from "@scanstat/core";
import { jsonResponse, type SimulatedOutcome, Simulator, type VendorSimulator } from "@scanstat/core/testing";
import type { VendorSimulatorOptions } from "@scanstat/core/adapter-kit";
import { type HaloRateLimitClass, haloDefaultRateLimits } from "../halo-rate-limits.js";
import { haloError, haloRoutes } from "./halo-simulator-routes.js";
import {
  type HaloSimulatedOutcome,
  type HaloSimulatedScan,
  type HaloSimulatedTarget,
  HaloSimulatorScans,
} from "./halo-simulator-scans.js";

/**
 * The shared simulator options (clock, outcomes, durations, budgets per class) plus Halo's own.
 * Outcomes Halo cannot express (canceled, timed_out, error) are skipped; "failed" ends a scan with
 * a "Scan Failed" event; the default cycle is pass, warn, fail. A scan runs 120 s after 15 s
 * "Queued" unless told otherwise; the accepted API keys default to one obviously fake key.
 */
export interface HaloSimulatorOptions extends VendorSimulatorOptions<HaloRateLimitClass, readonly string[]> {
  /** Targets scans can start on. Default three example hosts, ids 1..3. */
  targets?: readonly HaloSimulatedTarget[];
  /** Budgets per class (`read`, `write`), per key; scanstat's defaults when omitted. */
  rateLimits?: Partial<Record<HaloRateLimitClass, RateLimit>>;
  /** The status of "Scan Already In Progress (<id>)": Halo documents both 200 and 400. Default 200. */
  alreadyInProgressStatus?: 200 | 400;
}

export const haloSandboxApiKey = "sandbox-halo-api-key";

export const haloDefaultTargets: readonly HaloSimulatedTarget[] = [
  { id: 1, host: "www.example.com", name: "" },
  { id: 2, host: "api.example.com", name: "API" },
  { id: 3, host: "shop.example.com", name: "Shop" },
];

const supportedOutcomes: readonly HaloSimulatedOutcome[] = ["pass", "warn", "fail", "failed"];
/** Triggered scans cycle through these unless told otherwise. */
const defaultOutcomes: readonly HaloSimulatedOutcome[] = ["pass", "warn", "fail"];

const rateClassOf: Readonly<Record<string, HaloRateLimitClass>> = {
  listScans: "read",
  getScan: "read",
  listInProgressScans: "read",
  startScan: "write",
  cancelScan: "write",
  listEvents: "read",
  getCurrentUser: "read",
};

/**
 * A stateful fake of Halo's scan API. Scans go "Queued" → "Server - Running" → "Web - Running"
 * in scan/inprogress-list.json (integer `status` 1, 3, 4; `duration` in seconds, rising), then
 * leave it and are read by scan/get.json with severity counts that match their outcome.
 * event/list.json has a "Scan Started" event for every scan and a "Scan Complete" or "Scan
 * Failed" when it ends. A canceled scan leaves the list at once, get.json answers it with no
 * findings, and it gets no ending event: as on Halo, only the missing event tells.
 * What Halo does not document is listed, as assumed, in testing/README.md.
 */
export class HaloSimulator extends Simulator implements VendorSimulator {
  readonly supportedOutcomes: readonly SimulatedOutcome[] = supportedOutcomes;
  /** Flip to answer "Scan Already In Progress" with the other documented status. */
  alreadyInProgressStatus: 200 | 400;
  readonly #scans: HaloSimulatorScans;
  readonly #credentials: readonly string[];
  readonly #outcomes: readonly HaloSimulatedOutcome[];
  readonly #durationMs: number;
  readonly #queuedMs: number;
  #triggered = 0;

  constructor(options: HaloSimulatorOptions) {
    const scans = new HaloSimulatorScans(options.clock, options.targets ?? haloDefaultTargets);
    const credentials = options.credentials ?? [haloSandboxApiKey];
    super({
      vendor: "halo",
      clock: options.clock,
      routes: haloRoutes({
        scans,
        nextTriggered: () => this!.#nextTriggered(),
        alreadyInProgressStatus: () => this!.alreadyInProgressStatus,
      }),
      authenticate: (request) => {
        const key = request.headers.get("x-apikey");
        if (!key) return haloError(401, "api key required", 401);
        if (!credentials.includes(key)) return haloError(401, "invalid api key", 401);
        return key;
      },
      rateLimits: { ...haloDefaultRateLimits, ...options.rateLimits },
      rateLimitClass: (operation) => rateClassOf[operation] ?? operation,
      rateLimitedResponse: () => jsonResponse({ code: 429, message: "rate limit exceeded" }, { status: 429 }),
      notFoundResponse: () => haloError(404, "not found", 404),
    });
    this.#scans = scans;
    this.#credentials = credentials;
    const expressible = (options.outcomes ?? []).filter((outcome): outcome is HaloSimulatedOutcome =>
      (supportedOutcomes as readonly string[]).includes(outcome),
    );
    this.#outcomes = expressible.length > 0 ? expressible : defaultOutcomes;
    this.#durationMs = options.durationMs ?? 120_000;
    this.#queuedMs = options.queuedMs ?? 15_000;
    this.alreadyInProgressStatus = options.alreadyInProgressStatus ?? 200;
  }

  get triggeredScans(): number {
    return this.#triggered;
  }

  get targets(): readonly HaloSimulatedTarget[] {
    return [...this.#scans.targets.values()];
  }

  get scans(): readonly Readonly<HaloSimulatedScan>[] {
    return this.#scans.scans;
  }

  addTarget(host: string, name = ""): HaloSimulatedTarget {
    return this.#scans.addTarget(host, name);
  }

  /** A scan on a fresh target (so it never blocks a trigger), queued now; not counted as triggered. */
  seedScan(options: { outcome?: SimulatedOutcome; durationMs?: number; queuedMs?: number } = {}): string {
    const outcome = options.outcome ?? "pass";
    if (!(supportedOutcomes as readonly string[]).includes(outcome)) {
      throw new Error(
        `the halo simulator cannot seed a "${outcome}" scan: Halo reports findings (pass, warn, fail) or "Scan Failed" (failed); cancel a scan through the API`,
      );
    }
    const target = this.#scans.addTarget(`seeded-${this.#scans.scans.length + 1}.example.com`);
    const scan = this.#scans.create(target.id, outcome as HaloSimulatedOutcome, {
      queuedMs: options.queuedMs ?? this.#queuedMs,
      durationMs: options.durationMs ?? this.#durationMs,
    });
    return scan.id;
  }

  /** Makes a scan in progress fail now ("Scan Failed"). False when it is unknown or not in progress. */
  failScan(id: string): boolean {
    const scan = this.#scans.find(id);
    const now = this.clock.now();
    if (!scan || !this.#scans.isInProgress(scan, now)) return false;
    scan.failedAt = now;
    return true;
  }

  sandboxEnvironment(baseUrl: string): Record<string, string> {
    return {
      HALO_BASE_URL: baseUrl,
      HALO_API_KEY: this.#credentials[0] ?? haloSandboxApiKey,
    };
  }

  #nextTriggered() {
    const outcome = this.#outcomes[this.#triggered % this.#outcomes.length]!;
    this.#triggered++;
    return { outcome, queuedMs: this.#queuedMs, durationMs: this.#durationMs };
  }
}

export function createHaloSimulator(options: HaloSimulatorOptions): HaloSimulator {
  return new HaloSimulator(options);
}
