import {
  createSlidingWindowLimiter,
  type HttpTraceEvent,
  isTerminalState,
  type ScanRef,
  type ScanState,
  type Verdict,
  watchScans,
} from "@scanstat/core";
import type { Fault, SimulatedOutcome } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createVirtualClock } from "@scanstat/core/testing";
import { canCollectGarbage, heapAfterGc } from "../harness/heap.js";
import { seededRandom } from "../harness/seeded-random.js";
import { type TestedVendor, type VendorKit, type VendorSetup, vendorKits, vendors } from "../harness/vendor-kits.js";

const scansPerVendor = 250;
const faultRate = 0.1;
const minute = 60_000;
const requestTimeoutMs = 50;
const stallMs = 120;

/** How each planned ending reads once the scan is over (DESIGN §1). */
const expectedEnding: Readonly<Record<SimulatedOutcome, { state: ScanState; verdict?: Verdict }>> = {
  pass: { state: "completed", verdict: "pass" },
  warn: { state: "completed", verdict: "warn" },
  fail: { state: "completed", verdict: "fail" },
  error: { state: "completed", verdict: "error" },
  failed: { state: "failed" },
  canceled: { state: "canceled" },
  timed_out: { state: "timed_out" },
};

/** Faults that can hit any request of any vendor and pass: statuses, transport, stalls, broken bodies. */
function soakFaults(kit: VendorKit): Fault[] {
  const status = (code: number, headers?: Record<string, string>): Fault => ({
    type: "status",
    status: code,
    body: kit.errorBody(code),
    ...(headers ? { headers } : {}),
  });
  return [
    status(429, { "retry-after": "1" }),
    status(429),
    status(500),
    { type: "html", status: 502 },
    status(503),
    status(504),
    { type: "reset" },
    { type: "refused" },
    { type: "delay", ms: stallMs },
    { type: "slowBody", ms: stallMs },
    { type: "malformed" },
    { type: "empty" },
  ];
}

describe("soak: 1000 scans across the four simulators, 10 % of answers faulted", () => {
  it("brings every scan to its planned ending, with no unhandled rejection and flat memory", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const wallStart = Date.now();

    const clock = createVirtualClock();
    const limiter = createSlidingWindowLimiter(clock);
    const random = seededRandom(2026);
    const traces: HttpTraceEvent[] = [];
    const setups = new Map<TestedVendor, VendorSetup>();
    const planned = new Map<string, SimulatedOutcome>();
    const refs: ScanRef[] = [];
    for (const vendor of vendors) {
      const kit = vendorKits[vendor];
      const setup = kit.create({
        clock,
        limiter,
        random,
        requestTimeoutMs,
        onTrace: (event) => {
          if (event.retryInMs !== undefined) traces.push(event);
        },
        // One asset per Telmai scan: an asset's runs show its latest scan only.
        telmaiAssets: scansPerVendor + 10,
      });
      setups.set(vendor, setup);
      const outcomes = setup.simulator.supportedOutcomes;
      for (let index = 0; index < scansPerVendor; index++) {
        const outcome = outcomes[index % outcomes.length]!;
        const id = setup.simulator.seedScan({
          outcome,
          queuedMs: Math.floor(random() * minute),
          durationMs: 2 * minute + Math.floor(random() * 8 * minute),
        });
        planned.set(`${vendor}:${id}`, outcome);
        refs.push({ vendor, id });
      }
      setup.simulator.faults.random({
        rate: faultRate,
        faults: soakFaults(kit),
        random: seededRandom(vendors.indexOf(vendor) + 1),
      });
    }

    const heapAtStart = heapAfterGc();
    let heapAtQuarter: number | undefined;
    let peakHeap = heapAtStart;
    let finished = 0;
    let watchRetries = 0;
    const errors: string[] = [];
    let results: Array<{ ref: ScanRef; state?: ScanState; verdict?: Verdict; error?: string }> = [];
    for await (const event of watchScans((vendor) => setups.get(vendor as TestedVendor)!.adapter, refs, {
      clock,
      random,
    })) {
      if (event.type === "update" && isTerminalState(event.scan.state)) finished++;
      if (event.type === "retrying") watchRetries++;
      if (event.type === "error") errors.push(event.error.message);
      if (finished % 50 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      if (heapAtQuarter === undefined && finished >= refs.length / 4) heapAtQuarter = heapAfterGc();
      if (event.type === "end") {
        expect(event.reason).toBe("terminal");
        results = event.results.map((result) => ({
          ref: result.ref,
          ...(result.scan ? { state: result.scan.state } : {}),
          ...(result.scan?.result ? { verdict: result.scan.result.verdict } : {}),
          ...(result.error ? { error: result.error.message } : {}),
        }));
      }
    }
    // Stalled answers the clients gave up on still hold their bodies for a moment: let them go first.
    await new Promise((resolve) => setTimeout(resolve, 2 * stallMs));
    const heapAtEnd = heapAfterGc();
    process.off("unhandledRejection", onUnhandled);

    const injected = [...setups.values()].reduce(
      (sum, { simulator }) => sum + Object.values(simulator.faults.injected).reduce((a, b) => a + b, 0),
      0,
    );
    const requests = [...setups.values()].reduce((sum, { simulator }) => sum + simulator.requests.length, 0);
    const megabytes = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
    const figures = {
      scans: refs.length,
      requests,
      faultsInjected: injected,
      httpRetries: traces.length,
      watchRetries,
      virtualMinutes: Math.round((clock.now() - Date.parse("2026-01-01T00:00:00Z")) / 6_000) / 10,
      wallMs: Date.now() - wallStart,
      heapMb: { start: megabytes(heapAtStart), quarter: megabytes(heapAtQuarter ?? 0), end: megabytes(heapAtEnd) },
      peakHeapMb: megabytes(peakHeap),
      gcForced: canCollectGarbage,
    };
    console.info(`soak figures: ${JSON.stringify(figures)}`);

    expect(errors).toEqual([]);
    expect(unhandled).toEqual([]);
    const wrong = results.filter((result) => {
      const expected = expectedEnding[planned.get(`${result.ref.vendor}:${result.ref.id}`)!];
      return result.state !== expected.state || result.verdict !== expected.verdict || result.error !== undefined;
    });
    expect(wrong).toEqual([]);
    expect(results).toHaveLength(1000);
    // The faults really happened, at about the rate asked for.
    expect(injected / requests).toBeGreaterThan(0.07);
    expect(injected / requests).toBeLessThan(0.13);
    // Flat: the work between a quarter and the end leaves no more than request logs behind.
    const growth = heapAtEnd - heapAtQuarter!;
    expect(growth).toBeLessThan(canCollectGarbage ? 8 * 1024 * 1024 : 64 * 1024 * 1024);
    // ky builds Requests, clones and linked signals per attempt: about twice the CPU per request of the old client.
  }, 60_000);
});
