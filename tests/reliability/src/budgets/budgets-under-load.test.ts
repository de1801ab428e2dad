import {
  createSlidingWindowLimiter,
  type HttpTraceEvent,
  isTerminalState,
  type ScanAdapter,
  type ScanRef,
  watchScans,
} from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { observeLooks } from "../harness/observe-looks.js";
import { longestWaitBetweenLooks, maxInSlidingWindow, requestsPerWindow } from "../harness/request-windows.js";
import { seededRandom } from "../harness/seeded-random.js";
import { type TestedVendor, type VendorSetup, vendorKits, vendors } from "../harness/vendor-kits.js";

const scansPerVendor = 125;
const minute = 60_000;
/** Scans run 10 to 20 minutes: for the first 10, every scan is still at work. */
const shortestScanMs = 10 * minute;
/** The watch's longest delay between two looks at a scan (its default). */
const maxPollDelayMs = 30_000;

/**
 * Requests one round of looks at N scans costs, from each adapter's way of reading: Soda reads
 * one scan per request; ProjectDiscovery finds scans in list pages (newest first, then running),
 * 100 a page, at most one page more than needed per pass; Halo reads its in-progress list (1000 a
 * page) and one get.json per scan that left it; Telmai reads each execution's status and the
 * assets' runs (100 assets a page; these tests have three).
 */
const requestsPerRound: Readonly<Record<TestedVendor, (scans: number) => number>> = {
  soda: (scans) => scans,
  projectdiscovery: (scans) => 2 * (Math.ceil(scans / 100) + 1),
  halo: (scans) => Math.ceil(scans / 1000) + scans,
  telmai: (scans) => scans + 1,
};

/**
 * The longest a scan may wait between two looks: its longest poll delay, then the time the budget
 * (R requests per W) takes to serve what is ahead of it. Soda's scans are looked at one by one,
 * oldest-due first: at most a round of N requests is ahead. A batch vendor's scan that falls due
 * while a round is in flight waits for that round and its own.
 */
function starvationBound(vendor: TestedVendor, scans: number, requests: number, windowMs: number): number {
  const rounds = vendor === "soda" ? 1 : 2;
  return maxPollDelayMs + rounds * Math.ceil(requestsPerRound[vendor](scans) / requests) * windowMs;
}

interface Figures {
  vendor: TestedVendor;
  limit: string;
  requests: number;
  busiestWindow: number;
  perMinuteWhileAllRun: number[];
  longestWaitS: number;
  boundS: number;
}

async function watchFiveHundredScans() {
  const clock = createVirtualClock();
  const limiter = createSlidingWindowLimiter(clock);
  const random = seededRandom(7);
  const traces: HttpTraceEvent[] = [];
  const looks = new Map<TestedVendor, Map<string, number[]>>();
  const setups = new Map<TestedVendor, VendorSetup>();
  const adapters = new Map<TestedVendor, ScanAdapter>();
  const refs: ScanRef[] = [];
  const start = clock.now();
  for (const vendor of vendors) {
    const setup = vendorKits[vendor].create({ clock, limiter, random, onTrace: (event) => traces.push(event) });
    setups.set(vendor, setup);
    const seen = new Map<string, number[]>();
    looks.set(vendor, seen);
    adapters.set(vendor, observeLooks(setup.adapter, clock, seen));
    for (let index = 0; index < scansPerVendor; index++) {
      const id = setup.simulator.seedScan({
        outcome: "pass",
        queuedMs: Math.floor(random() * minute),
        durationMs: shortestScanMs + Math.floor(random() * shortestScanMs),
      });
      refs.push({ vendor, id });
    }
  }
  // Interleaved, as a user would list them: no vendor's scans all come first.
  refs.sort((a, b) => a.id.localeCompare(b.id));

  let ended: { reason: string; terminal: number } | undefined;
  for await (const event of watchScans((vendor) => adapters.get(vendor as TestedVendor)!, refs, { clock, random })) {
    if (event.type === "end") {
      const terminal = event.results.filter((result) => result.scan && isTerminalState(result.scan.state)).length;
      ended = { reason: event.reason, terminal };
    }
  }
  return { clock, start, setups, looks, traces, ended };
}

describe("rate budgets under load: 500 scans watched at once across four vendors", () => {
  it("sends no request over any vendor's budget, uses the budget where work waits, and starves no scan", async () => {
    const wallStart = Date.now();
    // Hundreds of requests wait for the budget under one watch: none may pile listeners on a signal
    // (Node would print a MaxListenersExceededWarning on the user's terminal).
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    const run = await watchFiveHundredScans().finally(() => process.off("warning", onWarning));
    expect(warnings).toEqual([]);
    expect(run.ended).toEqual({ reason: "terminal", terminal: 4 * scansPerVendor });
    // No 429 anywhere: neither answered by a simulator nor retried by a client.
    for (const { simulator } of run.setups.values()) expect(simulator.count("", { status: 429 })).toBe(0);
    expect(run.traces.filter((event) => event.status === 429)).toEqual([]);

    const figures: Figures[] = [];
    for (const [vendor, { simulator, adapter }] of run.setups) {
      const limit = adapter.rateLimits.getScan!;
      // The simulators enforce the same limit the adapters budget for (documented for Soda, defaults elsewhere).
      expect({ requests: limit.requests, windowMs: limit.windowMs, documented: limit.documented }).toEqual({
        requests: 60,
        windowMs: minute,
        documented: vendor === "soda",
      });
      expect(simulator.requests.filter((request) => request.status === 429)).toEqual([]);
      const times = simulator.requests.map((request) => request.at);
      const busiestWindow = maxInSlidingWindow(times, limit.windowMs);
      expect(busiestWindow).toBeLessThanOrEqual(limit.requests);

      const perMinuteWhileAllRun = requestsPerWindow(times, run.start, minute, shortestScanMs / minute);
      const looks = run.looks.get(vendor)!;
      const longestWait = longestWaitBetweenLooks(looks, run.start);
      const bound = starvationBound(vendor, scansPerVendor, limit.requests, limit.windowMs);
      figures.push({
        vendor,
        limit: `${limit.requests}/${limit.windowMs / 1000}s`,
        requests: times.length,
        busiestWindow,
        perMinuteWhileAllRun,
        longestWaitS: longestWait / 1000,
        boundS: bound / 1000,
      });
    }
    console.info(
      `budgets under load: ${(run.clock.now() - run.start) / minute} virtual minutes, ${Date.now() - wallStart} ms wall\n`,
      figures.map((figure) => JSON.stringify(figure)).join("\n"),
    );

    for (const figure of figures) {
      expect(run.looks.get(figure.vendor)!.size).toBe(scansPerVendor);
      expect(figure.longestWaitS).toBeLessThanOrEqual(figure.boundS);
    }
    // Work waits for the budget at every vendor while all scans run (Soda and Telmai read one
    // request per scan; the batch vendors' rounds follow each other): every minute uses at least
    // 90 % of it.
    for (const figure of figures) {
      for (const count of figure.perMinuteWhileAllRun) expect(count).toBeGreaterThanOrEqual(54);
    }
  });
});
