import { type Scan, VendorResponseError } from "@scanstat/core";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { lookUntilTerminal } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { telmaiScenario } from "../__fixtures__/msw-telmai.js";

const server = useMswServer();

async function collect(iterable: AsyncIterable<Scan>): Promise<Scan[]> {
  const scans: Scan[] = [];
  for await (const scan of iterable) scans.push(scan);
  return scans;
}

describe("a triggered scan, followed to the end", () => {
  it("runs → finished with progress rising, then passes with every monitor counted", async () => {
    // orders 4 monitors, customers 3, payments 5, over 60 s.
    const { adapter, simulator, clock } = telmaiScenario(server);
    const ref = await adapter.triggerScan({});
    expect(ref).toEqual({ vendor: "telmai", id: "aca-exec-000001" });

    const seen = await lookUntilTerminal(adapter, ref.id, { clock, everyMs: 10_000 });
    expect(seen.map((scan) => scan.state)).toEqual([...Array(6).fill("running"), "completed"]);
    expect(seen.map((scan) => scan.progress?.completed)).toEqual([0, 0, 3, 5, 7, 9, 12]);
    expect(seen.every((scan) => scan.progress?.total === 12)).toBe(true);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      vendorState: "finished",
      target: "orders, customers, payments",
      startedAt: "2026-03-24T09:00:00.000Z",
      finishedAt: "2026-03-24T09:01:00.000Z",
      result: { verdict: "pass", checks: { total: 12, passed: 12, warned: 0, failed: 0, errored: 0, notEvaluated: 0 } },
    });
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("runScan")).toBe(1);
  });

  it("a partial failure finishes as warn, with the failed monitor counted", async () => {
    const { adapter, clock } = telmaiScenario(server, { outcomes: ["warn"] });
    const ref = await adapter.triggerScan();
    await clock.advance(60_000);
    const scan = await adapter.getScan(ref.id);
    expect(scan.state).toBe("completed");
    expect(scan.result).toEqual({
      verdict: "warn",
      evidence: { sources: ["incidents", "run-status"], complete: true },
      findings: { total: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 } },
      checks: { total: 12, passed: 11, warned: 0, failed: 1, errored: 0, notEvaluated: 0 },
    });
  });

  it("a failed asset finishes as fail", async () => {
    const { adapter, clock } = telmaiScenario(server, { outcomes: ["fail"] });
    const ref = await adapter.triggerScan();
    await clock.advance(60_000);
    const scan = await adapter.getScan(ref.id);
    expect([scan.state, scan.vendorState, scan.result?.verdict]).toEqual(["completed", "finished", "fail"]);
    expect(scan.result?.checks).toMatchObject({ total: 12, passed: 7, failed: 5 });
  });

  it("a failed execution is failed, without a result: its failed runs send the adapter to its status", async () => {
    const { adapter, simulator, clock } = telmaiScenario(server, { outcomes: ["failed"] });
    const ref = await adapter.triggerScan();
    await clock.advance(30_000);
    const scan = await adapter.getScan(ref.id);
    expect([scan.state, scan.vendorState, scan.result, scan.progress]).toEqual([
      "failed",
      "failed",
      undefined,
      undefined,
    ]);
    expect(scan.finishedAt).toBe("2026-03-24T09:00:30.000Z");
    expect([simulator.count("getAssetsScanStatus"), simulator.count("getScanStatus")]).toEqual([1, 1]);
  });

  it("links runs that carry a batch id of their own by their start time", async () => {
    const { adapter, clock } = telmaiScenario(server, { jobIds: "batch", outcomes: ["warn"] });
    const ref = await adapter.triggerScan();
    await clock.advance(32_000);
    const running = await adapter.getScan(ref.id);
    expect(running.progress).toEqual({ completed: 5, total: 12, ratio: 5 / 12 });
    expect((running.raw as { linkedBy: string }).linkedBy).toBe("time");
    await clock.advance(30_000);
    expect((await adapter.getScan(ref.id)).result?.verdict).toBe("warn");
  });

  it("without the time link, such runs stay unknown and a finished scan without incidents has no verdict", async () => {
    const { adapter, clock } = telmaiScenario(server, { jobIds: "batch", outcomes: ["fail"] }, () => ({
      linkRunsByTime: false,
    }));
    const ref = await adapter.triggerScan();
    await clock.advance(32_000);
    expect((await adapter.getScan(ref.id)).progress).toBeUndefined();
    await clock.advance(30_000);
    // Its runs failed (outcome fail), but nothing links them: its own word is no pass.
    expect((await adapter.getScan(ref.id)).result).toEqual({
      evidence: { sources: ["incidents"], complete: false, gaps: ["its asset runs can no longer be linked"] },
      findings: { total: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 } },
    });
  });

  it("follows the assets' pages when the answer announces more", async () => {
    const { adapter, simulator } = telmaiScenario(server, { assetsPageSize: 2 });
    const ref = await adapter.triggerScan();
    const scan = await adapter.getScan(ref.id);
    expect(scan.progress?.total).toBe(12);
    expect(
      simulator.requests.filter((request) => request.operation === "getAssetsScanStatus").map((r) => r.search),
    ).toEqual(["", "?page=2&pageSize=2"]);
  });

  it("still reports a scan when the token may not read assets (progress unknown)", async () => {
    const { adapter, simulator } = telmaiScenario(server);
    const ref = await adapter.triggerScan();
    simulator.faults.add(
      {
        type: "status",
        status: 403,
        body: {
          data: null,
          error: { code: "FORBIDDEN", message: "Forbidden", details: null },
          meta: { requestId: "r" },
        },
      },
      { operation: "getAssetsScanStatus" },
    );
    const scan = await adapter.getScan(ref.id);
    expect([scan.state, scan.progress]).toEqual(["running", undefined]);
  });
});

