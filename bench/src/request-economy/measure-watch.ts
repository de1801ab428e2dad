import {
  type CallOptions,
  type Clock,
  isTerminalState,
  type RateLimiter,
  type ScanAdapter,
  watchScans,
} from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { median } from "../measure/statistics.js";
import { type EconomySetup, readBudget } from "./economy-setups.js";

export interface WatchMeasurement {
  scans: number;
  /** Requests per look at every scan while all of them ran. */
  requestsPerRound: number;
  leastRoundRequests: number;
  /** Requests after the scans finished, until the last was noticed, per scan. */
  requestsAfterFinishPerScan: number;
  /** From the scans' end to the watch's terminal update, virtual ms. */
  worstNoticeMs: number;
  medianNoticeMs: number;
  /** What the budget allows at best: the fewest requests to learn every outcome ÷ budget, at least one interval. */
  boundMs: number;
  rateLimited: number;
  problems: number;
  firstProblem?: string;
  wallMs: number;
}

/** Wraps the adapter to log when each look (of how many scans) came back. */
function countLooks(adapter: ScanAdapter, now: () => number) {
  const looks: Array<{ at: number; scans: number }> = [];
  const counted: ScanAdapter = {
    vendor: adapter.vendor,
    capabilities: adapter.capabilities,
    rateLimits: adapter.rateLimits,
    async getScan(id: string, options?: CallOptions) {
      const scan = await adapter.getScan(id, options);
      looks.push({ at: now(), scans: 1 });
      return scan;
    },
  };
  if (adapter.getScans) {
    const getScans = adapter.getScans.bind(adapter);
    counted.getScans = async (ids, options) => {
      const found = await getScans(ids, options);
      looks.push({ at: now(), scans: ids.length });
      return found;
    };
  }
  return { adapter: counted, looks };
}

/**
 * N scans seeded at once that all end at the same moment, `endPhase` (0..1) of a rate window
 * after a steady state, watched by `watchScans` with a fixed interval (so the budget, not the
 * backoff, sets the pace), in virtual time.
 */
export async function measureWatch(
  setup: EconomySetup,
  scans: number,
  intervalMs: number,
  endPhase: number,
  steadyRequestsPerRound?: number,
  limiterFor?: (clock: Clock) => RateLimiter,
): Promise<WatchMeasurement> {
  const wallStart = Date.now();
  const clock = createVirtualClock();
  const { simulator, adapter: realAdapter } = setup.create(clock, scans, limiterFor?.(clock));
  const budget = readBudget(realAdapter);
  const perSecond = (budget.requests / budget.windowMs) * 1000;
  // A few whole rounds before the end, so the figures are the steady state (then a phase of the window).
  const guessedRound =
    steadyRequestsPerRound ?? (realAdapter.capabilities.batchGet ? setup.leastRoundRequests(scans) : scans);
  const durationMs =
    Math.max(60_000, Math.ceil((3 * guessedRound * 1000) / perSecond)) + Math.round(endPhase * budget.windowMs);
  const startedAt = clock.now();
  const refs = [];
  for (let index = 0; index < scans; index++) {
    refs.push({ vendor: setup.vendor, id: simulator.seedScan({ outcome: "pass", durationMs, queuedMs: 0 }) });
  }
  const finishedAt = startedAt + durationMs;
  const boundMs = Math.max(intervalMs, (setup.leastOutcomeRequests(scans) / perSecond) * 1000);
  const { adapter, looks } = countLooks(realAdapter, () => clock.now());

  const noticed = new Map<string, number>();
  let problems = 0;
  let firstProblem: string | undefined;
  const events = watchScans(() => adapter, refs, {
    clock,
    intervalMs,
    random: () => 0.5,
    timeoutMs: durationMs + (5 * scans * 1000) / perSecond + 600_000,
  });
  for await (const event of events) {
    if (event.type === "update" && isTerminalState(event.scan.state) && !noticed.has(event.ref.id)) {
      noticed.set(event.ref.id, clock.now());
    } else if (event.type === "retrying" || event.type === "error") {
      problems++;
      firstProblem ??= `${event.type}: ${event.error.message}`;
    } else if (event.type === "end" && event.reason !== "terminal") {
      firstProblem ??= `the watch ended: ${event.reason}`;
    }
  }

  const running = (at: number) => at >= startedAt && at < finishedAt;
  const roundsWhileRunning =
    looks.filter((look) => running(look.at)).reduce((sum, look) => sum + look.scans, 0) / scans;
  if (roundsWhileRunning < 2 && steadyRequestsPerRound === undefined) {
    // Fewer looks than guessed: run again with time for rounds of one request per scan.
    return measureWatch(setup, scans, intervalMs, endPhase, scans + 1, limiterFor);
  }
  const requestsWhileRunning = simulator.requests.filter((request) => running(request.at)).length;
  const lastNotice = Math.max(...noticed.values());
  const requestsAfter = simulator.requests.filter((request) => request.at >= finishedAt && request.at <= lastNotice);
  const delays = [...noticed.values()].map((at) => at - finishedAt);
  if (noticed.size < scans) problems += scans - noticed.size;
  return {
    scans,
    requestsPerRound: requestsWhileRunning / roundsWhileRunning,
    leastRoundRequests: setup.leastRoundRequests(scans),
    requestsAfterFinishPerScan: requestsAfter.length / scans,
    worstNoticeMs: delays.length === scans ? Math.max(...delays) : Number.POSITIVE_INFINITY,
    medianNoticeMs: median(delays),
    boundMs,
    rateLimited: simulator.requests.filter((request) => request.status === 429).length,
    problems,
    ...(firstProblem ? { firstProblem } : {}),
    wallMs: Date.now() - wallStart,
  };
}
