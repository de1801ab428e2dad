import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authorized, createTestSimulator } from "./__fixtures__/test-simulator.js";
import { mswHandlers } from "./msw.js";
import { createVirtualClock } from "./virtual-clock.js";

const clock = createVirtualClock();
const simulator = createTestSimulator(clock, "soda");
const other = createTestSimulator(clock, "halo");
const server = setupServer(
  ...mswHandlers(simulator, "https://cloud.soda.test/proxy/"),
  ...mswHandlers(other, "https://api.halo.test"),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  simulator.faults.clear();
  simulator.requests.length = 0;
});
afterAll(() => server.close());

describe("mswHandlers", () => {
  it("sends requests below the base URL to the simulator, without the base path", async () => {
    const response = await fetch("https://cloud.soda.test/proxy/api/v1/scans/7?x=1", { headers: authorized });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ vendor: "soda", id: "7", query: "?x=1" });
    expect(simulator.requests.map((request) => request.path)).toEqual(["/api/v1/scans/7"]);
  });

  it("keeps each base URL to its own simulator", async () => {
    const response = await fetch("https://api.halo.test/api/v1/scans/9", { headers: authorized });
    expect(await response.json()).toEqual({ vendor: "halo", id: "9", query: "" });
  });

  it("passes POST bodies", async () => {
    const response = await fetch("https://cloud.soda.test/proxy/api/v1/scans", {
      method: "POST",
      headers: { ...authorized, "content-type": "application/json" },
      body: JSON.stringify({ definition: "orders" }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ vendor: "soda", received: { definition: "orders" } });
  });

  it("passes the simulator's errors through", async () => {
    expect((await fetch("https://cloud.soda.test/proxy/api/v1/scans/7")).status).toBe(401);
    simulator.faults.add({ type: "status", status: 429, body: { message: "slow" }, headers: { "retry-after": "3" } });
    const limited = await fetch("https://cloud.soda.test/proxy/api/v1/scans/7", { headers: authorized });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
  });

  it("turns transport faults into network errors", async () => {
    simulator.faults.add({ type: "reset" });
    await expect(fetch("https://cloud.soda.test/proxy/api/v1/scans/7", { headers: authorized })).rejects.toThrow(
      TypeError,
    );
    simulator.faults.add({ type: "refused" });
    await expect(fetch("https://cloud.soda.test/proxy/api/v1/scans/7", { headers: authorized })).rejects.toThrow(
      TypeError,
    );
  });
});
