import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  NotFoundError,
  VendorError,
  VendorResponseError,
} from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { createSodaClient, type SodaClientSettings } from "./soda-client.js";

const apiKeyId = "contract-key-id";
const apiKeySecret = "contract-key-secret";
const basic = `Basic ${Buffer.from(`${apiKeyId}:${apiKeySecret}`).toString("base64")}`;
const scanId = "4651ba64-7d0c-4a8e-9d2b-1f1c2e3d4a5b";
const eu = "https://cloud.soda.io";
const us = "https://cloud.us.soda.io";

function sodaClient(settings: Partial<SodaClientSettings> = {}) {
  const clock = createVirtualClock();
  return createSodaClient({
    apiKeyId,
    apiKeySecret,
    ...virtualTimeSettings(clock),
    ...settings,
  });
}

/** Every request must carry the Basic credentials and ask for JSON. */
function soda(origin = eu) {
  return nock(origin, { badheaders: ["cookie"] })
    .matchHeader("authorization", basic)
    .matchHeader("accept", "application/json");
}

const statusBody = {
  id: scanId,
  scanDefinition: { id: "definition-1", name: "orders_checks" },
  state: "executing",
  created: "2026-01-01T00:00:00Z",
  started: "2026-01-01T00:00:05Z",
  ended: null,
  cloudUrl: `${eu}/scans/${scanId}`,
  checks: [],
};

useStrictNock();

describe("triggerScan: POST /api/v1/scans", () => {
  it("sends the form body and reads the id from X-Soda-Scan-Id", async () => {
    soda()
      .matchHeader("content-type", "application/x-www-form-urlencoded;charset=UTF-8")
      .post("/api/v1/scans", "scanDefinition=orders_checks&dataTimestamp=2023-12-31T10%3A15%3A30%2B01%3A00")
      .reply(201, "", { "X-Soda-Scan-Id": scanId, Location: `${eu}/api/v1/scans/${scanId}` });

    const triggered = await sodaClient().triggerScan({
      scanDefinition: "orders_checks",
      dataTimestamp: "2023-12-31T10:15:30+01:00",
    });
    expect(triggered).toEqual({ scanId, location: `${eu}/api/v1/scans/${scanId}` });
  });

  it("leaves dataTimestamp out when not given", async () => {
    soda()
      .matchHeader("content-type", "application/x-www-form-urlencoded;charset=UTF-8")
      .post("/api/v1/scans", "scanDefinition=weekday_scan_schedule")
      .reply(201, "", { "X-Soda-Scan-Id": scanId });

    expect((await sodaClient().triggerScan({ scanDefinition: "weekday_scan_schedule" })).scanId).toBe(scanId);
  });

  it("falls back to the tail of Location when X-Soda-Scan-Id is missing", async () => {
    soda()
      .post("/api/v1/scans", "scanDefinition=orders_checks")
      .reply(201, "", { Location: `/api/v1/scans/${scanId}` });

    expect((await sodaClient().triggerScan({ scanDefinition: "orders_checks" })).scanId).toBe(scanId);
  });

  it("says the scan started but its id is unknown when both headers are missing", async () => {
    soda().post("/api/v1/scans", "scanDefinition=orders_checks").reply(201, "");

    const error = await sodaClient()
      .triggerScan({ scanDefinition: "orders_checks" })
      .catch((caught: unknown) => caught);
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ field: "X-Soda-Scan-Id", mayHaveActed: true });
    expect((error as Error).message).toBe(
      'soda triggerScan: HTTP 201 without X-Soda-Scan-Id or Location: the scan started but its id is unknown (look for the "orders_checks" scan in Soda Cloud before triggering again)',
    );
    expect(error).toMatchObject({ hintCode: "list-active-scans" });
  });

  it("does not repeat a trigger answered 500: the scan may have started", async () => {
    soda()
      .post("/api/v1/scans", "scanDefinition=orders_checks")
      .reply(500, { code: "500", message: "Internal server error" });

    const error = await sodaClient()
      .triggerScan({ scanDefinition: "orders_checks" })
      .catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect((error as Error).message).toBe(
      'soda triggerScan: HTTP 500: Internal server error (the Soda scan "orders_checks" may have started: check Soda Cloud before triggering again)',
    );
    expect(error).toMatchObject({ hintCode: "list-active-scans" });
  });

  it("refuses an empty scan definition before sending anything", async () => {
    await expect(sodaClient().triggerScan({ scanDefinition: " " })).rejects.toThrow(ConfigError);
    await expect(sodaClient().triggerScan({ scanDefinition: "" })).rejects.toMatchObject({
      message: "soda triggerScan: a scan needs the scan definition to run",
      operation: "triggerScan",
      hintCode: "give-trigger-option",
      hintSubject: "definition",
    });
  });
});

