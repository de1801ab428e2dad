import { describe, expect, it } from "vitest";
import { jsonResponse, Simulator, type SimulatorOptions } from "./simulator.js";
import { createVirtualClock } from "./virtual-clock.js";

function createSimulator(overrides: Partial<SimulatorOptions> = {}) {
  const clock = createVirtualClock({ start: 0 });
  const bodies: unknown[] = [];
  let handled = 0;
  const simulator = new Simulator({
    vendor: "test",
    clock,
    routes: [
      {
        method: "GET",
        path: "/api/v1/scans/:scanId",
        operation: "getScan",
        handle: ({ params, credential, now }) => {
          handled++;
          return jsonResponse({ id: params.scanId, credential, now });
        },
      },
      {
        method: "GET",
        path: "/api/v1/scans/:scanId/logs",
        operation: "getLogs",
        handle: ({ params, url }) => jsonResponse({ logsOf: params.scanId, page: url.searchParams.get("page") }),
      },
      {
        method: "POST",
        path: "/api/v1/scans",
        operation: "triggerScan",
        handle: async ({ body }) => {
          handled++;
          bodies.push(await body());
          return jsonResponse({ id: "new" }, { status: 201 });
        },
      },
      {
        method: "DELETE",
        path: "/api/v1/scans/:scanId",
        operation: "cancelScan",
        handle: () => {
          throw new Error("boom");
        },
      },
    ],
    authenticate: (request) => {
      const key = request.headers.get("x-api-key");
      if (key === "key-a" || key === "key-b") return key;
      return jsonResponse({ error: "unauthorized" }, { status: 401 });
    },
    rateLimits: { read: { requests: 2, windowMs: 10_000, documented: true } },
    rateLimitClass: (operation) => (operation === "getScan" || operation === "getLogs" ? "read" : operation),
    rateLimitedResponse: (seconds) => jsonResponse({ error: "rate limited", retryIn: seconds }, { status: 429 }),
    notFoundResponse: (url) => jsonResponse({ error: `no route ${url.pathname}` }, { status: 404 }),
    ...overrides,
  });
  return { clock, simulator, bodies, handled: () => handled };
}

const get = (path: string, key = "key-a") => new Request(`https://sim.test${path}`, { headers: { "x-api-key": key } });

