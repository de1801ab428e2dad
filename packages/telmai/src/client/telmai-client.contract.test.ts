import { VendorError } from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { loadFixture } from "../__fixtures__/load-fixture.js";
import { createTelmaiClient, type TelmaiClientSettings } from "./telmai-client.js";

const origin = "https://telmai.example.com";
const token = "contract.jwt.token";
function client(overrides: Partial<TelmaiClientSettings> = {}) {
  const clock = createVirtualClock();
  return createTelmaiClient({
    baseUrl: `${origin}/api`,
    token,
    ...virtualTimeSettings(clock),
    ...overrides,
  });
}

useStrictNock();

describe("POST /api/scan/run", () => {
  it("sends an empty body with the bearer token, once, to the documented path", async () => {
    let received: { body: unknown; contentType: unknown; contentLength: unknown } | undefined;
    nock(origin, { reqheaders: { authorization: `Bearer ${token}`, accept: "application/json" } })
      .post("/api/scan/run")
      .reply(function (_uri, body) {
        received = {
          body,
          contentType: this.req.headers["content-type"],
          contentLength: this.req.headers["content-length"],
        };
        return [202, loadFixture("run-scan-202.json")];
      });
    const answer = await client().runScan();
    expect(answer).toEqual({
      data: { executionId: "aca-execution-id", status: "running" },
      meta: { requestId: "req-run-1", timestamp: "2026-03-24T09:00:00Z" },
    });
    expect(received?.body).toBe("");
    expect(received?.contentType).toBeUndefined();
    expect(["0", undefined]).toContain(received?.contentLength);
  });

  it("is never repeated after a 503: the scan may have started", async () => {
    nock(origin)
      .post("/api/scan/run")
      .reply(503, { data: null, error: { code: "UNAVAILABLE", message: "busy" }, meta: { requestId: "req-503" } });
    const failure = await client()
      .runScan()
      .catch((error: unknown) => error);
    expect(VendorError.isInstance(failure)).toBe(true);
    expect((failure as VendorError).mayHaveActed).toBe(true);
    expect((failure as VendorError).message).toContain("(Telmai request id req-503)");
  });

  it("keeps a proxy's path prefix in front of the documented path", async () => {
    nock("https://proxy.example.com").post("/telmai/api/scan/run").reply(202, loadFixture("run-scan-202.json"));
    const answer = await client({ baseUrl: "https://proxy.example.com/telmai" }).runScan();
    expect(answer.data.executionId).toBe("aca-execution-id");
  });
});

describe("GET /api/scan/status/{executionId}", () => {
  it("asks for one execution with the bearer token", async () => {
    nock(origin, { reqheaders: { authorization: `Bearer ${token}` } })
      .get("/api/scan/status/aca-execution-id")
      .reply(200, loadFixture("scan-status-running.json"));
    const answer = await client().getScanStatus("aca-execution-id");
    expect(answer.data).toEqual({
      executionId: "aca-execution-id",
      status: "running",
      startedAt: "2026-03-24T09:00:00Z",
      finishedAt: null,
    });
    expect(answer.meta?.requestId).toBe("req-status-1");
  });

  it("encodes the id as one path segment", async () => {
    nock(origin).get("/api/scan/status/a%2Fb%3Fc").reply(200, loadFixture("scan-status-running.json"));
    await client().getScanStatus("a/b?c");
  });

  it("sends nothing for an empty id", async () => {
    await expect(client().getScanStatus(" ")).rejects.toThrow("telmai getScanStatus: the execution id is empty");
  });
});

describe("GET /api/assets/scan-status", () => {
  it("asks for every asset with no parameters", async () => {
    nock(origin, { reqheaders: { authorization: `Bearer ${token}` } })
      .get("/api/assets/scan-status")
      .query({})
      .reply(200, loadFixture("assets-scan-status.json"));
    const answer = await client().getAssetsScanStatus();
    expect(answer.data).toHaveLength(1);
    expect(answer.data[0]?.currentRun?.progress).toEqual({ total: 4, completed: 1, running: 2, failed: 0, pending: 1 });
    expect(answer.data[0]?.lastRun?.jobId).toBe("batch-uuid-prev");
  });

  it("asks for a page when told to", async () => {
    nock(origin)
      .get("/api/assets/scan-status")
      .query({ page: "2", pageSize: "50" })
      .reply(200, {
        data: [],
        error: null,
        meta: { requestId: "r", pagination: { page: 2, pageSize: 50, total: 60, totalPages: 2 } },
      });
    const answer = await client().getAssetsScanStatus({ page: 2, pageSize: 50 });
    expect(answer.meta?.pagination).toEqual({ page: 2, pageSize: 50, total: 60, totalPages: 2 });
  });
});

describe("GET /api/incidents", () => {
  it("sends the documented filters as given and answers the page and its pagination", async () => {
    nock(origin, { reqheaders: { authorization: `Bearer ${token}` } })
      .get("/api/incidents")
      .query({
        severity: "high",
        status: "open",
        assetId: "uuid",
        from: "2026-03-24T08:59:55.000Z",
        to: "2026-03-24T09:01:05.000Z",
        page: "2",
        pageSize: "100",
      })
      .reply(200, loadFixture("incidents-page.json"));
    const answer = await client().getIncidents({
      severity: "high",
      status: "open",
      assetId: "uuid",
      from: "2026-03-24T08:59:55.000Z",
      to: "2026-03-24T09:01:05.000Z",
      page: 2,
      pageSize: 100,
    });
    expect(answer.data).toEqual(loadFixture<{ data: unknown }>("incidents-page.json").data);
    expect(answer.meta?.pagination).toEqual({ page: 1, pageSize: 100, total: 1, totalPages: 1 });
  });

  it("sends no filter it was not given; a 403 names the permission incidents:read", async () => {
    nock(origin).get("/api/incidents").reply(403, loadFixture("forbidden-403.json"));
    const failure = await client()
      .getIncidents()
      .catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(/^telmai getIncidents: HTTP 403 FORBIDDEN.*incidents:read/);
  });
});