describe("getScanStatus: GET /api/v1/scans/{scanId}", () => {
  it("returns the payload and the X-Soda-Next-Poll-Time header", async () => {
    soda().get(`/api/v1/scans/${scanId}`).reply(200, statusBody, { "X-Soda-Next-Poll-Time": "2026-01-01T00:00:10Z" });

    expect(await sodaClient().getScanStatus(scanId)).toEqual({
      status: statusBody,
      nextPollTime: "2026-01-01T00:00:10Z",
    });
  });

  it("encodes the scan id into the path", async () => {
    soda().get("/api/v1/scans/a%2Fb%3Fc").reply(200, { state: "queuing" });

    expect((await sodaClient().getScanStatus("a/b?c")).status.state).toBe("queuing");
  });

  it("repeats a read answered 503", async () => {
    soda().get(`/api/v1/scans/${scanId}`).reply(503, { code: "503", message: "unavailable" });
    soda().get(`/api/v1/scans/${scanId}`).reply(200, statusBody);

    expect((await sodaClient().getScanStatus(scanId)).nextPollTime).toBeUndefined();
  });

  it("turns Soda's 404 body into NotFoundError with its message", async () => {
    soda()
      .get(`/api/v1/scans/${scanId}`)
      .reply(404, { code: "404", message: `Scan ${scanId} not found` });

    const error = await sodaClient()
      .getScanStatus(scanId)
      .catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(`soda getScanStatus: HTTP 404: Scan ${scanId} not found`);
  });

  it("turns 401 into AuthError and never prints the secret", async () => {
    soda()
      .get(`/api/v1/scans/${scanId}`)
      .reply(401, { code: 401, message: `refused ${basic} (${apiKeySecret})` });

    const error = await sodaClient()
      .getScanStatus(scanId)
      .catch((caught: unknown) => caught);
    expect(AuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "soda getScanStatus: HTTP 401: refused Basic *** (***) — the credentials were refused",
    );
  });

  it("names the field when the body does not fit", async () => {
    soda()
      .get(`/api/v1/scans/${scanId}`)
      .reply(200, { ...statusBody, state: 7 });

    const error = await sodaClient()
      .getScanStatus(scanId)
      .catch((caught: unknown) => caught);
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect((error as VendorResponseError).field).toBe("state");
  });
});

describe("cancelScan: DELETE /api/v1/scans/{scanId}", () => {
  it("sends DELETE with no body", async () => {
    soda()
      .delete(`/api/v1/scans/${scanId}`, (body) => body === "" || body === undefined)
      .reply(200, "", { Location: `${eu}/api/v1/scans/${scanId}` });

    await expect(sodaClient().cancelScan(scanId)).resolves.toBeUndefined();
  });

  it("explains Soda's 400 for a scan that can no longer be canceled", async () => {
    soda().delete(`/api/v1/scans/${scanId}`).reply(400, { code: "400", message: "Scan is completed" });

    const error = await sodaClient()
      .cancelScan(scanId)
      .catch((caught: unknown) => caught);
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "soda cancelScan: HTTP 400: Scan is completed — only a queuing or executing scan can be canceled",
    );
  });

  it("does not repeat a cancel answered 500, and says to read the scan again before another", async () => {
    soda().delete(`/api/v1/scans/${scanId}`).reply(500, { code: "500", message: "Internal server error" });

    const error = await sodaClient()
      .cancelScan(scanId)
      .catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect((error as Error).message).toBe(
      "soda cancelScan: HTTP 500: Internal server error (the cancel may have reached Soda: check the scan before canceling again)",
    );
    expect(error).toMatchObject({ hintCode: "read-scan-status", hintSubject: scanId });
  });
});

