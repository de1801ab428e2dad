import {
  ConfigError,
  createSlidingWindowLimiter,
  InvalidRequestError,
  isTerminalState,
  NetworkError,
  NotFoundError,
  type Scan,
  VendorError,
} from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { mswHandlers } from "@scanstat/core/testing/msw";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { describe, expect, it } from "vitest";
import { createHaloAdapter } from "./halo-adapter.js";
import { createHaloSimulator, type HaloSimulatorOptions, haloSandboxApiKey } from "../testing/index.js";

const baseUrl = "https://api.halosecurity.com";
const server = useMswServer();

function setup(options: Partial<HaloSimulatorOptions> = {}) {
  const clock = createVirtualClock();
  const simulator = createHaloSimulator({ clock, queuedMs: 10_000, durationMs: 60_000, ...options });
  server.use(...mswHandlers(simulator, baseUrl));
  const adapter = createHaloAdapter({
    apiKey: haloSandboxApiKey,
    ...virtualTimeSettings(clock),
  });
  return { clock, simulator, adapter };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe("a triggered scan, from queue to findings", () => {
  it("moves Queued → Server - Running → Web - Running → completed with findings and a verdict", async () => {
    const { clock, simulator, adapter } = setup({ outcomes: ["fail"] });
    const ref = await adapter.triggerScan({ targetId: 1 });
    expect(ref).toEqual({ vendor: "halo", id: simulator.scans[0]!.id });

    const seen: Array<[string, string]> = [];
    let scan: Scan = await adapter.getScan(ref.id);
    seen.push([scan.state, scan.vendorState]);
    while (!isTerminalState(scan.state)) {
      await clock.sleep(20_000);
      scan = await adapter.getScan(ref.id);
      seen.push([scan.state, scan.vendorState]);
    }
    expect(seen).toEqual([
      ["queued", "Queued"],
      ["running", "Server - Running"],
      ["running", "Web - Running"],
      ["running", "Web - Running"],
      ["completed", "Scan Complete"],
    ]);
    expect(scan.target).toBe("www.example.com");
    expect(scan.result).toEqual({
      verdict: "fail",
      evidence: { sources: ["severity-counts", "events"], complete: true },
      findings: { total: 13, bySeverity: { critical: 1, high: 1, medium: 2, low: 3, info: 6, unknown: 0 } },
      riskScore: 88,
    });
  });

  it.each([
    ["pass", "pass"],
    ["warn", "warn"],
  ] as const)("an outcome %s reads as verdict %s", async (outcome, verdict) => {
    const { clock, simulator, adapter } = setup();
    const id = simulator.seedScan({ outcome, queuedMs: 0, durationMs: 1000 });
    await clock.sleep(2000);
    expect((await adapter.getScan(id)).result?.verdict).toBe(verdict);
  });
});

describe("start", () => {
  it.each([200, 400] as const)("'Scan Already In Progress' on %i returns the running scan's ref", async (status) => {
    const { simulator, adapter } = setup({ alreadyInProgressStatus: status });
    const first = await adapter.triggerScan({ targetId: 2 });
    const second = await adapter.triggerScan({ targetId: "2" });
    expect(second).toEqual(first);
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("startScan", { status })).toBe(status === 200 ? 2 : 1);
  });

  it("finds a scan started without an id in the in-progress list, by its target", async () => {
    const { simulator, adapter } = setup();
    simulator.seedScan(); // another target's scan is in progress too
    const ref = await adapter.triggerScan({ targetId: 3 });
    const started = simulator.scans.find((scan) => scan.targetId === 3)!;
    expect(ref.id).toBe(started.id);
    expect(simulator.requests.map((request) => `${request.operation} ${request.search}`)).toEqual([
      "startScan ?target_id=3",
      "listInProgressScans ?target_id=3&limit=1000&start=0",
    ]);
  });

  it("does not trust the target filter: an entry of another target is skipped", async () => {
    const { simulator, adapter } = setup();
    const otherId = simulator.seedScan();
    const other = {
      scan_id: otherId,
      target_id: 1001,
      target_name: "seeded-1.example.com",
      status: 3,
      status_display: "Server - Running",
      date: "2026-01-01 00:00",
    };
    // A server that ignores target_id and puts another target's newer scan first.
    simulator.faults.add(
      {
        type: "transform",
        transform: (body) => ({
          ...(body as object),
          list: [{ ...other, date: "2026-12-31 23:59" }, ...(body as { list: unknown[] }).list],
        }),
      },
      { operation: "listInProgressScans" },
    );
    const ref = await adapter.triggerScan({ targetId: 1 });
    expect(ref.id).toBe(simulator.scans.find((scan) => scan.targetId === 1)!.id);
  });

  it("an ambiguous failure (reset after Halo acted) is not repeated", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add({ type: "reset" }, { operation: "startScan", afterHandling: true });
    const error = await adapter.triggerScan({ targetId: 1 }).catch((caught: unknown) => caught);
    expect(NetworkError.isInstance(error)).toBe(true);
    expect(error).toHaveProperty("mayHaveActed", true);
    expect((error as Error).message).toContain("look at Halo's active scans before starting again");
    expect(error).toHaveProperty("hintCode", "list-active-scans");
    expect(error).toHaveProperty("hintSubject", "1");
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("startScan")).toBe(1);
  });

  it("a 503 after Halo acted is not repeated either", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add(
      { type: "status", status: 503, body: { code: 0, message: "busy" } },
      { operation: "startScan", afterHandling: true },
    );
    const error = await adapter.triggerScan({ targetId: 1 }).catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("startScan")).toBe(1);
  });

  it("a 429 (Halo did not act) is retried after its Retry-After", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add(
      { type: "status", status: 429, body: { code: 429, message: "slow down" }, headers: { "retry-after": "2" } },
      { operation: "startScan" },
    );
    await adapter.triggerScan({ targetId: 1 });
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("startScan")).toBe(2);
  });

  it("an unknown target is NotFoundError; a missing or bad target id is InvalidRequestError without a request", async () => {
    const { simulator, adapter } = setup();
    const triggering = { vendor: "halo", operation: "triggerScan" };
    await expect(adapter.triggerScan({ targetId: 404 })).rejects.toThrow("halo startScan: HTTP 404: target not found");
    const missing = await adapter.triggerScan({}).catch((caught: unknown) => caught);
    expect(InvalidRequestError.isInstance(missing)).toBe(true);
    expect((missing as Error).message).toBe(
      'halo triggerScan needs the trigger option "targetId": the id of the target to scan (a positive integer, from Halo\'s targets page)',
    );
    expect(missing).toHaveProperty("hintCode", "give-trigger-option");
    expect(missing).toHaveProperty("hintSubject", "targetId");
    await expect(adapter.triggerScan({ targetId: "www.example.com" })).rejects.toThrow(
      new InvalidRequestError('halo triggerScan: "targetId" must be a whole number, got "www.example.com"', triggering),
    );
    for (const targetId of [0, -3, "-3"]) {
      await expect(adapter.triggerScan({ targetId })).rejects.toThrow(
        new InvalidRequestError(
          `halo triggerScan: "targetId" must be a positive whole number, got ${Number(targetId)}`,
          triggering,
        ),
      );
    }
    await expect(adapter.triggerScan({ targetId: 1, target: "www.example.com" })).rejects.toThrow(
      new InvalidRequestError('halo triggerScan: unknown trigger option "target" (halo takes targetId)', triggering),
    );
    expect(simulator.count("startScan")).toBe(1);
  });
});

