import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import {
  createProjectDiscoverySimulator,
  type ProjectDiscoverySimulatorOptions,
} from "./projectdiscovery-simulator.js";

const origin = "https://pdcp.simulator.test";
const key = "sandbox-pdcp-api-key";

function setup(options: Partial<ProjectDiscoverySimulatorOptions> = {}) {
  const clock = createVirtualClock({ autoAdvance: false });
  const simulator = createProjectDiscoverySimulator({ clock, ...options });
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { "x-api-key": key },
  ) => {
    const response = await simulator.fetch(`${origin}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  return { clock, simulator, call };
}

describe("projectdiscovery simulator", () => {
  it("answers the credentials check (a one-item scans list): 200 for a good key, ProjectDiscovery's 401 for a bad one", async () => {
    const { simulator, call } = setup();
    simulator.seedScan({ outcome: "pass" });
    simulator.seedScan({ outcome: "pass" });
    const good = await call("GET", "/v1/scans?limit=1");
    expect(good.status).toBe(200);
    expect(good.body.data).toHaveLength(1);
    const bad = await call("GET", "/v1/scans?limit=1", undefined, { "x-api-key": "wrong" });
    expect(bad.status).toBe(401);
    expect(bad.body).toHaveProperty("message");
  });

  it("moves a scan through queued → starting → running → finished over virtual time, progress and findings rising", async () => {
    const { clock, simulator, call } = setup();
    const id = simulator.seedScan({ outcome: "fail", queuedMs: 10_000, durationMs: 100_000 });
    const look = async () => (await call("GET", `/v1/scans/${id}`)).body;

    expect(await look()).toMatchObject({ status: "queued", progress: 0, total_result: 0, completed_at: "" });
    await clock.advance(5_000);
    expect(await look()).toMatchObject({ status: "starting", progress: 0 });
    await clock.advance(5_000);
    expect(await look()).toMatchObject({ status: "running", progress: 0, scan_time_elapsed: "0s" });
    await clock.advance(50_000);
    expect(await look()).toMatchObject({
      status: "running",
      progress: 50,
      scan_time_elapsed: "50s",
      severity: { critical: 0, high: 1, medium: 1, low: 1, info: 2 },
      total_result: 5,
    });
    await clock.advance(50_000);
    expect(await look()).toMatchObject({
      scan_id: id,
      status: "finished",
      progress: 100,
      scan_time_elapsed: "1m40s",
      severity: { critical: 1, high: 2, medium: 3, low: 2, info: 4 },
      total_result: 12,
      created_at: "2026-01-01T00:00:00.000Z",
      completed_at: "2026-01-01T00:01:50.000Z",
      updated_at: "2026-01-01T00:01:50.000Z",
      failure_reason: "",
    });
  });

  it("ends each outcome in its own word with consistent severities", async () => {
    const { clock, simulator, call } = setup();
    const ids = {
      pass: simulator.seedScan({ outcome: "pass" }),
      warn: simulator.seedScan({ outcome: "warn" }),
      failed: simulator.seedScan({ outcome: "failed" }),
      error: simulator.seedScan({ outcome: "error" }),
      canceled: simulator.seedScan({ outcome: "canceled" }),
    };
    await clock.advance(600_000);
    const look = async (id: string) => (await call("GET", `/v1/scans/${id}`)).body;
    expect(await look(ids.pass)).toMatchObject({
      status: "finished",
      severity: { critical: 0, high: 0, medium: 0, low: 2, info: 6 },
    });
    // The keys of the docs' example (the webhook's severity_breakdown): no invented `unknown` key.
    expect(Object.keys((await look(ids.pass)).severity as object)).toEqual([
      "critical",
      "high",
      "medium",
      "low",
      "info",
    ]);
    expect(await look(ids.warn)).toMatchObject({
      status: "finished",
      severity: { critical: 0, high: 0, medium: 3, low: 2, info: 5 },
    });
    expect(await look(ids.failed)).toMatchObject({
      status: "failed",
      progress: 99,
      failure_reason: "nuclei engine exited unexpectedly (simulated)",
    });
    expect((await look(ids.error)).status).toBe("failed");
    expect((await look(ids.canceled)).status).toBe("stopped");
    expect(() => simulator.seedScan({ outcome: "timed_out" })).toThrow(
      'the projectdiscovery simulator cannot end a scan as "timed_out" (PDCP has no such state)',
    );
  });

  it("seeds scheduled and uploaded scans", async () => {
    const { simulator, call } = setup();
    const scheduled = simulator.seedScan({ kind: "scheduled" });
    const uploaded = simulator.seedScan({ kind: "uploaded", outcome: "warn" });
    expect((await call("GET", `/v1/scans/${scheduled}`)).body).toMatchObject({ status: "scheduled", progress: 0 });
    expect((await call("GET", `/v1/scans/${uploaded}`)).body).toMatchObject({
      status: "uploaded",
      progress: 100,
      is_oss: true,
      total_result: 10,
    });
  });

  it("lists newest first in the vendor's envelope, with offset and limit", async () => {
    const { simulator, call } = setup();
    const ids = Array.from({ length: 25 }, (_, index) => simulator.seedScan({ name: `scan ${index}` }));
    const { status, body } = await call("GET", "/v1/scans?offset=10&limit=10");
    expect(status).toBe(200);
    expect({ ...body, data: (body.data as Array<{ scan_id: string }>).map((item) => item.scan_id) }).toEqual({
      message: "scans fetched successfully",
      current_page: 2,
      result_count: 10,
      total_results: 25,
      total_pages: 3,
      data: ids.slice().reverse().slice(10, 20),
    });
    const oldest = await call("GET", "/v1/scans?limit=2&sort_asc=created_at");
    expect((oldest.body.data as Array<{ scan_id: string }>).map((item) => item.scan_id)).toEqual(ids.slice(0, 2));
  });

  it("filters by status and search, caps limit at 100 and defaults it to 10", async () => {
    const { clock, simulator, call } = setup();
    for (let index = 0; index < 120; index++)
      simulator.seedScan({ name: `bulk ${index}`, queuedMs: 0, durationMs: 1_000 });
    const long = simulator.seedScan({ name: "Prod API", queuedMs: 0, durationMs: 3_600_000 });
    await clock.advance(10_000);
    const runningOnly = await call("GET", "/v1/scans?status=running");
    expect(runningOnly.body.total_results).toBe(1);
    expect((runningOnly.body.data as Array<{ scan_id: string }>)[0]?.scan_id).toBe(long);
    expect((await call("GET", "/v1/scans?search=prod%20api")).body.total_results).toBe(1);
    expect((await call("GET", "/v1/scans?limit=500")).body.result_count).toBe(100);
    expect((await call("GET", "/v1/scans")).body.result_count).toBe(10);
    expect((await call("GET", "/v1/scans?status=stopped")).body).toMatchObject({ total_results: 0, data: [] });
  });

  it("refuses a limit that is not a count with the vendor's error body", async () => {
    const { call } = setup();
    const { status, body } = await call("GET", "/v1/scans?limit=-1");
    expect(status).toBe(400);
    expect(body).toEqual({
      message: "invalid value for limit: -1",
      kind: "bad_request",
      param: "limit",
      error_id: "e0000000000000000001",
      status: 400,
    });
  });

  it("answers 401 without a key or with a wrong one, 403 for another team, and accepts no team header", async () => {
    const { simulator, call } = setup();
    const id = simulator.seedScan();
    expect(await call("GET", `/v1/scans/${id}`, undefined, {})).toMatchObject({
      status: 401,
      body: { message: "missing api key: send it in the X-Api-Key header", kind: "unauthorized" },
    });
    expect((await call("GET", `/v1/scans/${id}`, undefined, { "x-api-key": "wrong" })).status).toBe(401);
    expect(
      (await call("GET", `/v1/scans/${id}`, undefined, { "x-api-key": key, "x-team-id": "someone-else" })).status,
    ).toBe(403);
    expect(
      (await call("GET", `/v1/scans/${id}`, undefined, { "x-api-key": key, "x-team-id": "sandbox-pdcp-team" })).status,
    ).toBe(200);
  });

  it("sends counts as strings, or findings fields verbatim, when asked", async () => {
    const { clock, simulator, call } = setup({ countsAs: "strings", durationMs: 1_000, queuedMs: 0 });
    const strings = simulator.seedScan({ outcome: "fail" });
    const above = simulator.seedScan({ countsAs: "numbers", reportedFindings: { severity: {}, total_result: 7 } });
    const running = simulator.seedScan({ durationMs: 600_000, reportedFindings: { severity: {}, total_result: 7 } });
    await clock.advance(5_000);
    const look = async (id: string) => (await call("GET", `/v1/scans/${id}`)).body;
    expect(await look(strings)).toMatchObject({
      severity: { critical: "1", high: "2", medium: "3", low: "2", info: "4" },
      total_result: 12,
    });
    expect(await look(above)).toMatchObject({ status: "finished", severity: {}, total_result: 7 });
    // Only a finished scan carries them: a running one still shows its rising counts.
    expect((await look(running)).total_result).not.toBe(7);
  });

  it("answers 404 with the vendor's body for an unknown scan and an unknown path", async () => {
    const { call } = setup();
    expect(await call("GET", "/v1/scans/nope")).toMatchObject({
      status: 404,
      body: { message: "scan not found", kind: "not_found", param: "scan_id" },
    });
    expect(await call("POST", "/v1/scans/nope/stop")).toMatchObject({ status: 404 });
    expect(await call("GET", "/v2/nothing")).toMatchObject({ status: 404, body: { message: "Not Found" } });
  });

  it("triggers scans from targets, ending them by the outcomes in turn", async () => {
    const { clock, simulator, call } = setup({ outcomes: ["warn", "failed"], queuedMs: 0, durationMs: 1_000 });
    expect(await call("POST", "/v1/scans", { templates: ["dns/"] })).toMatchObject({
      status: 400,
      body: { message: "no targets provided", param: "targets" },
    });
    expect(await call("POST", "/v1/scans", { targets: "a.example.com" })).toMatchObject({ status: 400 });
    const first = await call("POST", "/v1/scans", { targets: ["a.example.com", "b.example.com"], templates: ["dns/"] });
    const second = await call("POST", "/v1/scans", { targets: ["c.example.com"], name: "named" });
    const scheduled = await call("POST", "/v1/scans", { targets: ["d.example.com"], schedule_only: true });
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-v]{20}$/), message: "scan created successfully" });
    expect(simulator.triggeredScans).toBe(3);
    await clock.advance(5_000);
    expect((await call("GET", `/v1/scans/${first.body.id}`)).body).toMatchObject({
      status: "finished",
      name: "a.example.com +1",
      total_target: 2,
      total_template: 1,
      total_scan: 2,
      severity: { medium: 3 },
    });
    expect((await call("GET", `/v1/scans/${second.body.id}`)).body).toMatchObject({ status: "failed", name: "named" });
    expect((await call("GET", `/v1/scans/${scheduled.body.id}`)).body).toMatchObject({ status: "scheduled" });
  });

  it("stops a running scan only", async () => {
    const { clock, simulator, call } = setup();
    const id = simulator.seedScan({ queuedMs: 0, durationMs: 100_000 });
    expect(await call("POST", `/v1/scans/${id}/stop`)).toMatchObject({
      status: 200,
      body: { message: "scan stopped successfully", ok: true },
    });
    await clock.advance(40_000);
    expect((await call("GET", `/v1/scans/${id}`)).body).toMatchObject({ status: "stopped", progress: 0 });
    expect(await call("POST", `/v1/scans/${id}/stop`)).toMatchObject({
      status: 400,
      body: { message: "scan is stopped, only running scans can be stopped", code: "scan_not_running" },
    });
    const queued = simulator.seedScan({ queuedMs: 10_000 });
    expect((await call("POST", `/v1/scans/${queued}/stop`)).status).toBe(400);
  });

  it("rescans a scan that ended: same id, a new run, rescan_count up", async () => {
    const { clock, simulator, call } = setup();
    const id = simulator.seedScan({ queuedMs: 0, durationMs: 10_000 });
    expect(await call("POST", `/v1/scans/${id}/rescan`)).toMatchObject({ status: 400 });
    await clock.advance(20_000);
    expect(await call("POST", `/v1/scans/${id}/rescan`)).toMatchObject({
      status: 200,
      body: { id, message: "rescan started successfully" },
    });
    expect((await call("GET", `/v1/scans/${id}`)).body).toMatchObject({
      status: "running",
      progress: 0,
      is_rescan: true,
      rescan_count: 1,
    });
    expect(simulator.triggeredScans).toBe(1);
  });

  it("answers 429 with Retry-After once a key spends its budget", async () => {
    const { clock, simulator, call } = setup({
      rateLimits: { read: { requests: 2, windowMs: 60_000, documented: false } },
    });
    const id = simulator.seedScan();
    await call("GET", `/v1/scans/${id}`);
    await clock.advance(10_000);
    await call("GET", "/v1/scans");
    const limited = await call("GET", `/v1/scans/${id}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("50");
    expect(limited.body).toMatchObject({
      message: "rate limit exceeded, retry after 50 seconds",
      kind: "rate_limited",
    });
    expect((await call("POST", "/v1/scans", { targets: ["a"] })).status).toBe(200);
  });

  it("overrides only the budgets it is given: writes keep scanstat's 10 a minute when reads are changed", async () => {
    const { call } = setup({ rateLimits: { read: { requests: 2, windowMs: 60_000, documented: false } } });
    const statuses: number[] = [];
    for (let index = 0; index < 11; index++)
      statuses.push((await call("POST", "/v1/scans", { targets: ["a"] })).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });

  it("gives its sandbox environment in ProjectDiscovery's variable names", () => {
    const { simulator } = setup();
    expect(simulator.sandboxEnvironment("http://127.0.0.1:4100/projectdiscovery")).toEqual({
      PDCP_API_SERVER: "http://127.0.0.1:4100/projectdiscovery",
      PDCP_API_KEY: "sandbox-pdcp-api-key",
      PDCP_TEAM_ID: "sandbox-pdcp-team",
    });
  });
});
