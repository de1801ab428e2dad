import { createSlidingWindowLimiter } from "@scanstat/core";
import { createVirtualClock, serveOnLoopback } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createTelmaiAdapter } from "../adapter/telmai-adapter.js";
import { readTelmaiEnvironment } from "../telmai-environment.js";
import { createTelmaiSimulator, defaultTelmaiSandboxTokens } from "./telmai-simulator.js";

const origin = "https://telmai.example.com";
const admin = defaultTelmaiSandboxTokens.admin;
const viewer = defaultTelmaiSandboxTokens.viewer;

/** Runs that carry their execution's id (`jobIds: "execution"`) unless a test says otherwise: ids easy to follow. */
function setup(options: Omit<Parameters<typeof createTelmaiSimulator>[0], "clock"> = {}) {
  const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z", autoAdvance: false });
  const simulator = createTelmaiSimulator({ clock, jobIds: "execution", ...options });
  const call = async (method: string, path: string, token: string | null = admin) => {
    const response = await simulator.handle(
      new Request(`${origin}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    );
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  return { clock, simulator, call };
}

type Asset = {
  assetName: string;
  status: string;
  currentRun: { status: string; progress: Record<string, number>; monitors: Array<{ stage: string }> } | null;
  lastRun: { jobId: string; status: string; progress: Record<string, number>; monitors?: unknown } | null;
};

describe("Telmai simulator", () => {
  it("answers the credentials check (one asset's scan status) to every role; a bad token gets Telmai's 401 envelope", async () => {
    const { call } = setup();
    for (const token of [admin, viewer]) {
      const good = await call("GET", "/api/assets/scan-status?pageSize=1", token);
      expect(good.status).toBe(200);
      expect((good.body.data as unknown[]).length).toBeLessThanOrEqual(1);
    }
    const bad = await call("GET", "/api/assets/scan-status?pageSize=1", "wrong-token");
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({ data: null, error: { code: "UNAUTHORIZED" } });
  });

  it("starts an execution with 202 in the envelope", async () => {
    const { call, simulator } = setup();
    expect(await call("POST", "/api/scan/run")).toMatchObject({
      status: 202,
      body: {
        data: { executionId: "aca-exec-000001", status: "running" },
        error: null,
        meta: { requestId: "req-000001", timestamp: "2026-03-24T09:00:00.000Z" },
      },
    });
    expect(simulator.triggeredScans).toBe(1);
  });

  it("moves an execution from running to finished over virtual time", async () => {
    const { call, clock } = setup({ durationMs: 60_000 });
    await call("POST", "/api/scan/run");
    expect((await call("GET", "/api/scan/status/aca-exec-000001")).body.data).toEqual({
      executionId: "aca-exec-000001",
      status: "running",
      startedAt: "2026-03-24T09:00:00.000Z",
      finishedAt: null,
    });
    clock.setTime(Date.parse("2026-03-24T09:01:00Z"));
    expect((await call("GET", "/api/scan/status/aca-exec-000001")).body.data).toMatchObject({
      status: "finished",
      finishedAt: "2026-03-24T09:01:00.000Z",
    });
  });

  it("moves each asset's monitors pending → running → completed/failed, then the run to lastRun", async () => {
    const { call, clock } = setup({
      durationMs: 40_000,
      outcomes: ["warn"],
      assets: [{ assetName: "orders", monitors: 4 }],
    });
    const assets = async () => (await call("GET", "/api/assets/scan-status")).body.data as Asset[];
    expect((await assets())[0]).toMatchObject({ assetName: "orders", status: "idle", currentRun: null, lastRun: null });
    await call("POST", "/api/scan/run");
    const stages = async () => (await assets())[0]!.currentRun?.monitors.map((monitor) => monitor.stage);
    expect(await stages()).toEqual(["running", "pending", "pending", "pending"]);
    clock.setTime(Date.parse("2026-03-24T09:00:25Z"));
    expect(await stages()).toEqual(["completed", "completed", "running", "pending"]);
    expect((await assets())[0]!.currentRun?.progress).toEqual({
      total: 4,
      completed: 2,
      running: 1,
      failed: 0,
      pending: 1,
    });
    clock.setTime(Date.parse("2026-03-24T09:00:40Z"));
    const [orders] = await assets();
    expect(orders).toMatchObject({
      status: "partial_failure",
      lastCompletedAt: "2026-03-24T09:00:40.000Z",
      currentRun: null,
      lastRun: {
        jobId: "aca-exec-000001",
        status: "partial_failure",
        progress: { total: 4, completed: 3, running: 0, failed: 1, pending: 0 },
      },
    });
    expect(orders?.lastRun?.monitors).toBeUndefined();
  });

  it("ends a failed execution half-way with its unfinished monitors failed", async () => {
    const { call, clock } = setup({
      durationMs: 40_000,
      outcomes: ["failed"],
      assets: [{ assetName: "orders", monitors: 4 }],
    });
    await call("POST", "/api/scan/run");
    clock.setTime(Date.parse("2026-03-24T09:00:20Z"));
    expect((await call("GET", "/api/scan/status/aca-exec-000001")).body.data).toMatchObject({ status: "failed" });
    const [orders] = (await call("GET", "/api/assets/scan-status")).body.data as Asset[];
    expect(orders?.lastRun).toMatchObject({ status: "failed", progress: { completed: 2, failed: 2 } });
  });

  it("uses the outcomes in turn for triggered scans", async () => {
    const { call, clock } = setup({
      durationMs: 1_000,
      outcomes: ["pass", "fail"],
      assets: [{ assetName: "a", monitors: 2 }],
    });
    const ending = async () => {
      await call("POST", "/api/scan/run");
      clock.setTime(clock.now() + 2_000);
      return ((await call("GET", "/api/assets/scan-status")).body.data as Asset[])[0]?.lastRun?.status;
    };
    expect([await ending(), await ending(), await ending()]).toEqual(["completed", "failed", "completed"]);
  });

  it("gives seeded scans an idle asset each, so they run side by side", async () => {
    const { call, simulator } = setup();
    const ids = [simulator.seedScan(), simulator.seedScan()];
    const running = (
      (await call("GET", "/api/assets/scan-status")).body.data as Array<
        Asset & { currentRun: { jobId: string } | null }
      >
    ).map((asset) => [asset.assetName, asset.currentRun?.jobId ?? null]);
    expect(running).toEqual([
      ["orders", ids[0]],
      ["customers", ids[1]],
      ["payments", null],
    ]);
    expect(simulator.triggeredScans).toBe(0);
  });

  it("by default gives runs batch ids of their own (as the docs' `batch-uuid`), starting 2 s after their execution", async () => {
    const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z", autoAdvance: false });
    const simulator = createTelmaiSimulator({ clock, assets: [{ assetName: "orders", monitors: 2 }] });
    const get = async (path: string) =>
      (await (
        await simulator.handle(new Request(`${origin}${path}`, { headers: { authorization: `Bearer ${admin}` } }))
      ).json()) as { data: Array<{ currentRun: { jobId: string; startedAt: string } | null }> };
    const ref = await simulator.handle(
      new Request(`${origin}/api/scan/run`, { method: "POST", headers: { authorization: `Bearer ${admin}` } }),
    );
    expect(((await ref.json()) as { data: { executionId: string } }).data.executionId).toBe("aca-exec-000001");
    expect((await get("/api/assets/scan-status")).data[0]?.currentRun).toBeNull();
    clock.setTime(clock.now() + 2_000);
    expect((await get("/api/assets/scan-status")).data[0]?.currentRun).toMatchObject({
      jobId: "batch-000001",
      startedAt: "2026-03-24T09:00:02.000Z",
    });
  });

  it("serves incidents raised while a scan runs, with the documented filters and the paged envelope", async () => {
    const { call, clock, simulator } = setup({ durationMs: 40_000, incidents: [["high", "low", "critical"]] });
    await call("POST", "/api/scan/run");
    expect((await call("GET", "/api/incidents")).body.data).toEqual([]);
    clock.setTime(Date.parse("2026-03-24T09:00:20Z"));
    // Three incidents at 1/4, 2/4 and 3/4 of the 40 s run, on the assets in turn.
    expect((await call("GET", "/api/incidents")).body).toMatchObject({
      data: [
        {
          id: "incident-000001-2",
          monitorId: "asset-0002-monitor-1",
          assetId: "asset-0002",
          productId: "lakehouse-0001",
          severity: "low",
          status: "open",
          message: "Record count dropped 35% from baseline",
          metricValue: 8200,
          thresholdValue: 10000,
          detectedAt: "2026-03-24T09:00:20.000Z",
        },
        { id: "incident-000001-1", severity: "high", assetId: "asset-0001", detectedAt: "2026-03-24T09:00:10.000Z" },
      ],
      error: null,
      meta: { pagination: { page: 1, pageSize: 25, total: 2, totalPages: 1 } },
    });
    clock.setTime(Date.parse("2026-03-24T09:01:00Z"));
    const ids = async (query: string) =>
      ((await call("GET", `/api/incidents${query}`)).body.data as Array<{ id: string }>).map((incident) => incident.id);
    expect(await ids("")).toEqual(["incident-000001-3", "incident-000001-2", "incident-000001-1"]);
    expect(await ids("?severity=critical")).toEqual(["incident-000001-3"]);
    expect(await ids("?status=resolved")).toEqual([]);
    expect(await ids("?assetId=asset-0001")).toEqual(["incident-000001-1"]);
    expect(await ids("?from=2026-03-24T09:00:10Z&to=2026-03-24T09:00:20Z")).toEqual([
      "incident-000001-2",
      "incident-000001-1",
    ]);
    expect(await ids("?from=2026-03-24T09:00:10.001Z")).toEqual(["incident-000001-3", "incident-000001-2"]);
    const paged = await call("GET", "/api/incidents?page=2&pageSize=2");
    expect([paged.body.data, (paged.body.meta as { pagination: unknown }).pagination]).toEqual([
      [expect.objectContaining({ id: "incident-000001-1" })],
      { page: 2, pageSize: 2, total: 3, totalPages: 2 },
    ]);
    expect((await call("GET", "/api/incidents?from=yesterday")).status).toBe(400);
    // Viewers read incidents too; seeded scans raise the incidents they are given.
    const seeded = simulator.seedScan({ durationMs: 1_000, incidents: ["medium"] });
    clock.setTime(clock.now() + 1_000);
    expect((await call("GET", "/api/incidents?severity=medium", viewer)).body.data).toEqual([
      expect.objectContaining({ id: `incident-${seeded.slice(-6)}-1`, severity: "medium" }),
    ]);
  });

  it("answers 401 in the envelope for a missing, unknown or expired token", async () => {
    const { call, clock, simulator } = setup();
    expect(await call("GET", "/api/assets/scan-status", null)).toMatchObject({
      status: 401,
      body: {
        data: null,
        error: { code: "UNAUTHORIZED", message: "Missing bearer token", details: null },
        meta: { requestId: "req-000001" },
      },
    });
    expect((await call("GET", "/api/assets/scan-status", "forged")).body.error).toMatchObject({
      message: "Invalid token",
    });
    const expiring = simulator.issueToken({ validForMs: 1_000 });
    expect((await call("GET", "/api/assets/scan-status", expiring)).status).toBe(200);
    clock.setTime(clock.now() + 1_000);
    expect(await call("GET", "/api/assets/scan-status", expiring)).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHORIZED", message: "Token expired" } },
    });
  });

  it("lets a Viewer read assets but not trigger or read a status (403 FORBIDDEN)", async () => {
    const { call, simulator } = setup();
    expect((await call("GET", "/api/assets/scan-status", viewer)).status).toBe(200);
    expect(await call("POST", "/api/scan/run", viewer)).toMatchObject({
      status: 403,
      body: { data: null, error: { code: "FORBIDDEN" } },
    });
    expect((await call("GET", "/api/scan/status/aca-exec-000001", viewer)).status).toBe(403);
    expect(simulator.triggeredScans).toBe(0);
  });

  it("answers NOT_FOUND for an unknown execution and an unknown path", async () => {
    const { call } = setup();
    expect(await call("GET", "/api/scan/status/nope")).toMatchObject({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "Scan execution not found" } },
    });
    expect((await call("GET", "/api/scans")).body.error).toMatchObject({ code: "NOT_FOUND" });
  });

  it("pages the assets", async () => {
    const { call } = setup({ assetsPageSize: 2 });
    const first = await call("GET", "/api/assets/scan-status");
    expect((first.body.data as Asset[]).map((asset) => asset.assetName)).toEqual(["orders", "customers"]);
    expect((first.body.meta as { pagination: unknown }).pagination).toEqual({
      page: 1,
      pageSize: 2,
      total: 3,
      totalPages: 2,
    });
    const second = await call("GET", "/api/assets/scan-status?page=2&pageSize=2");
    expect((second.body.data as Asset[]).map((asset) => asset.assetName)).toEqual(["payments"]);
  });

  it("answers 429 in the envelope with Retry-After beyond the budget", async () => {
    const { call } = setup({ rateLimits: { trigger: { requests: 1, windowMs: 60_000, documented: false } } });
    expect((await call("POST", "/api/scan/run")).status).toBe(202);
    const limited = await call("POST", "/api/scan/run");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("60");
    expect(limited.body.error).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("refuses outcomes it cannot produce", () => {
    const { simulator } = setup();
    expect(simulator.supportedOutcomes).toEqual(["pass", "warn", "fail", "failed"]);
    expect(() => simulator.seedScan({ outcome: "canceled" })).toThrow(/cannot end a scan "canceled"/);
  });

  it("gives the sandbox's variables with an obviously fake token", () => {
    const { simulator } = setup();
    expect(simulator.sandboxEnvironment("http://127.0.0.1:4100/telmai")).toEqual({
      TELMAI_BASE_URL: "http://127.0.0.1:4100/telmai",
      TELMAI_TOKEN: "sandbox-telmai-admin-token",
    });
  });

  it("serves the sandbox over loopback under a path prefix, reached through its environment", async () => {
    const { simulator, clock } = setup();
    const server = await serveOnLoopback([{ prefix: "/telmai", simulator }]);
    try {
      const environment = readTelmaiEnvironment(simulator.sandboxEnvironment(`${server.url}/telmai`));
      const adapter = createTelmaiAdapter({ ...environment, clock, limiter: createSlidingWindowLimiter(clock) });
      const ref = await adapter.triggerScan();
      expect((await adapter.getScan(ref.id)).state).toBe("running");
      expect(simulator.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
        "POST /telmai/api/scan/run 202",
        "GET /telmai/api/assets/scan-status 200",
      ]);
    } finally {
      await server.close();
    }
  });
});
