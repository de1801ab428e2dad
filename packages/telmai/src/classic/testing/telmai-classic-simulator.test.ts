import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createTelmaiClassicSimulator, isTelmaiClassicPath } from "./telmai-classic-simulator.js";

const origin = "https://t.example.com";

function setup() {
  const clock = createVirtualClock({ start: "2026-04-17T09:00:00Z" });
  const simulator = createTelmaiClassicSimulator({ clock, outcomes: ["fail"], queuedMs: 10_000, durationMs: 20_000 });
  const call = async (method: string, path: string, headers: Record<string, string> = {}) => {
    const response = await simulator.fetch(`${origin}${path}`, { method, headers });
    return { status: response.status, body: await response.json() };
  };
  return { clock, simulator, call, key: { "x-tlm-key": simulator.apiKey } };
}

describe("the Telmai classic simulator", () => {
  it("answers the documented error bodies", async () => {
    const { call, key } = setup();
    expect(await call("GET", "/api/backend/sandbox-tenant/jobs/x")).toEqual({
      status: 401,
      body: { description: "Unauthorized" },
    });
    expect(await call("GET", "/api/backend/sandbox-tenant/jobs/x", { "x-tlm-key": "nope" })).toEqual({
      status: 401,
      body: { description: "Unauthorized" },
    });
    expect(await call("GET", "/api/backend/other-tenant/jobs/x", key)).toEqual({
      status: 403,
      body: { description: "Forbidden" },
    });
    expect(await call("GET", "/api/backend/sandbox-tenant/jobs/x", key)).toEqual({
      status: 404,
      body: { description: "Not Found" },
    });
  });

  it("moves a job through its words over time, then shows its alerts and an incident", async () => {
    const { clock, call, key } = setup();
    const started = await call("POST", "/api/data/sandbox-tenant/assets/orders/batch_data", key);
    const jobId = started.body.job_id as string;
    const words: string[] = [];
    for (let step = 0; step < 5; step++) {
      words.push((await call("GET", `/api/backend/sandbox-tenant/jobs/${jobId}`, key)).body.status);
      await clock.advance(8_000);
    }
    expect(words).toEqual(["PREPARING", "BATCH_WAIT", "IN_PROGRESS", "IN_PROGRESS", "FINISHED"]);
    const alerts = await call(
      "POST",
      `/api/backend/sandbox-tenant/configuration/sources/orders/alerts?job_id=${jobId}`,
      key,
    );
    expect(alerts.body.map((alert: { priority: string }) => alert.priority)).toEqual(["HIGH", "MEDIUM"]);
    const elsewhere = await call(
      "POST",
      `/api/backend/sandbox-tenant/configuration/sources/customers/alerts?job_id=${jobId}`,
      key,
    );
    expect(elsewhere.body).toEqual([]);
    const incidents = await call("GET", "/api/backend/sandbox-tenant/incidents?severities=HIGH", key);
    expect(incidents.body).toMatchObject([{ asset_id: "orders", severity: "HIGH", status: "OPEN" }]);
  });

  it("issues bearer tokens by password (either spelling) and refresh grants; a used refresh token is spent", async () => {
    const { call } = setup();
    const login = await call(
      "POST",
      "/api/auth/auth/token?grant_type=password&username=sandbox-user&password=sandbox-password",
    );
    expect(login.status).toBe(200);
    const bearer = { authorization: `Bearer ${login.body.access_token}` };
    expect((await call("GET", "/api/backend/sandbox-tenant/incidents", bearer)).status).toBe(200);
    const refreshed = await call(
      "POST",
      `/api/auth/auth/token?grantType=refresh_token&refreshToken=${login.body.refresh_token}`,
    );
    expect(refreshed.status).toBe(200);
    const again = await call(
      "POST",
      `/api/auth/auth/token?grantType=refresh_token&refreshToken=${login.body.refresh_token}`,
    );
    expect(again).toEqual({ status: 401, body: { description: "Unauthorized" } });
    expect(
      (await call("POST", "/api/auth/auth/token?grantType=password&username=sandbox-user&password=x")).status,
    ).toBe(401);
  });

  it("tells classic paths from Fabric ones", () => {
    expect(isTelmaiClassicPath("/telmai/api/backend/t/jobs/1")).toBe(true);
    expect(isTelmaiClassicPath("/api/auth/auth/token")).toBe(true);
    expect(isTelmaiClassicPath("/api/data/t/assets/a/batch_data")).toBe(true);
    expect(isTelmaiClassicPath("/api/scan/run")).toBe(false);
    expect(isTelmaiClassicPath("/api/assets/scan-status")).toBe(false);
  });
});
