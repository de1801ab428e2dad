import { isTerminalState, type ScanLookup, watchScans } from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { stalledRunsMs } from "./look-up-telmai-scans.js";
import { createTelmaiAdapter, type TelmaiAdapterSettings } from "./telmai-adapter.js";
import type { TelmaiAssetScanStatus } from "../client/telmai-schemas.js";
import { createTelmaiSimulator, type TelmaiSimulatorOptions } from "../testing/telmai-simulator.js";

/** `assets` assets of 4 monitors each (one per seeded scan, so each scan shows in an asset's current run). */
function setup(
  assets: number,
  options: Omit<TelmaiSimulatorOptions, "clock" | "assets"> = {},
  settings: Partial<TelmaiAdapterSettings> = {},
) {
  const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z" });
  const simulator = createTelmaiSimulator({
    clock,
    assets: Array.from({ length: assets }, (_, index) => ({ assetName: `asset_${index}`, monitors: 4 })),
    // Room for the bursts these tests make on purpose; the budgets are not what is tested here.
    rateLimits: { read: { requests: 10_000, windowMs: 60_000, documented: false } },
    // Runs that carry their execution's id: the `jobId` link, with no status read to link by time.
    jobIds: "execution",
    ...options,
  });
  const adapter = createTelmaiAdapter({
    baseUrl: "https://telmai.example.com",
    token: simulator.adminToken,
    fetch: simulator.fetch,
    ...virtualTimeSettings(clock),
    rateLimits: { read: { requests: 10_000, windowMs: 60_000, documented: false } },
    ...settings,
  });
  /** One look at every id: the lookups, and the requests it took by operation. */
  async function round(ids: readonly string[]) {
    const before = simulator.requests.length;
    const lookups = await adapter.getScans(ids);
    const requests = simulator.requests.slice(before);
    const count = (operation: string) => requests.filter((request) => request.operation === operation).length;
    return { lookups, assets: count("getAssetsScanStatus"), status: count("getScanStatus"), all: requests.length };
  }
  return { clock, simulator, adapter, round };
}

const states = (lookups: readonly ScanLookup[]) => lookups.map((lookup) => (lookup.ok ? lookup.scan.state : "error"));
const verdicts = (lookups: readonly ScanLookup[]) =>
  lookups.map((lookup) => (lookup.ok ? lookup.scan.result?.verdict : "error"));

describe.each([10, 100])("%i scans that carry their execution id on their runs", (scans) => {
  it("cost one assets request per round while they run, and one more round notices their end", async () => {
    const { clock, simulator, round } = setup(scans);
    const ids = Array.from({ length: scans }, () => simulator.seedScan({ outcome: "pass", durationMs: 60_000 }));
    const perRound = [];
    for (let look = 0; look < 5; look++) {
      const { lookups, assets, status, all } = await round(ids);
      expect(states(lookups)).toEqual(Array(scans).fill("running"));
      perRound.push([assets, status, all]);
      await clock.advance(10_000);
    }
    expect(perRound).toEqual(Array(5).fill([1, 0, 1]));

    await clock.advance(20_000); // 70 s: every scan ended at 60 s
    const { lookups, assets, status } = await round(ids);
    expect([assets, status]).toEqual([1, 0]);
    expect(states(lookups)).toEqual(Array(scans).fill("completed"));
    expect(verdicts(lookups)).toEqual(Array(scans).fill("pass"));
    const first = lookups[0]!;
    expect(first.ok && first.scan).toMatchObject({
      vendorState: "finished",
      startedAt: "2026-03-24T09:00:00.000Z",
      finishedAt: "2026-03-24T09:01:00.000Z",
      progress: { completed: 4, total: 4, ratio: 1 },
      raw: { linkedBy: "jobId", executionFrom: "runs" },
    });
    expect(simulator.count("getScanStatus")).toBe(0);
  });

  it("read each execution whose runs failed once, at its end, to tell finished (fail) from failed", async () => {
    const { clock, simulator, round } = setup(scans);
    const outcomes = ["pass", "warn", "fail", "failed"] as const;
    const ids = Array.from({ length: scans }, (_, index) =>
      simulator.seedScan({ outcome: outcomes[index % 4], durationMs: 60_000 }),
    );
    for (let look = 0; look < 3; look++) {
      expect((await round(ids)).all).toBe(1);
      await clock.advance(5_000);
    }
    await clock.advance(60_000);
    const { lookups, assets, status } = await round(ids);
    const failing = ids.filter((_, index) => index % 4 >= 2).length;
    expect([assets, status]).toEqual([1, failing]);
    expect(lookups.slice(0, 4).map((lookup) => lookup.ok && [lookup.scan.state, lookup.scan.vendorState])).toEqual([
      ["completed", "finished"],
      ["completed", "finished"],
      ["completed", "finished"],
      ["failed", "failed"],
    ]);
    expect(verdicts(lookups.slice(0, 4))).toEqual(["pass", "warn", "fail", undefined]);
  });
});