describe("getScans", () => {
  it("100 scans cost one in-progress list call per poll, plus one get.json per finished scan and one events read per target", async () => {
    const { clock, simulator, adapter } = setup();
    const outcomes = ["pass", "warn", "fail"] as const;
    // One scan finishes every 6 s: 5 s queued + 60 s running + 6 s × its index.
    const ids = Array.from({ length: 100 }, (_, index) =>
      simulator.seedScan({ outcome: outcomes[index % 3], queuedMs: 5_000, durationMs: 60_000 + index * 6_000 }),
    );
    const finished = new Map<string, Scan>();
    let polls = 0;
    let watching = [...ids];
    while (watching.length > 0) {
      const lookups = await adapter.getScans(watching);
      polls++;
      expect(lookups.map((lookup) => lookup.id)).toEqual(watching);
      for (const lookup of lookups) {
        if (!lookup.ok) throw lookup.error;
        if (isTerminalState(lookup.scan.state)) finished.set(lookup.id, lookup.scan);
      }
      watching = watching.filter((id) => !finished.has(id));
      if (watching.length > 0) await clock.sleep(30_000);
    }
    // The last scan ends at 5 + 60 + 99 × 6 = 659 s: at most polls at 0, 30, …, 660 s (fewer when
    // the read budget, 60 a minute, stretches a round).
    expect(polls).toBeLessThanOrEqual(23);
    expect(simulator.count("listInProgressScans")).toBe(polls);
    expect(simulator.count("getScan")).toBe(100);
    // Each seeded scan has a target of its own: one events read each, in the round it ended.
    expect(simulator.count("listEvents")).toBe(100);
    expect(simulator.requests.length).toBe(polls + 200);
    const verdicts = [...finished.values()].map((scan) => scan.result?.verdict);
    expect(verdicts.filter((verdict) => verdict === "pass")).toHaveLength(34);
    expect(verdicts.filter((verdict) => verdict === "warn")).toHaveLength(33);
    expect(verdicts.filter((verdict) => verdict === "fail")).toHaveLength(33);
  });

  it("answers in order, with a not-found entry and repeated ids read once", async () => {
    const { clock, simulator, adapter } = setup();
    const running = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
    const done = simulator.seedScan({ outcome: "warn", queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(5_000);
    const lookups = await adapter.getScans([done, "missing", running, done]);
    expect(lookups.map((lookup) => [lookup.id, lookup.ok ? lookup.scan.state : lookup.error.code])).toEqual([
      [done, "completed"],
      ["missing", "not_found"],
      [running, "running"],
      [done, "completed"],
    ]);
    expect(simulator.count("listInProgressScans")).toBe(1);
    expect(simulator.count("getScan")).toBe(2);
  });

  it("does not trust the scan_id filter: another scan in the answer does not make a finished one running", async () => {
    const { clock, simulator, adapter } = setup();
    const done = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
    const running = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
    await clock.sleep(5_000);
    const runningItem = (await adapter.client.listInProgressScansPage({ scan_id: running })).list[0]!;
    // A server that ignores scan_id and lists every scan in progress.
    simulator.faults.add(
      { type: "transform", transform: (body) => ({ ...(body as object), list: [runningItem] }) },
      { operation: "listInProgressScans" },
    );
    const scan = await adapter.getScan(done);
    expect([scan.ref.id, scan.state]).toEqual([done, "completed"]);
    expect(simulator.faults.injected).toEqual({ transform: 1 });
  });
});

describe("cancel", () => {
  it("a canceled scan is canceled to this adapter, and completed WITHOUT a verdict to any other: never a pass", async () => {
    const { clock, simulator, adapter } = setup();
    const ref = await adapter.triggerScan({ targetId: 1 });
    await clock.sleep(20_000);
    expect((await adapter.getScan(ref.id)).state).toBe("running");
    await adapter.cancelScan(ref.id);
    expect(simulator.count("cancelScan", { status: 200 })).toBe(1);
    const noEnding =
      'Halo recorded no "Scan Complete" or "Scan Failed" event for target 1 since the scan started (a canceled scan has none)';

    const seenHere = await adapter.getScan(ref.id);
    expect([seenHere.state, seenHere.vendorState, seenHere.result?.verdict, seenHere.result?.evidence]).toEqual([
      "canceled",
      "not in progress",
      undefined,
      { sources: [], complete: false, gaps: ["canceled by this scanstat process", noEnding] },
    ]);

    // Another process: no memory of the cancel. get.json answers like a clean completed scan.
    const elsewhere = createHaloAdapter({
      apiKey: haloSandboxApiKey,
      clock,
      limiter: createSlidingWindowLimiter(clock),
    });
    const seenElsewhere = await elsewhere.getScan(ref.id);
    expect([
      seenElsewhere.state,
      seenElsewhere.vendorState,
      seenElsewhere.result?.verdict,
      seenElsewhere.result?.evidence,
      seenElsewhere.result?.findings?.total,
    ]).toEqual(["completed", "not in progress", undefined, { sources: [], complete: false, gaps: [noEnding] }, 0]);

    // The target's next scan completes: its "Scan Complete" is not lent to the canceled one.
    await clock.sleep(60_000);
    const next = await adapter.triggerScan({ targetId: 1 });
    await clock.sleep(200_000);
    const lookups = await elsewhere.getScans([ref.id, next.id]);
    expect(
      lookups.map((lookup) => (lookup.ok ? [lookup.scan.state, lookup.scan.result?.verdict] : lookup.error)),
    ).toEqual([
      ["completed", undefined],
      ["completed", "warn"],
    ]);
    expect(simulator.requests.slice(-4).map((request) => request.operation)).toEqual([
      "listInProgressScans",
      "getScan",
      "getScan",
      "listEvents",
    ]);
  });

  it("a scan that failed on Halo's side is failed, without a verdict, in any process", async () => {
    const { clock, simulator, adapter } = setup();
    const seeded = simulator.seedScan({ outcome: "failed", queuedMs: 0, durationMs: 30_000 });
    const ref = await adapter.triggerScan({ targetId: 2 });
    await clock.sleep(20_000);
    expect(simulator.failScan(ref.id)).toBe(true);
    expect(simulator.failScan(ref.id)).toBe(false);
    await clock.sleep(20_000);
    const lookups = await adapter.getScans([seeded, ref.id]);
    expect(
      lookups.map((lookup) =>
        lookup.ok
          ? [lookup.scan.state, lookup.scan.vendorState, lookup.scan.result?.verdict, lookup.scan.result?.evidence]
          : lookup.error,
      ),
    ).toEqual([
      ["failed", "Scan Failed", undefined, { sources: ["events"], complete: true }],
      ["failed", "Scan Failed", undefined, { sources: ["events"], complete: true }],
    ]);
  });

  it("events Halo refuses (403) leave a finished scan without a verdict; a 503 is the lookup's error", async () => {
    const { clock, simulator, adapter } = setup();
    const id = simulator.seedScan({ outcome: "pass", queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(5_000);
    simulator.faults.add(
      { type: "status", status: 403, body: { code: 403, message: "permission denied" } },
      { operation: "listEvents" },
    );
    const refused = await adapter.getScan(id);
    expect([
      refused.state,
      refused.result?.verdict,
      refused.result?.evidence.sources,
      refused.result?.evidence.complete,
    ]).toEqual(["completed", undefined, [], false]);
    expect(refused.result?.evidence.gaps?.[0]).toMatch(/^Halo's events could not be read \(.*403.*\)$/);

    simulator.faults.add(
      { type: "status", status: 503, body: { code: 0, message: "busy" } },
      { operation: "listEvents", times: 10 },
    );
    const [lookup] = await adapter.getScans([id]);
    expect(lookup?.ok).toBe(false);
    expect(!lookup?.ok && VendorError.isInstance(lookup?.error)).toBe(true);
  });

  it("reads a target's events in pages of 1000, at most ten: beyond, the ending is unconfirmed", async () => {
    const { clock, simulator, adapter } = setup();
    const id = simulator.seedScan({ outcome: "pass", queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(5_000);
    expect((await adapter.getScan(id)).result?.verdict).toBe("pass");
    expect(
      simulator.requests.filter((request) => request.operation === "listEvents").map((request) => request.search),
    ).toEqual([`?target_id=${simulator.scans[0]!.targetId}&start=0&limit=1000`]);
    // A target with 20 000 events (other subjects): full pages of new events, page after page.
    let served = 0;
    simulator.faults.add(
      {
        type: "transform",
        transform: (body) => ({
          ...(body as object),
          pagination: { total: 20_000, start: served, limit: 1000 },
          list: Array.from({ length: 1000 }, () => ({
            event: { event_id: `other-${served++}`, subject: "Port Opened", date_created: "2026-01-01 00:00" },
          })),
        }),
      },
      { operation: "listEvents", times: 100 },
    );
    const many = await adapter.getScan(id);
    expect([many.result?.verdict, many.result?.evidence.gaps]).toEqual([
      undefined,
      [`target ${simulator.scans[0]!.targetId} has more events than scanstat reads`],
    ]);
    expect(simulator.count("listEvents")).toBe(1 + 10);
  });

  it("a finished scan is 'not in progress'; an unknown one is not found", async () => {
    const { clock, simulator, adapter } = setup();
    const done = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(5_000);
    const finished = await adapter.cancelScan(done).catch((caught: unknown) => caught);
    expect(InvalidRequestError.isInstance(finished)).toBe(true);
    expect((finished as Error).message).toBe(
      `halo scan ${done} is not in progress: Halo cancels only scans in progress`,
    );
    const unknown = await adapter.cancelScan("nope").catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(unknown)).toBe(true);
    expect((unknown as Error).message).toBe("halo scan nope not found");
  });
});

describe("listScans", () => {
  it("active lists the in-progress scans", async () => {
    const { clock, simulator, adapter } = setup();
    const running = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
    simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(5_000);
    const scans = await collect(adapter.listScans({ active: true }));
    expect(scans.map((scan) => [scan.ref.id, scan.state, scan.vendorState])).toEqual([
      [running, "running", "Server - Running"],
    ]);
  });

  it("by type: running entries from the in-progress list, the others completed without a result", async () => {
    const { clock, simulator, adapter } = setup();
    const done = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
    const running = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
    await clock.sleep(5_000);
    const scans = await collect(adapter.listScans({ filters: { type: "all" } }));
    expect(scans.map((scan) => [scan.ref.id, scan.state, scan.target, scan.result])).toEqual([
      [done, "completed", "seeded-1.example.com", undefined],
      [running, "running", "seeded-2.example.com", undefined],
    ]);
    expect(simulator.count("getScan")).toBe(0);
  });

  it("stops at the limit and refuses an unknown type", async () => {
    const { simulator, adapter } = setup();
    const listing = { vendor: "halo", operation: "listScans" };
    for (let index = 0; index < 5; index++) simulator.seedScan();
    expect(await collect(adapter.listScans({ limit: 2 }))).toHaveLength(2);
    expect(simulator.requests.at(-1)?.search).toBe("?type=current&limit=2&start=0");
    await expect(collect(adapter.listScans({ filters: { type: "finished" } }))).rejects.toThrow(
      new ConfigError('halo listScans: "type" must be one of current, recent, prior, all, got "finished"', listing),
    );
    await expect(collect(adapter.listScans({ filters: { search: "x" } }))).rejects.toThrow(
      new ConfigError('halo listScans: unknown list filter "search" (halo takes type)', listing),
    );
  });
});
