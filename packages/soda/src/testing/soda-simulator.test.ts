import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createSodaSimulator, type SodaSimulatorOptions, sodaSandboxCredentials } from "./soda-simulator.js";

const origin = "https://cloud.soda.io";
const authorization = `Basic ${btoa(`${sodaSandboxCredentials.apiKeyId}:${sodaSandboxCredentials.apiKeySecret}`)}`;

function setup(options: Partial<SodaSimulatorOptions> = {}) {
  const clock = createVirtualClock();
  const simulator = createSodaSimulator({ clock, ...options });
  const call = (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    simulator.fetch(`${origin}${path}`, {
      method,
      headers: { authorization, ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
  const trigger = (form = "scanDefinition=orders_checks") =>
    call("POST", "/api/v1/scans", { body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
  return { clock, simulator, call, trigger };
}

describe("Soda simulator", () => {
  it("answers 401 with Soda's error body without valid Basic credentials", async () => {
    const { simulator } = setup();
    const id = simulator.seedScan();
    const refused: Record<string, string>[] = [
      {},
      { authorization: `Basic ${btoa("sandbox-soda-key-id:wrong")}` },
      { authorization: "Bearer x" },
    ];
    for (const headers of refused) {
      const response = await simulator.fetch(`${origin}/api/v1/scans/${id}`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        code: "401",
        message: "Unauthorized: the API key id or secret is not valid",
      });
    }
  });

  it("answers the credentials check test-login: the organisation for a good key, Soda's 401 body for a bad one", async () => {
    const { simulator, call } = setup();
    const good = await call("GET", "/api/v1/test-login");
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ organisationName: "scanstat sandbox" });
    const bad = await simulator.fetch(`${origin}/api/v1/test-login`, {
      headers: { authorization: `Basic ${btoa("sandbox-soda-key-id:wrong")}` },
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ code: "401", message: "Unauthorized: the API key id or secret is not valid" });
  });

  it("accepts the credentials it is given instead of the sandbox ones", async () => {
    const { simulator } = setup({ credentials: { apiKeyId: "custom-id", apiKeySecret: "custom-secret" } });
    const id = simulator.seedScan();
    const response = await simulator.fetch(`${origin}/api/v1/scans/${id}`, {
      headers: { authorization: `Basic ${btoa("custom-id:custom-secret")}` },
    });
    expect(response.status).toBe(200);
  });

  it("triggers with 201, an empty body, Location and X-Soda-Scan-Id", async () => {
    const { simulator, trigger } = setup();
    const response = await trigger();
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("");
    const id = "5ca1ab1e-0000-4000-8000-000000000001";
    expect(response.headers.get("x-soda-scan-id")).toBe(id);
    expect(response.headers.get("location")).toBe(`${origin}/api/v1/scans/${id}`);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("refuses a trigger without scanDefinition (400) or with a JSON body (415)", async () => {
    const { simulator, trigger, call } = setup();
    const missing = await trigger("dataTimestamp=2023-12-31T10%3A15%3A30%2B01%3A00");
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ code: "400", message: "scanDefinition is required" });
    const json = await call("POST", "/api/v1/scans", {
      body: JSON.stringify({ scanDefinition: "orders_checks" }),
      headers: { "content-type": "application/json" },
    });
    expect(json.status).toBe(415);
    expect(simulator.triggeredScans).toBe(0);
  });

  it("gives triggered scans the outcomes in turn", async () => {
    const { simulator, trigger, clock } = setup({ outcomes: ["fail", "pass"], queuedMs: 0, durationMs: 1_000 });
    const ids = [];
    for (let index = 0; index < 3; index++) ids.push((await trigger()).headers.get("x-soda-scan-id")!);
    await clock.advance(1_000);
    expect(ids.map((id) => simulator.scanState(id))).toEqual([
      "completedWithFailures",
      "completed",
      "completedWithFailures",
    ]);
  });

  it("sends X-Soda-Next-Poll-Time only while the scan is not terminal, and nulls for what has not happened", async () => {
    const { simulator, call, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 30_000, durationMs: 5_000 });
    const queuing = await call("GET", `/api/v1/scans/${id}`);
    expect(queuing.headers.get("x-soda-next-poll-time")).toBe("2026-01-01T00:00:10.000Z");
    expect(await queuing.json()).toMatchObject({
      state: "queuing",
      started: null,
      ended: null,
      runnerId: null,
      checks: [],
    });
    await clock.advance(35_000);
    const done = await call("GET", `/api/v1/scans/${id}`);
    expect(done.headers.get("x-soda-next-poll-time")).toBeNull();
    expect(await done.json()).toMatchObject({
      state: "completed",
      started: "2026-01-01T00:00:30.000Z",
      ended: "2026-01-01T00:00:35.000Z",
      warnings: 0,
      failures: 0,
      errors: 0,
    });
  });

  it("answers Soda's 404 body for an unknown scan and an unknown path", async () => {
    const { call } = setup();
    const scan = await call("GET", "/api/v1/scans/nope");
    expect(scan.status).toBe(404);
    expect(await scan.json()).toEqual({ code: "404", message: "Scan nope not found" });
    const path = await call("GET", "/api/v1/datasets");
    expect(path.status).toBe(404);
    expect(await path.json()).toEqual({ code: "404", message: "No API endpoint at /api/v1/datasets" });
  });

  it("answers the 11th trigger within a minute with 429, Retry-After and Soda's body", async () => {
    const { trigger, clock } = setup();
    for (let index = 0; index < 10; index++) {
      expect((await trigger()).status).toBe(201);
      await clock.advance(1_000);
    }
    const limited = await trigger();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("50");
    expect(await limited.json()).toEqual({ code: "429", message: "Too many requests: try again in 50 seconds" });
    await clock.advance(50_000);
    expect((await trigger()).status).toBe(201);
  });

  it("cancels only a queuing or executing scan", async () => {
    const { simulator, call, clock } = setup();
    const queuing = simulator.seedScan({ queuedMs: 10_000 });
    expect((await call("DELETE", `/api/v1/scans/${queuing}`)).status).toBe(200);
    expect(simulator.scanState(queuing)).toBe("canceled");
    const again = await call("DELETE", `/api/v1/scans/${queuing}`);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ code: "400", message: `Scan ${queuing} is canceled and cannot be canceled` });

    const executing = simulator.seedScan({ queuedMs: 0, durationMs: 60_000 });
    await clock.advance(1_000);
    expect((await call("DELETE", `/api/v1/scans/${executing}`)).status).toBe(200);
    expect(simulator.scanState(executing)).toBe("cancelationRequested");
    expect((await call("DELETE", `/api/v1/scans/${executing}`)).status).toBe(400);
    await clock.advance(2_000);
    expect(simulator.scanState(executing)).toBe("canceled");
  });

  describe("logs", () => {
    it("pages with Soda's envelope: size 100..1000, default 1000, page from 0", async () => {
      const { simulator, call, clock } = setup({ logLines: 250 });
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      await clock.advance(1_000);
      const first = await (await call("GET", `/api/v1/scans/${id}/logs`)).json();
      expect({ ...first, content: first.content.length }).toEqual({
        content: 250,
        first: true,
        last: true,
        number: 0,
        size: 1000,
        totalElements: 250,
        totalPages: 1,
      });
      const third = await (await call("GET", `/api/v1/scans/${id}/logs?page=2&size=100`)).json();
      expect(third.content.map((line: { index: number }) => line.index)).toEqual(
        Array.from({ length: 50 }, (_, index) => 200 + index),
      );
      expect([third.first, third.last, third.totalPages]).toEqual([false, true, 3]);
      for (const query of ["size=99", "size=1001", "size=abc", "page=-1"]) {
        const refused = await call("GET", `/api/v1/scans/${id}/logs?${query}`);
        expect(refused.status, query).toBe(400);
      }
    });

    it("makes the last page of a million-line log without making the others", async () => {
      const { simulator, call, clock } = setup({ logLines: 1_000_000 });
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      await clock.advance(1_000);
      const last = await (await call("GET", `/api/v1/scans/${id}/logs?page=999&size=1000`)).json();
      expect(last.content).toHaveLength(1_000);
      expect(last.content[0].index).toBe(999_000);
      expect(last.content[999]).toMatchObject({ index: 999_999, message: 'Scan "sandbox_checks" ended: completed' });
      expect([last.totalElements, last.totalPages, last.last]).toEqual([1_000_000, 1_000, true]);
    });

    it("has written a share of the log while the scan runs", async () => {
      const { simulator, call, clock } = setup({ logLines: 100 });
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 10_000 });
      await clock.advance(2_500);
      const page = await (await call("GET", `/api/v1/scans/${id}/logs`)).json();
      expect(page.totalElements).toBe(25);
    });
  });

  it("gives the sandbox environment a client needs", () => {
    const { simulator } = setup();
    expect(simulator.sandboxEnvironment("http://127.0.0.1:4100/soda")).toEqual({
      SODA_BASE_URL: "http://127.0.0.1:4100/soda",
      SODA_API_KEY_ID: "sandbox-soda-key-id",
      SODA_API_KEY_SECRET: "sandbox-soda-key-secret",
    });
  });
});
