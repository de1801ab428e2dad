import {
  type Clock,
  createSlidingWindowLimiter,
  type RateLimit,
  type RateLimiter,
  type ScanAdapter,
  type VendorId,
} from "@scanstat/core";
import type { VendorSimulator } from "@scanstat/core/testing";
import { createHaloAdapter, readHaloEnvironment } from "@scanstat/halo";
import { createHaloSimulator } from "@scanstat/halo/testing";
import { createProjectDiscoveryAdapter, readProjectDiscoveryEnvironment } from "@scanstat/projectdiscovery";
import { createProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import { createSodaAdapter, readSodaEnvironment } from "@scanstat/soda";
import { createSodaSimulator } from "@scanstat/soda/testing";
import { createTelmaiAdapter, readTelmaiEnvironment } from "@scanstat/telmai";
import { createTelmaiSimulator } from "@scanstat/telmai/testing";

export interface EconomySetup {
  vendor: VendorId;
  /** A simulator on `clock` with the vendor's default budgets, and an adapter pointed at it as the CLI builds one. */
  create(clock: Clock, scans: number, limiter?: RateLimiter): { simulator: VendorSimulator; adapter: ScanAdapter };
  /** The fewest requests the vendor's API allows for one look at `scans` running scans. */
  leastRoundRequests(scans: number): number;
  /** The fewest requests the vendor's API allows to learn how `scans` finished scans ended. */
  leastOutcomeRequests(scans: number): number;
  /** How the least figures follow from the vendor's API. */
  why: string;
}

const base = "http://simulator.invalid";

/** As the CLI does: the vendor's environment variables, read by the package's own reader. */
function common(clock: Clock, simulator: VendorSimulator, limiter = createSlidingWindowLimiter(clock)) {
  return {
    env: simulator.sandboxEnvironment(base),
    settings: { fetch: simulator.fetch, clock, limiter, random: () => 0.5 },
  };
}

export const economySetups: EconomySetup[] = [
  {
    vendor: "soda",
    create(clock, _scans, limiter) {
      const simulator = createSodaSimulator({ clock });
      const { env, settings } = common(clock, simulator, limiter);
      return { simulator, adapter: createSodaAdapter({ ...readSodaEnvironment(env), ...settings }) };
    },
    leastRoundRequests: (scans) => scans,
    leastOutcomeRequests: (scans) => scans,
    why: "no list endpoint: one GET /api/v1/scans/{id} per scan",
  },
  {
    vendor: "projectdiscovery",
    create(clock, _scans, limiter) {
      const simulator = createProjectDiscoverySimulator({ clock });
      const { env, settings } = common(clock, simulator, limiter);
      return {
        simulator,
        adapter: createProjectDiscoveryAdapter({ ...readProjectDiscoveryEnvironment(env), ...settings }),
      };
    },
    leastRoundRequests: (scans) => Math.ceil(scans / 100),
    leastOutcomeRequests: (scans) => Math.ceil(scans / 100),
    why: "GET /v1/scans pages of 100 carry status and severity counts",
  },
  {
    vendor: "telmai",
    create(clock, scans, limiter) {
      // One asset per watched scan: a scan of one asset shows in that asset's current run. Runs
      // carry their execution's id: N scans started at once with batch ids of their own (the
      // simulator's default, as the docs show) cannot be told apart by start time, and each
      // execution's status is then read to link it and to end it (2 reads per scan).
      const assets = Array.from({ length: scans }, (_, index) => ({ assetName: `asset_${index}`, monitors: 4 }));
      const simulator = createTelmaiSimulator({ clock, assets, jobIds: "execution" });
      const { env, settings } = common(clock, simulator, limiter);
      return { simulator, adapter: createTelmaiAdapter({ ...readTelmaiEnvironment(env), ...settings }) };
    },
    leastRoundRequests: (scans) => Math.ceil(scans / 100),
    leastOutcomeRequests: (scans) => Math.ceil(scans / 100) + 1,
    why: "GET /api/assets/scan-status pages of 100 carry every asset's current and last run; one GET /api/incidents for the scans that ended",
  },
  {
    vendor: "halo",
    create(clock, _scans, limiter) {
      const simulator = createHaloSimulator({ clock });
      const { env, settings } = common(clock, simulator, limiter);
      return { simulator, adapter: createHaloAdapter({ ...readHaloEnvironment(env), ...settings }) };
    },
    leastRoundRequests: (scans) => Math.ceil(scans / 1000),
    // Each seeded scan has a target of its own: one events read per target confirms its ending.
    leastOutcomeRequests: (scans) => Math.ceil(scans / 1000) + 2 * scans,
    why: "inprogress-list.json pages of 1000; a finished scan's findings need one get.json each, and its ending one event/list.json read per target (events carry no scan id)",
  },
];

/** The budget a watch spends: the adapter's declared limit for batch reads, else single reads. */
export function readBudget(adapter: ScanAdapter): RateLimit {
  const limit = (adapter.capabilities.batchGet ? adapter.rateLimits.getScans : undefined) ?? adapter.rateLimits.getScan;
  if (!limit) throw new Error(`${adapter.vendor} declares no rate limit for reads`);
  return limit;
}
