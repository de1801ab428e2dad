import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createHaloSimulator, type HaloSimulatorOptions, haloSandboxApiKey } from "./index.js";

const origin = "https://api.halosecurity.com";

function setup(options: Partial<HaloSimulatorOptions> = {}) {
  const clock = createVirtualClock({ autoAdvance: false });
  const simulator = createHaloSimulator({ clock, queuedMs: 10_000, durationMs: 60_000, ...options });
  const events = async (query: Record<string, string | number> = {}) => {
    const url = new URL(`${origin}/api/v1/event/list.json`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    const response = await simulator.fetch(url, { headers: { "x-apikey": haloSandboxApiKey } });
    const body = (await response.json()) as {
      pagination?: unknown;
      list?: Array<{
        event: { event_id: string; subject: string; date_created: string; key: string; target: { target_id: number } };
      }>;
      message?: string;
    };
    return { status: response.status, body };
  };
  const call = async (
    path: string,
    query: Record<string, string | number> = {},
    key: string | null = haloSandboxApiKey,
  ) => {
    const url = new URL(`${origin}/api/v1/scan/${path}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    const response = await simulator.fetch(url, { headers: key === null ? {} : { "x-apikey": key } });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      headers: response.headers,
    };
  };
  return { clock, simulator, call, events };
}

describe("halo simulator", () => {
  it("answers 401 with Halo's body without a key or with a wrong one", async () => {
    const { call } = setup();
    expect(await call("get.json", { scan_id: "x" }, null)).toMatchObject({
      status: 401,
      body: { code: 401, message: "api key required" },
    });
    expect(await call("get.json", { scan_id: "x" }, "wrong")).toMatchObject({
      status: 401,
      body: { code: 401, message: "invalid api key" },
    });
  });

  it("answers the key check user/me.json: the user for a good key, Halo's 401 body for a bad one", async () => {
    const { simulator } = setup();
    const me = (key: string) => simulator.fetch(`${origin}/api/v1/user/me.json`, { headers: { "x-apikey": key } });
    const good = await me(haloSandboxApiKey);
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ user: { email: "sandbox@example.com", name: "scanstat sandbox" } });
    const bad = await me("wrong");
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ code: 401, message: "invalid api key" });
  });

  it("moves a scan Queued → Server - Running → Web - Running with a rising duration, then out of the list", async () => {
    const { clock, simulator, call } = setup();
    const id = simulator.seedScan();
    const start = clock.now();
    const looks: unknown[] = [];
    for (const at of [0, 10_000, 40_000, 69_000, 70_000]) {
      clock.setTime(start + at);
      const { body } = await call("inprogress-list.json", { scan_id: id });
      const entry = (body.list as Array<Record<string, unknown>>)[0];
      looks.push(entry ? [entry.status, entry.status_display, entry.duration] : "gone");
    }
    expect(looks).toEqual([
      [1, "Queued", 0],
      [3, "Server - Running", 10],
      [4, "Web - Running", 40],
      [4, "Web - Running", 69],
      "gone",
    ]);
  });

  it("gives a finished scan severity counts that match its outcome", async () => {
    const { clock, simulator, call } = setup();
    const ids = (["pass", "warn", "fail"] as const).map((outcome) => simulator.seedScan({ outcome }));
    await clock.advance(70_000);
    const counts = await Promise.all(
      ids.map(
        async (id) =>
          ((await call("get.json", { scan_id: id })).body.scan as Record<string, unknown>).issue_severity_count,
      ),
    );
    expect(counts).toEqual([
      { "0": 4, "1": 2, "2": 1, "3": 0, "4": 0, "5": 0 },
      { "0": 4, "1": 2, "2": 3, "3": 2, "4": 0, "5": 0 },
      { "0": 4, "1": 2, "2": 3, "3": 2, "4": 1, "5": 1 },
    ]);
  });

  it("get.json of an unknown scan is 404 {code:404, message:'scan not found'}; without scan_id 400", async () => {
    const { call } = setup();
    expect(await call("get.json", { scan_id: "nope" })).toMatchObject({
      status: 404,
      body: { code: 404, message: "scan not found" },
    });
    expect(await call("get.json")).toMatchObject({ status: 400, body: { code: 0, message: "scan_id required" } });
  });

  it("starts on target_id, refuses an unknown target, and answers 'Scan Already In Progress' with the chosen status", async () => {
    const { simulator, call } = setup({ alreadyInProgressStatus: 400 });
    expect(await call("start.json", { target_id: 9 })).toMatchObject({
      status: 404,
      body: { code: 0, message: "target not found" },
    });
    expect(await call("start.json")).toMatchObject({ status: 400, body: { code: 0, message: "target_id required" } });
    expect(await call("start.json", { target_id: 1 })).toMatchObject({
      status: 200,
      body: { code: 0, message: "Scan Started" },
    });
    const id = simulator.scans[0]!.id;
    expect(id).toMatch(/^202601010000SIM0{16}1$/);
    expect(await call("start.json", { target_id: 1 })).toMatchObject({
      status: 400,
      body: { code: 0, message: `Scan Already In Progress (${id})` },
    });
    simulator.alreadyInProgressStatus = 200;
    expect((await call("start.json", { target_id: 1 })).status).toBe(200);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("cancels only while in progress; the canceled scan leaves the list and get.json answers it without findings", async () => {
    const { clock, simulator, call } = setup();
    const id = simulator.seedScan({ outcome: "fail" });
    await clock.advance(20_000);
    expect(await call("inprogress-cancel.json", { scan_id: id })).toMatchObject({
      status: 200,
      body: { code: 0, message: "Scan Canceled" },
    });
    expect((await call("inprogress-list.json")).body.list).toEqual([]);
    const { body } = await call("get.json", { scan_id: id });
    expect(body.scan).toMatchObject({ scan_id: id, duration: 20, issue_count: 0, risk_score: 0 });
    expect(await call("inprogress-cancel.json", { scan_id: id })).toMatchObject({
      status: 404,
      body: { code: 404, message: "scan not found" },
    });
  });

  it("pages the in-progress list with start / limit in the envelope {request, pagination, list}", async () => {
    const { simulator, call } = setup();
    const ids = Array.from({ length: 5 }, () => simulator.seedScan());
    const { body } = await call("inprogress-list.json", { start: 2, limit: 2 });
    expect(body.pagination).toEqual({ total: 5, start: 2, limit: 2 });
    expect(body.request).toEqual({ start: "2", limit: "2" });
    expect((body.list as Array<{ scan_id: string }>).map((entry) => entry.scan_id)).toEqual(ids.slice(2, 4));
    expect(((await call("inprogress-list.json", { limit: 5000 })).body.pagination as { limit: number }).limit).toBe(
      1000,
    );
    expect(await call("inprogress-list.json", { start: "x" })).toMatchObject({
      status: 400,
      body: { message: "invalid start" },
    });
  });

  it("lists scans by type: current, recent, prior, all", async () => {
    const { clock, simulator, call } = setup({ durationMs: 1_000, queuedMs: 0 });
    const started: string[] = [];
    for (let index = 0; index < 3; index++) {
      await call("start.json", { target_id: 1 });
      started.push(simulator.scans.at(-1)!.id);
      await clock.advance(60_000);
    }
    const ids = async (type: string) =>
      ((await call("list.json", { type })).body.list as Array<{ scan: { scan_id: string } }>).map(
        (entry) => entry.scan.scan_id,
      );
    expect(await ids("current")).toEqual([started[2]]);
    expect(await ids("recent")).toEqual(started);
    expect(await ids("prior")).toEqual(started.slice(0, 2));
    expect(await ids("all")).toEqual(started);
    expect(((await call("list.json", { type: "all" })).body.list as unknown[])[0]).toEqual({
      scan: { date: "2026-01-01 00:00", scan_id: started[0] },
      target: { target_name: "", target_id: 1, target: "www.example.com" },
    });
    expect(await call("list.json", { type: "old" })).toMatchObject({ status: 400, body: { message: "invalid type" } });
  });

  it("answers the 11th start in a minute with 429, Retry-After and Halo's body", async () => {
    const { simulator, call } = setup({
      targets: Array.from({ length: 11 }, (_, index) => ({ id: index + 1, host: `h${index}.example.com` })),
    });
    for (let target = 1; target <= 10; target++)
      expect((await call("start.json", { target_id: target })).status).toBe(200);
    const limited = await call("start.json", { target_id: 11 });
    expect([limited.status, limited.body, limited.headers.get("retry-after")]).toEqual([
      429,
      { code: 429, message: "rate limit exceeded" },
      "60",
    ]);
    expect(simulator.triggeredScans).toBe(10);
  });

  it("cycles the outcomes Halo can express, skips the others, and refuses to seed them", async () => {
    const { simulator, call } = setup({ outcomes: ["error", "warn", "canceled", "failed"] });
    for (const target of [1, 2, 3]) await call("start.json", { target_id: target });
    expect(simulator.scans.map((scan) => scan.outcome)).toEqual(["warn", "failed", "warn"]);
    expect(simulator.supportedOutcomes).toEqual(["pass", "warn", "fail", "failed"]);
    expect(() => simulator.seedScan({ outcome: "canceled" })).toThrow(
      'the halo simulator cannot seed a "canceled" scan: Halo reports findings (pass, warn, fail) or "Scan Failed" (failed); cancel a scan through the API',
    );
  });

  it("by default triggered scans cycle pass, warn, fail (never failed)", async () => {
    const { simulator, call } = setup();
    for (const target of [1, 2, 3]) await call("start.json", { target_id: target });
    expect(simulator.scans.map((scan) => scan.outcome)).toEqual(["pass", "warn", "fail"]);
  });

  it("records Scan Started at the start and Scan Complete at the end, in event/list.json's documented shape", async () => {
    const { clock, simulator, events } = setup();
    const id = simulator.seedScan({ outcome: "warn" });
    const targetId = simulator.scans[0]!.targetId;
    expect((await events({ target_id: targetId })).body.list).toEqual([
      {
        event: {
          event_id: `${id}E1`,
          subject: "Scan Started",
          date_created: "2026-01-01 00:00",
          key: "target-scan-start",
          url: `https://www.halosecurity.com/link?q=user-event&id=${id}E1`,
          target: { target_name: "", target_id: targetId, target: "seeded-1.example.com" },
        },
      },
    ]);
    await clock.advance(70_000);
    const subjects = (await events({ target_id: targetId })).body.list!.map((item) => [
      item.event.subject,
      item.event.date_created,
      item.event.key,
    ]);
    // Sort 0 = name: by subject, not by time.
    expect(subjects).toEqual([
      ["Scan Complete", "2026-01-01 00:01", "target-scan-complete"],
      ["Scan Started", "2026-01-01 00:00", "target-scan-start"],
    ]);
  });

  it("a canceled scan gets no ending event; a failed one gets Scan Failed (seeded, or failed on demand)", async () => {
    const { clock, simulator, call, events } = setup();
    const canceled = simulator.seedScan({ outcome: "pass" });
    const failedAtEnd = simulator.seedScan({ outcome: "failed" });
    const failedNow = simulator.seedScan({ outcome: "pass" });
    await clock.advance(20_000);
    await call("inprogress-cancel.json", { scan_id: canceled });
    expect(simulator.failScan(failedNow)).toBe(true);
    expect(simulator.failScan("nope")).toBe(false);
    await clock.advance(60_000);
    expect(simulator.failScan(failedAtEnd)).toBe(false);
    const subjectsOf = async (id: string) => {
      const targetId = simulator.scans.find((scan) => scan.id === id)!.targetId;
      return (await events({ target_id: targetId })).body.list!.map((item) => item.event.subject);
    };
    expect(await subjectsOf(canceled)).toEqual(["Scan Started"]);
    expect(await subjectsOf(failedAtEnd)).toEqual(["Scan Failed", "Scan Started"]);
    expect(await subjectsOf(failedNow)).toEqual(["Scan Failed", "Scan Started"]);
    expect((await call("inprogress-list.json")).body.list).toEqual([]);
    // get.json of a failed scan looks like a clean completed one: only the events tell.
    expect((await call("get.json", { scan_id: failedAtEnd })).body.scan).toMatchObject({
      issue_count: 0,
      risk_score: 0,
    });
  });

  it("filters events by target_id, key and subject, and pages them with start / limit", async () => {
    const { clock, simulator, events } = setup();
    for (let index = 0; index < 3; index++) simulator.seedScan({ outcome: "pass", durationMs: 1_000, queuedMs: 0 });
    await clock.advance(5_000);
    expect((await events()).body.list).toHaveLength(6);
    expect((await events({ key: "target-scan-start" })).body.list).toHaveLength(3);
    expect(
      (await events({ subject: "Scan Complete", target_id: simulator.scans[1]!.targetId })).body.list,
    ).toHaveLength(1);
    const page = await events({ start: 2, limit: 3 });
    expect(page.body.pagination).toEqual({ total: 6, start: 2, limit: 3 });
    expect(page.body.list).toHaveLength(3);
    expect(await events({ target_id: "x" })).toEqual({ status: 400, body: { code: 0, message: "invalid target_id" } });
  });

  it("gives its sandbox environment", () => {
    expect(setup().simulator.sandboxEnvironment("http://127.0.0.1:4100/halo")).toEqual({
      HALO_BASE_URL: "http://127.0.0.1:4100/halo",
      HALO_API_KEY: "sandbox-halo-api-key",
    });
  });

  it("answers an unknown path with Halo's 404 body", async () => {
    const { call } = setup();
    expect(await call("delete.json")).toMatchObject({ status: 404, body: { code: 404, message: "not found" } });
  });
});