describe("Simulator", () => {
  it("routes by method and path, with decoded :params, the credential and the time", async () => {
    const { simulator } = createSimulator();
    const response = await simulator.handle(get("/api/v1/scans/a%20b"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "a b", credential: "key-a", now: 0 });
    const logs = await simulator.handle(get("/api/v1/scans/x/logs?page=2"));
    expect(await logs.json()).toEqual({ logsOf: "x", page: "2" });
  });

  it("answers an unknown path or method with the vendor's 404", async () => {
    const { simulator } = createSimulator();
    const response = await simulator.handle(get("/api/v2/nothing"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "no route /api/v2/nothing" });
    const wrongMethod = await simulator.handle(new Request("https://sim.test/api/v1/scans", { method: "GET" }));
    expect(wrongMethod.status).toBe(404);
  });

  it("checks auth before the handler runs", async () => {
    const { simulator, handled } = createSimulator();
    const response = await simulator.handle(get("/api/v1/scans/a", "wrong"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "unauthorized" });
    expect(handled()).toBe(0);
  });

  it("enforces its own rate limits per credential and class, with the vendor's 429 and Retry-After", async () => {
    const { simulator, clock } = createSimulator();
    const statuses = async (key: string) => (await simulator.handle(get("/api/v1/scans/a", key))).status;
    expect([await statuses("key-a"), await statuses("key-a")]).toEqual([200, 200]);
    const limited = await simulator.handle(get("/api/v1/scans/x/logs", "key-a"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("10");
    expect(await limited.json()).toEqual({ error: "rate limited", retryIn: 10 });
    // Another credential has its own budget.
    expect(await statuses("key-b")).toBe(200);
    await clock.advance(4000);
    const later = await simulator.handle(get("/api/v1/scans/a", "key-a"));
    expect(later.headers.get("retry-after")).toBe("6");
    await clock.advance(6000);
    expect(await statuses("key-a")).toBe(200);
  });

  it("leaves Retry-After out when the vendor does not send it", async () => {
    const { simulator } = createSimulator({ sendRetryAfter: false });
    await simulator.handle(get("/api/v1/scans/a"));
    await simulator.handle(get("/api/v1/scans/a"));
    const limited = await simulator.handle(get("/api/v1/scans/a"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeNull();
  });

  it("logs every request, counts them by operation and status", async () => {
    const { simulator, clock } = createSimulator();
    await simulator.handle(get("/api/v1/scans/a?x=1"));
    await clock.advance(1500);
    await simulator.handle(get("/api/v1/scans/b", "nobody"));
    await simulator.handle(get("/nowhere"));
    simulator.faults.add({ type: "status", status: 503 });
    await simulator.handle(get("/api/v1/scans/c"));
    expect(simulator.requests).toEqual([
      { method: "GET", path: "/api/v1/scans/a", search: "?x=1", operation: "getScan", status: 200, at: 0 },
      { method: "GET", path: "/api/v1/scans/b", search: "", operation: "getScan", status: 401, at: 1500 },
      { method: "GET", path: "/nowhere", search: "", operation: undefined, status: 404, at: 1500 },
      {
        method: "GET",
        path: "/api/v1/scans/c",
        search: "",
        operation: "getScan",
        status: 503,
        at: 1500,
        fault: "status:503",
      },
    ]);
    expect(simulator.count("getScan")).toBe(3);
    expect(simulator.count("getScan", { status: 200 })).toBe(1);
  });

  it("answers a fault instead of the vendor, or after it acted with afterHandling", async () => {
    const { simulator, handled } = createSimulator();
    simulator.faults.add({ type: "status", status: 500 }, { operation: "triggerScan" });
    const before = await simulator.handle(
      new Request("https://sim.test/api/v1/scans", { method: "POST", headers: { "x-api-key": "key-a" } }),
    );
    expect(before.status).toBe(500);
    expect(handled()).toBe(0);
    simulator.faults.add({ type: "status", status: 502 }, { operation: "triggerScan", afterHandling: true });
    const after = await simulator.handle(
      new Request("https://sim.test/api/v1/scans", { method: "POST", headers: { "x-api-key": "key-a" } }),
    );
    expect(after.status).toBe(502);
    expect(handled()).toBe(1);
  });

  it("turns a handler's exception into a JSON 500", async () => {
    const { simulator } = createSimulator();
    const response = await simulator.handle(
      new Request("https://sim.test/api/v1/scans/a", { method: "DELETE", headers: { "x-api-key": "key-a" } }),
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: "simulator error: boom" });
  });

  it("reads JSON, form and text bodies", async () => {
    const { simulator, bodies } = createSimulator();
    const post = (body: string, type: string) =>
      simulator.handle(
        new Request("https://sim.test/api/v1/scans", {
          method: "POST",
          body,
          headers: { "x-api-key": "key-a", "content-type": type },
        }),
      );
    await post('{"definition":"orders"}', "application/json");
    await post("target_id=7&name=x", "application/x-www-form-urlencoded");
    await post("plain words", "text/plain");
    await simulator.handle(
      new Request("https://sim.test/api/v1/scans", { method: "POST", headers: { "x-api-key": "key-a" } }),
    );
    expect(bodies).toEqual([{ definition: "orders" }, { target_id: "7", name: "x" }, "plain words", undefined]);
  });

  it("serves in-process through fetch, with transport faults thrown as Node's fetch does", async () => {
    const { simulator } = createSimulator();
    const response = await simulator.fetch("https://sim.test/api/v1/scans/a", { headers: { "x-api-key": "key-a" } });
    expect(response.status).toBe(200);
    simulator.faults.add({ type: "refused" });
    simulator.faults.add({ type: "reset" });
    for (const code of ["ECONNREFUSED", "ECONNRESET"]) {
      const error = await simulator.fetch("https://sim.test/api/v1/scans/a").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe("fetch failed");
      expect(((error as Error).cause as { code: string }).code).toBe(code);
    }
  });
});