describe("getScanLogs: GET /api/v1/scans/{scanId}/logs", () => {
  const page = {
    content: [{ index: 200, level: "info", message: "Scan summary", timestamp: "2026-01-01T00:01:00+00:00" }],
    first: false,
    last: true,
    number: 2,
    size: 100,
    totalElements: 201,
    totalPages: 3,
  };

  it("asks for the page and size it is given", async () => {
    soda().get(`/api/v1/scans/${scanId}/logs`).query({ page: "2", size: "100" }).reply(200, page);

    expect(await sodaClient().getScanLogs(scanId, { page: 2, size: 100 })).toEqual(page);
  });

  it("sends no query when none is given (Soda's defaults: page 0, size 1000)", async () => {
    soda()
      .get(`/api/v1/scans/${scanId}/logs`)
      .query({})
      .reply(200, { ...page, number: 0 });

    expect((await sodaClient().getScanLogs(scanId)).number).toBe(0);
  });

  it("refuses a size outside 100..1000 before sending anything", async () => {
    await expect(sodaClient().getScanLogs(scanId, { size: 50 })).rejects.toThrow(
      "soda getScanLogs: page must be an integer from 0, size one from 100 to 1000 (got 0, 50)",
    );
  });
});

describe("hosts", () => {
  it("calls the EU host by default", async () => {
    soda(eu).get(`/api/v1/scans/${scanId}`).reply(200, statusBody);
    expect(sodaClient().baseUrl).toBe(eu);
    await sodaClient().getScanStatus(scanId);
  });

  it("calls the US host for region us, on every endpoint", async () => {
    soda(us).post("/api/v1/scans", "scanDefinition=orders_checks").reply(201, "", { "X-Soda-Scan-Id": scanId });
    soda(us).get(`/api/v1/scans/${scanId}`).reply(200, statusBody);
    soda(us).delete(`/api/v1/scans/${scanId}`).reply(200, "");
    soda(us).get(`/api/v1/scans/${scanId}/logs`).query({ page: "0", size: "1000" }).reply(200, { content: [] });

    const client = sodaClient({ region: "us" });
    await client.triggerScan({ scanDefinition: "orders_checks" });
    await client.getScanStatus(scanId);
    await client.cancelScan(scanId);
    await client.getScanLogs(scanId, { page: 0, size: 1000 });
  });

  it("keeps a proxy's path prefix from baseUrl, which wins over the region", async () => {
    const proxy = "https://proxy.example.com";
    soda(proxy).post("/soda/api/v1/scans", "scanDefinition=orders_checks").reply(201, "", { "X-Soda-Scan-Id": scanId });
    soda(proxy).get(`/soda/api/v1/scans/${scanId}`).reply(200, statusBody);
    soda(proxy).delete(`/soda/api/v1/scans/${scanId}`).reply(200, "");
    soda(proxy).get(`/soda/api/v1/scans/${scanId}/logs`).query({ page: "1", size: "500" }).reply(200, { content: [] });

    const client = sodaClient({ region: "us", baseUrl: `${proxy}/soda/` });
    expect(client.baseUrl).toBe(`${proxy}/soda`);
    await client.triggerScan({ scanDefinition: "orders_checks" });
    await client.getScanStatus(scanId);
    await client.cancelScan(scanId);
    await client.getScanLogs(scanId, { page: 1, size: 500 });
  });
});

describe("testLogin: GET /api/v1/test-login", () => {
  it("a GET with the Basic credentials; answers the organisation's name", async () => {
    soda().get("/api/v1/test-login").reply(200, { organisationName: "Acme Data" });
    expect(await sodaClient().testLogin()).toEqual({ organisationName: "Acme Data" });
  });

  it("401 with Soda's body: AuthError carrying Soda's words", async () => {
    soda().get("/api/v1/test-login").reply(401, { code: "401", message: "Unauthorized: bad key" });
    await expect(sodaClient().testLogin()).rejects.toThrow(/Unauthorized: bad key/);
  });
});