describe("an execution that ends between the assets read and its status read", () => {
  it("gets the assets read once more, so its verdict comes from its final runs", async () => {
    // One read each 30 s: the status answer comes 30 s after the assets, the scan ended in between.
    const { simulator, round } = setup(
      1,
      {},
      { rateLimits: { read: { requests: 1, windowMs: 30_000, documented: false } } },
    );
    const id = simulator.seedScan({ outcome: "warn", queuedMs: 5_000, durationMs: 20_000 });
    const { lookups } = await round([id]);
    expect(simulator.requests.map((request) => [request.operation, request.at - simulator.requests[0]!.at])).toEqual([
      ["getAssetsScanStatus", 0],
      ["getScanStatus", 30_000],
      ["getAssetsScanStatus", 60_000],
      // The incidents of its window, once its final runs are known.
      ["getIncidents", 90_000],
    ]);
    expect(simulator.requests.at(-1)?.search).toBe(
      "?from=2026-03-24T09%3A00%3A00.000Z&to=2026-03-24T09%3A00%3A27.000Z&page=1&pageSize=100",
    );
    expect(lookups[0]?.ok && [lookups[0].scan.state, lookups[0].scan.result]).toEqual([
      "completed",
      {
        verdict: "warn",
        evidence: { sources: ["incidents", "run-status"], complete: true },
        findings: { total: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 } },
        checks: { total: 4, passed: 3, warned: 0, failed: 1, errored: 0, notEvaluated: 0 },
      },
    ]);
  });
});

describe("inferEndingFromRuns: false", () => {
  it("reads each scan's status once when its runs have ended, not before", async () => {
    const { clock, simulator, round } = setup(10, {}, { inferEndingFromRuns: false });
    const ids = Array.from({ length: 10 }, () => simulator.seedScan({ durationMs: 60_000 }));
    expect([(await round(ids)).status, (await round(ids)).status]).toEqual([0, 0]);
    await clock.advance(60_000);
    const { lookups, assets, status } = await round(ids);
    expect([assets, status]).toEqual([1, 10]);
    expect(lookups.map((lookup) => lookup.ok && [lookup.scan.vendorState, lookup.scan.result?.verdict])).toEqual(
      Array(10).fill(["finished", "pass"]),
    );
    const first = lookups[0];
    expect(first?.ok && (first.scan.raw as { executionFrom?: string }).executionFrom).toBeUndefined();
  });
});

describe("executions whose runs carry a batch id of their own", () => {
  it("read each execution once to link its batch by time, then the assets only, and once more at the end", async () => {
    const { clock, simulator, round } = setup(5, { jobIds: "batch" });
    // Twelve minutes apart, so each batch starts near its own execution only.
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.push(simulator.seedScan({ outcome: index === 0 ? "warn" : "pass", durationMs: 2 * 3_600_000 }));
      await clock.advance(12 * 60_000);
    }
    const first = await round(ids);
    expect([first.assets, first.status]).toEqual([1, 5]);
    expect(first.lookups.map((lookup) => lookup.ok && (lookup.scan.raw as { linkedBy: string }).linkedBy)).toEqual(
      Array(5).fill("time"),
    );
    for (let look = 0; look < 3; look++) {
      await clock.advance(60_000);
      const later = await round(ids);
      expect([later.assets, later.status]).toEqual([1, 0]);
      expect(states(later.lookups)).toEqual(Array(5).fill("running"));
      // The start stays the execution's (its batch starts 2 s later).
      const newest = later.lookups[4];
      expect(newest?.ok && newest.scan.startedAt).toBe("2026-03-24T09:48:00.000Z");
    }
    await clock.advance(2 * 3_600_000);
    const last = await round(ids);
    // A time link is an inference: the ending comes from the execution itself.
    expect([last.assets, last.status]).toEqual([1, 5]);
    expect(last.lookups.map((lookup) => lookup.ok && lookup.scan.vendorState)).toEqual(Array(5).fill("finished"));
    expect(verdicts(last.lookups)).toEqual(["warn", "pass", "pass", "pass", "pass"]);
    // A fresh adapter (nothing remembered) reads the same scan from its status and the time link.
    const fresh = createTelmaiAdapter({
      baseUrl: "https://telmai.example.com",
      token: simulator.adminToken,
      fetch: simulator.fetch,
      clock,
    });
    const scan = await fresh.getScan(ids[0]!);
    expect([scan.state, scan.vendorState, scan.result?.verdict]).toEqual(["completed", "finished", "warn"]);
  });

  it("without the time link nothing explains them: one status read per scan per round, as before", async () => {
    const { simulator, round } = setup(3, { jobIds: "batch" }, { linkRunsByTime: false });
    const ids = [simulator.seedScan(), simulator.seedScan(), simulator.seedScan()];
    expect([(await round(ids)).status, (await round(ids)).status]).toEqual([3, 3]);
  });
});

