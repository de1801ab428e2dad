import { AuthError, NotFoundError, PermissionError, VendorError } from "@scanstat/core";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { loadClassicFixture } from "../__fixtures__/load-classic-fixture.js";
import { createTelmaiClassicClient, type TelmaiClassicClientSettings } from "./telmai-classic-client.js";

const origin = "https://telmai.example.com";
const apiKey = "classic-contract-key";
const jobId = "a08aa2a2592a541e194db9d01e9d0e457";

function client(overrides: Partial<TelmaiClassicClientSettings> = {}) {
  const clock = createVirtualClock();
  return createTelmaiClassicClient({
    baseUrl: origin,
    tenant: "acme",
    credentials: { apiKey },
    ...virtualTimeSettings(clock),
    ...overrides,
  });
}

useStrictNock();

describe("POST /api/data/{tenant}/assets/{assetId}/batch_data", () => {
  it("sends the key as X-TLM-Key, no Authorization, no body, once", async () => {
    let received: { body: unknown; authorization: unknown } | undefined;
    nock(origin, { reqheaders: { "x-tlm-key": apiKey, accept: "application/json" } })
      .post("/api/data/acme/assets/orders/batch_data")
      .reply(function (_uri, body) {
        received = { body, authorization: this.req.headers.authorization };
        return [200, loadClassicFixture("upload-started.json")];
      });
    const started = await client().triggerAssetScan("orders");
    expect(started).toEqual({
      message: "Upload task started. Please track the job status to check progress",
      job_id: jobId,
    });
    expect(received?.body).toBe("");
    expect(received?.authorization).toBeUndefined();
  });

  it("encodes the tenant and the asset as one path segment each", async () => {
    nock(origin).post("/api/data/ac%2Fme/assets/sales%2Feu/batch_data").reply(200, { job_id: "j1" });
    await expect(client({ tenant: "ac/me" }).triggerAssetScan("sales/eu")).resolves.toEqual({ job_id: "j1" });
  });

  it("keeps a proxy prefix and drops a trailing /api of the base URL", async () => {
    nock("https://proxy.example.com")
      .post("/telmai/api/data/acme/assets/orders/batch_data")
      .reply(200, { job_id: "j1" });
    await client({ baseUrl: "https://proxy.example.com/telmai/api" }).triggerAssetScan("orders");
  });

  it("is never repeated after a 503: the scan may have started", async () => {
    nock(origin).post("/api/data/acme/assets/orders/batch_data").reply(503, { description: "Service Unavailable" });
    const error = await client()
      .triggerAssetScan("orders")
      .catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
  });

  it("sends nothing for an empty asset", async () => {
    await expect(client().triggerAssetScan("  ")).rejects.toThrow(/asset id is empty/);
  });
});

describe("GET /api/backend/{tenant}/jobs/{job_id}", () => {
  it("reads one job with the key", async () => {
    nock(origin, { reqheaders: { "x-tlm-key": apiKey } })
      .get(`/api/backend/acme/jobs/${jobId}`)
      .reply(200, loadClassicFixture("job-finished.json"));
    await expect(client().getJob(jobId)).resolves.toEqual({
      id: jobId,
      status: "FINISHED",
      details: "Job completed successfully",
    });
  });

  it("maps the documented {description} bodies to typed errors", async () => {
    nock(origin).get("/api/backend/acme/jobs/j1").reply(401, { description: "Unauthorized" });
    const refused = await client()
      .getJob("j1")
      .catch((caught: unknown) => caught);
    expect(AuthError.isInstance(refused)).toBe(true);
    expect((refused as Error).message).toMatch(/^telmai getJob: HTTP 401 Unauthorized — the API key/);
    expect((refused as Error).message).not.toContain(apiKey);

    nock(origin).get("/api/backend/acme/jobs/j1").reply(403, "Forbidden");
    const forbidden = await client()
      .getJob("j1")
      .catch((caught: unknown) => caught);
    expect(PermissionError.isInstance(forbidden)).toBe(true);
    expect((forbidden as Error).message).toMatch(/HTTP 403 Forbidden/);

    nock(origin).get("/api/backend/acme/jobs/j1").reply(404, { description: "Not Found" });
    expect(
      NotFoundError.isInstance(
        await client()
          .getJob("j1")
          .catch((caught: unknown) => caught),
      ),
    ).toBe(true);
  });
});