describe("many scans", () => {
  it("getScans reads the assets once for all, and an execution only where its runs cannot tell", async () => {
    const { adapter, simulator, clock } = telmaiScenario(server);
    const first = simulator.seedScan({ outcome: "warn", durationMs: 30_000 });
    const second = simulator.seedScan({ outcome: "fail", durationMs: 30_000 });
    const third = simulator.seedScan({ outcome: "pass", durationMs: 120_000 });
    await clock.advance(40_000);
    const lookups = await adapter.getScans([first, second, "missing-1", third]);
    expect(
      lookups.map((lookup) =>
        lookup.ok ? [lookup.id, lookup.scan.state, lookup.scan.result?.verdict] : [lookup.id, lookup.error.code],
      ),
    ).toEqual([
      [first, "completed", "warn"],
      [second, "completed", "fail"],
      ["missing-1", "not_found"],
      [third, "running", undefined],
    ]);
    // The failed asset run (finished or failed?) and the id no run explains.
    expect(simulator.requests.filter((request) => request.operation === "getScanStatus").map((r) => r.path)).toEqual([
      `/api/scan/status/${second}`,
      "/api/scan/status/missing-1",
    ]);
    expect(simulator.count("getAssetsScanStatus")).toBe(1);
  });

  it("listScans yields one scan per run batch, newest first, and only running ones when asked", async () => {
    const { adapter, simulator, clock } = telmaiScenario(server);
    const done = simulator.seedScan({ outcome: "warn", durationMs: 10_000 });
    await clock.advance(20_000);
    const running = simulator.seedScan({ durationMs: 600_000 });
    await clock.advance(5_000);
    const all = await collect(adapter.listScans());
    expect(all.map((scan) => [scan.ref.id, scan.state, scan.vendorState, scan.result?.verdict, scan.target])).toEqual([
      [running, "running", "running", undefined, "customers"],
      [done, "completed", "finished", "warn", "orders"],
    ]);
    // Each listed scan is read as getScan reads it: state, verdict and evidence agree.
    const looked = await adapter.getScans([running, done]);
    expect(
      looked.map((lookup) => lookup.ok && [lookup.scan.state, lookup.scan.vendorState, lookup.scan.result]),
    ).toEqual(all.map((scan) => [scan.state, scan.vendorState, scan.result]));
    expect(all[1]?.result?.evidence).toEqual({ sources: ["incidents", "run-status"], complete: true });
    expect((await collect(adapter.listScans({ active: true }))).map((scan) => scan.ref.id)).toEqual([running]);
    expect((await collect(adapter.listScans({ limit: 1 }))).map((scan) => scan.ref.id)).toEqual([running]);
  });

  it("getScan of a listed batch with no execution behind it reads it from the assets", async () => {
    const { adapter, simulator, clock } = telmaiScenario(server, { jobIds: "batch" });
    await adapter.triggerScan();
    await clock.advance(63_000);
    const [listed] = await collect(adapter.listScans());
    expect(listed?.ref.id).toBe("batch-000001");
    const scan = await adapter.getScan("batch-000001");
    expect([scan.state, scan.result?.verdict, scan.progress?.total]).toEqual(["completed", "pass", 12]);
    // Its runs all ended cleanly: the assets alone answer, as for an execution.
    expect(simulator.count("getScanStatus")).toBe(0);
  });

  it("a listed batch whose runs failed is read from the assets once its status says it has no execution", async () => {
    const { adapter, simulator, clock } = telmaiScenario(server, { jobIds: "batch", outcomes: ["fail"] });
    await adapter.triggerScan();
    await clock.advance(63_000);
    const scan = await adapter.getScan("batch-000001");
    expect([scan.state, scan.vendorState, scan.result?.verdict]).toEqual(["completed", "failed", "fail"]);
    expect(scan.raw).toMatchObject({ jobId: "batch-000001" });
    expect(simulator.count("getScanStatus", { status: 404 })).toBe(1);
  });
});

describe("trigger answers", () => {
  it("an answer without an execution id is a VendorResponseError that says the scan may have started", async () => {
    const { adapter, simulator } = telmaiScenario(server);
    simulator.faults.add(
      {
        type: "transform",
        transform: (body) => ({ ...(body as object), data: { executionId: "", status: "running" } }),
      },
      { operation: "runScan" },
    );
    const failure = await adapter.triggerScan().catch((error: unknown) => error);
    expect(VendorResponseError.isInstance(failure)).toBe(true);
    expect((failure as VendorResponseError).mayHaveActed).toBe(true);
    expect((failure as VendorResponseError).message).toBe(
      "telmai runScan: the scan started without an execution id (Telmai request id req-000001)",
    );
  });
});