describe("runs that stop moving", () => {
  it("get their execution read once per stalled period", async () => {
    // 4 monitors over two hours: the runs show no change for 30 minutes at a time.
    const { clock, simulator, round } = setup(1);
    const id = simulator.seedScan({ durationMs: 2 * 3_600_000 });
    const reads: number[] = [];
    for (let minute = 0; minute <= 25; minute++) {
      const { status, lookups } = await round([id]);
      expect(states(lookups)).toEqual(["running"]);
      if (status > 0) reads.push(minute);
      await clock.advance(60_000);
    }
    expect(stalledRunsMs).toBe(10 * 60_000);
    expect(reads).toEqual([10, 20]);
  });

  it("so an execution that died with its runs left running is still noticed", async () => {
    const { clock, simulator, round } = setup(1);
    const id = simulator.seedScan({ outcome: "failed", durationMs: 50 * 60_000 }); // fails at 25 min
    // The vendor never closes the runs: every answer shows them as they were at the start.
    const frozen = (asset: TelmaiAssetScanStatus): TelmaiAssetScanStatus => ({
      ...asset,
      status: "running",
      currentRun: {
        jobId: id,
        status: "running",
        startedAt: "2026-03-24T09:00:00Z",
        finishedAt: null,
        progress: { total: 4, completed: 0, running: 1, failed: 0, pending: 3 },
      },
      lastRun: null,
    });
    simulator.faults.add(
      {
        type: "transform",
        transform: (body) => ({
          ...(body as object),
          data: (body as { data: TelmaiAssetScanStatus[] }).data.map(frozen),
        }),
      },
      { operation: "getAssetsScanStatus", times: Number.POSITIVE_INFINITY },
    );
    const seen: string[] = [];
    for (let minute = 0; minute <= 40 && !seen.includes("failed"); minute++) {
      const { lookups } = await round([id]);
      seen.push(...states(lookups));
      await clock.advance(60_000);
    }
    expect(seen.indexOf("failed")).toBe(30); // the stalled-runs read after the end (at 10, 20, 30 min)
    expect(simulator.count("getScanStatus")).toBe(3);
  });
});

describe("a watch under the default budget (60 reads a minute)", () => {
  it("notices 10 scans that end together within one poll, on one request a round", async () => {
    const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z" });
    const simulator = createTelmaiSimulator({
      clock,
      assets: Array.from({ length: 10 }, (_, index) => ({ assetName: `asset_${index}`, monitors: 4 })),
      jobIds: "execution",
    });
    const adapter = createTelmaiAdapter({
      baseUrl: "https://telmai.example.com",
      token: simulator.adminToken,
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
    });
    const endsAt = clock.now() + 90_000;
    const refs = Array.from({ length: 10 }, () => ({
      vendor: "telmai" as const,
      id: simulator.seedScan({ durationMs: 90_000 }),
    }));
    const noticed: number[] = [];
    for await (const event of watchScans(() => adapter, refs, { clock, intervalMs: 1_000, random: () => 0.5 })) {
      if (event.type === "update" && isTerminalState(event.scan.state)) noticed.push(clock.now() - endsAt);
    }
    expect(noticed).toHaveLength(10);
    expect(Math.max(...noticed)).toBeLessThanOrEqual(1_000);
    expect(simulator.count("getScanStatus")).toBe(0);
    expect(simulator.requests.filter((request) => request.at < endsAt)).toHaveLength(90);
    expect(simulator.count("getAssetsScanStatus", { status: 429 })).toBe(0);
  });
});