describe("alerts of a job", () => {
  it("POSTs to the source's alerts with job_id in the query and no body", async () => {
    let body: unknown;
    nock(origin, { reqheaders: { "x-tlm-key": apiKey } })
      .post("/api/backend/acme/configuration/sources/orders/alerts")
      .query({ job_id: jobId })
      .reply(200, (_uri, received) => {
        body = received;
        return loadClassicFixture("alerts-high-low.json");
      });
    const alerts = await client().getSourceJobAlerts("orders", jobId);
    expect(alerts.map((alert) => alert.priority)).toEqual(["HIGH", "LOW"]);
    expect(body).toBe("");
  });

  it("reads the older form with GET …/configuration/alerts?job_id=", async () => {
    nock(origin).get("/api/backend/acme/configuration/alerts").query({ job_id: jobId }).reply(200, []);
    await expect(client().getJobAlerts(jobId)).resolves.toEqual([]);
  });

  it("retries the POST read after a 503 (it only reads)", async () => {
    nock(origin).post("/api/backend/acme/configuration/sources/orders/alerts").query({ job_id: "j1" }).reply(503);
    nock(origin).post("/api/backend/acme/configuration/sources/orders/alerts").query({ job_id: "j1" }).reply(200, []);
    await expect(client().getSourceJobAlerts("orders", "j1")).resolves.toEqual([]);
  });
});

describe("GET /api/backend/{tenant}/incidents", () => {
  it("passes the documented filters", async () => {
    nock(origin)
      .get("/api/backend/acme/incidents")
      .query({ severities: "HIGH", from_time: "2025-07-15T12:14:54.123Z" })
      .reply(200, [{ id: 1311, asset_id: "5x0e34yk1re4", severity: "HIGH", status: "OPEN" }]);
    const incidents = await client().listIncidents({ severities: "HIGH", fromTime: "2025-07-15T12:14:54.123Z" });
    expect(incidents).toEqual([{ id: 1311, asset_id: "5x0e34yk1re4", severity: "HIGH", status: "OPEN" }]);
  });
});

describe("login (bearer tokens)", () => {
  const login = { username: "ana@example.com", password: "p&ss word" };

  it("logs in with the password grant in the query (both spellings), an empty form body, then sends the bearer", async () => {
    let tokenCall: { contentType: unknown; body: unknown } | undefined;
    nock(origin, { badheaders: ["x-tlm-key", "authorization"] })
      .post("/api/auth/auth/token")
      .query({
        grantType: "password",
        grant_type: "password",
        username: "ana@example.com",
        password: "p&ss word",
        tenant: "acme",
      })
      .reply(function (_uri, body) {
        tokenCall = { contentType: this.req.headers["content-type"], body };
        return [200, loadClassicFixture("token.json")];
      });
    nock(origin, { reqheaders: { authorization: "Bearer classic-access-1" }, badheaders: ["x-tlm-key"] })
      .get("/api/backend/acme/jobs/j1")
      .reply(200, { id: "j1", status: "IN_PROGRESS" });
    await client({ credentials: { login } }).getJob("j1");
    expect(tokenCall?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(tokenCall?.body).toBe("");
  });

  it("after a 401, renews with the refresh_token grant and sends the request once more", async () => {
    nock(origin).post("/api/auth/auth/token").query(true).reply(200, loadClassicFixture("token.json"));
    nock(origin).get("/api/backend/acme/jobs/j1").reply(401, { description: "Unauthorized" });
    nock(origin)
      .post("/api/auth/auth/token")
      .query({
        grantType: "refresh_token",
        grant_type: "refresh_token",
        refreshToken: "classic-refresh-1",
        refresh_token: "classic-refresh-1",
        tenant: "acme",
      })
      .reply(200, { access_token: "classic-access-2", refresh_token: "classic-refresh-2", expires: "3600" });
    nock(origin, { reqheaders: { authorization: "Bearer classic-access-2" } })
      .get("/api/backend/acme/jobs/j1")
      .reply(200, { id: "j1", status: "FINISHED" });
    await expect(client({ credentials: { login } }).getJob("j1")).resolves.toEqual({ id: "j1", status: "FINISHED" });
  });

  it("a refused password is an AuthError that names the login, and never prints the password", async () => {
    nock(origin).post("/api/auth/auth/token").query(true).reply(401, { description: "Unauthorized" });
    const error = await client({ credentials: { login } })
      .getJob("j1")
      .catch((caught: unknown) => caught);
    expect(AuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/requestToken: HTTP 401 Unauthorized — the username or password/);
    expect((error as Error).message).not.toMatch(/p&ss|p%26ss|ss word|ss\+word/);
  });
});
