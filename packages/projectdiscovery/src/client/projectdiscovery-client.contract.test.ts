import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  InvalidScanRefError,
  NotFoundError,
  RateLimitedError,
  VendorError,
  VendorResponseError,
} from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings, rejectionOf } from "@scanstat/core/testing";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import nock from "nock";
import { describe, expect, it } from "vitest";
import finished from "../__fixtures__/scan-finished.json" with { type: "json" };
import running from "../__fixtures__/scan-running.json" with { type: "json" };
import {
  createProjectDiscoveryClient,
  type ProjectDiscoveryClientSettings,
  type ProjectDiscoveryTriggerScanRequest,
} from "./projectdiscovery-client.js";

const apiKey = "contract-api-key-0001";
const teamId = "contract-team-7";
const api = "https://api.projectdiscovery.io";
const scanId = finished.scan_id;

function pdClient(settings: Partial<ProjectDiscoveryClientSettings> = {}) {
  const clock = createVirtualClock();
  return {
    clock,
    client: createProjectDiscoveryClient({
      apiKey,
      teamId,
      ...virtualTimeSettings(clock),
      ...settings,
    }),
  };
}

/** Every request carries the key, the team and asks for JSON; never a cookie. */
function pdcp(origin = api) {
  return nock(origin, { badheaders: ["cookie"] })
    .matchHeader("x-api-key", apiKey)
    .matchHeader("x-team-id", teamId)
    .matchHeader("accept", "application/json");
}

function page(data: unknown[], fields: Record<string, unknown> = {}) {
  return {
    message: "ok",
    current_page: 1,
    result_count: data.length,
    total_results: data.length,
    total_pages: 1,
    data,
    ...fields,
  };
}

useStrictNock();

describe("getScan: GET /v1/scans/{scan_id}", () => {
  it("sends X-Api-Key and X-Team-Id and returns the vendor's scan", async () => {
    pdcp().get(`/v1/scans/${scanId}`).reply(200, finished);
    const { client } = pdClient();
    expect(await client.getScan(scanId)).toEqual(finished);
  });

  it("sends no X-Team-Id without a team", async () => {
    nock(api, { badheaders: ["x-team-id"] })
      .matchHeader("x-api-key", apiKey)
      .get(`/v1/scans/${scanId}`)
      .reply(200, finished);
    const { client } = pdClient({ teamId: undefined });
    expect((await client.getScan(scanId)).status).toBe("finished");
  });

  it("encodes the id into one path segment", async () => {
    pdcp().get("/v1/scans/a%2F..%2Fb").reply(404, { message: "scan not found" });
    const { client } = pdClient();
    expect(await rejectionOf(client.getScan("a/../b"))).toBeInstanceOf(NotFoundError);
  });

  it("appends the documented path to a base URL with a proxy prefix", async () => {
    pdcp("https://proxy.example.com").get(`/pdcp/v1/scans/${scanId}`).reply(200, finished);
    const { client } = pdClient({ baseUrl: "https://proxy.example.com/pdcp/" });
    expect(client.baseUrl).toBe("https://proxy.example.com/pdcp");
    expect((await client.getScan(scanId)).scan_id).toBe(scanId);
  });

  it("401 → AuthError with the vendor's message and error_id, the key redacted", async () => {
    pdcp()
      .get(`/v1/scans/${scanId}`)
      .reply(401, { message: `invalid api key ${apiKey}`, kind: "unauthorized", error_id: "err-401-a" });
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan(scanId));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      "projectdiscovery getScan: HTTP 401: invalid api key *** — the credentials were refused",
    );
    expect((error as AuthError).requestId).toBe("err-401-a");
  });

  it("404 → NotFoundError", async () => {
    pdcp().get("/v1/scans/nope").reply(404, { message: "scan not found", error_id: "err-404" });
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan("nope"));
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error.message).toBe("projectdiscovery getScan: HTTP 404: scan not found");
  });

  it("499 (declared by the spec) → VendorError, not retried", async () => {
    pdcp().get(`/v1/scans/${scanId}`).reply(499, { message: "client closed request", error_id: "err-499" });
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan(scanId));
    expect(VendorError.isInstance(error)).toBe(true);
    expect(error.message).toBe("projectdiscovery getScan: HTTP 499: client closed request");
    expect((error as VendorError).requestId).toBe("err-499");
  });

  it("retries a 503 on a read, then answers", async () => {
    pdcp().get(`/v1/scans/${scanId}`).reply(503, { message: "unavailable" });
    pdcp().get(`/v1/scans/${scanId}`).reply(200, finished);
    const { client } = pdClient();
    expect((await client.getScan(scanId)).scan_id).toBe(scanId);
  });

  it("a status that is not a string → VendorResponseError naming the field", async () => {
    pdcp()
      .get(`/v1/scans/${scanId}`)
      .reply(200, { ...finished, status: 3 });
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan(scanId));
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect((error as VendorResponseError).field).toBe("status");
  });

  it("an HTML page → VendorResponseError", async () => {
    pdcp().get(`/v1/scans/${scanId}`).reply(200, "<!DOCTYPE html><html></html>", { "content-type": "text/html" });
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan(scanId));
    expect(error.message).toBe("projectdiscovery getScan: expected JSON, got an HTML page");
  });

  it("refuses an empty id before sending anything, as a malformed ref (like every vendor)", async () => {
    const { client } = pdClient();
    const error = await rejectionOf(client.getScan("  "));
    expect(InvalidScanRefError.isInstance(error)).toBe(true);
    expect(error.message).toBe("projectdiscovery getScan: the scan id is empty");
    expect(InvalidScanRefError.isInstance(await rejectionOf(client.stopScan("")))).toBe(true);
    expect(InvalidScanRefError.isInstance(await rejectionOf(client.rescanScan(" ")))).toBe(true);
  });
});

describe("listScans: GET /v1/scans", () => {
  it("sends offset, limit, status, search and sort as the query", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "50", limit: "25", status: "running", search: "prod", sort_desc: "created_at" })
      .reply(200, page([running], { current_page: 3, total_results: 51, total_pages: 3 }));
    const { client } = pdClient();
    const answer = await client.listScans({
      offset: 50,
      limit: 25,
      status: "running",
      search: "prod",
      sort_desc: "created_at",
    });
    expect(answer.total_results).toBe(51);
    expect(answer.data?.map((item) => item.scan_id)).toEqual([running.scan_id]);
  });

  it("sends no query at all when given none", async () => {
    pdcp().get("/v1/scans").query({}).reply(200, page([]));
    const { client } = pdClient();
    expect((await client.listScans()).data).toEqual([]);
  });

  it("accepts data: null for an empty list", async () => {
    pdcp()
      .get("/v1/scans")
      .query({})
      .reply(200, page([], { data: null, total_results: 0 }));
    const { client } = pdClient();
    expect((await client.listScans()).data).toBeNull();
  });

  it("an envelope without data → VendorResponseError naming data", async () => {
    pdcp().get("/v1/scans").query({}).reply(200, { message: "ok" });
    const { client } = pdClient();
    const error = await rejectionOf(client.listScans());
    expect((error as VendorResponseError).field).toBe("data");
  });
});

describe("listScanPages: offset/limit paging", () => {
  const item = (index: number) => ({ ...running, scan_id: `scan-${index}` });

  it("walks offset by the page length until total_results", async () => {
    const query = { status: "finished", sort_desc: "created_at" };
    pdcp()
      .get("/v1/scans")
      .query({ ...query, offset: "0", limit: "2" })
      .reply(200, page([item(1), item(2)], { total_results: 5 }));
    pdcp()
      .get("/v1/scans")
      .query({ ...query, offset: "2", limit: "2" })
      .reply(200, page([item(3), item(4)], { total_results: 5 }));
    pdcp()
      .get("/v1/scans")
      .query({ ...query, offset: "4", limit: "2" })
      .reply(200, page([item(5)], { total_results: 5 }));
    const { client } = pdClient();
    const ids: string[] = [];
    for await (const answer of client.listScanPages(query, { pageSize: 2 })) {
      ids.push(...(answer.data ?? []).map((scan) => scan.scan_id));
    }
    expect(ids).toEqual(["scan-1", "scan-2", "scan-3", "scan-4", "scan-5"]);
  });

  it("without total_results, stops at a short page", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "2" })
      .reply(200, { data: [item(1), item(2)] });
    pdcp()
      .get("/v1/scans")
      .query({ offset: "2", limit: "2" })
      .reply(200, { data: [item(3)] });
    const { client } = pdClient();
    let pages = 0;
    for await (const _ of client.listScanPages({}, { pageSize: 2 })) pages++;
    expect(pages).toBe(2);
  });

  it("stops when the server ignores offset and sends the same page again", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "2" })
      .reply(200, { data: [item(1), item(2)] });
    pdcp()
      .get("/v1/scans")
      .query({ offset: "2", limit: "2" })
      .reply(200, { data: [item(1), item(2)] });
    const { client } = pdClient();
    let pages = 0;
    for await (const _ of client.listScanPages({}, { pageSize: 2 })) pages++;
    expect(pages).toBe(1);
  });
});

describe("triggerScan: POST /v1/scans", () => {
  it("sends the TriggerUserScanRequest as JSON and returns the answer", async () => {
    const request: ProjectDiscoveryTriggerScanRequest = {
      targets: ["scanme.example.com", "10.0.0.0/30"],
      templates: ["http/cves/2024/", "dns/"],
      name: "release check",
      exclude_targets: ["10.0.0.2"],
      scan_config_ids: ["cfg-1"],
      reporting_config_ids: ["rep-1"],
      alerting_config_ids: ["alert-1"],
      recommended: false,
      schedule_only: false,
      exclusions: ["*.staging.example.com"],
      agent_behavior: "mirror",
    };
    pdcp()
      .matchHeader("content-type", "application/json")
      .post("/v1/scans", request)
      .reply(200, { id: "d40id9p95n6c7389p2m9", message: "scan created successfully", "truncated-scan-targets": 0 });
    const { client } = pdClient();
    expect(await client.triggerScan(request)).toEqual({
      id: "d40id9p95n6c7389p2m9",
      message: "scan created successfully",
      "truncated-scan-targets": 0,
    });
  });

  it("is not repeated after a 500: the scan may have started", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .reply(500, { message: "internal error", error_id: "err-500" });
    const { client } = pdClient();
    const error = await rejectionOf(client.triggerScan({ targets: ["a.example.com"] }));
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect(error.message).toContain(
      "the scan may have started: look at the vendor's active scans before triggering again",
    );
    expect(error.message).not.toMatch(/--|scanstat /);
    expect((error as VendorError).hintCode).toBe("list-active-scans");
  });

  it("is repeated after a 429, once its Retry-After has passed (the vendor did not act)", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .reply(429, { message: "rate limit exceeded" }, { "retry-after": "7" });
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .reply(200, { id: "d40id9p95n6c7389p2ma", message: "ok" });
    const { client, clock } = pdClient();
    const before = clock.now();
    expect((await client.triggerScan({ targets: ["a.example.com"] })).id).toBe("d40id9p95n6c7389p2ma");
    expect(clock.now() - before).toBe(7_000);
  });

  it("gives up with RateLimitedError when 429s outlast the retries", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .times(2)
      .reply(429, { message: "rate limit exceeded" }, { "retry-after": "1" });
    const { client } = pdClient({ retry: { maxAttempts: 2 } });
    const error = await rejectionOf(client.triggerScan({ targets: ["a.example.com"] }));
    expect(RateLimitedError.isInstance(error)).toBe(true);
    expect((error as RateLimitedError).retryAfterMs).toBe(1_000);
  });
});

describe("stopScan: POST /v1/scans/{scan_id}/stop", () => {
  it("posts with no body and returns {message, ok}", async () => {
    pdcp()
      .post(`/v1/scans/${scanId}/stop`, (body) => body === "" || body === undefined)
      .reply(200, { message: "scan stopped successfully", ok: true });
    const { client } = pdClient();
    expect(await client.stopScan(scanId)).toEqual({ message: "scan stopped successfully", ok: true });
  });

  it("400 (not running) → InvalidRequestError with the vendor's words", async () => {
    pdcp()
      .post(`/v1/scans/${scanId}/stop`)
      .reply(400, { message: "scan is finished, only running scans can be stopped", code: "scan_not_running" });
    const { client } = pdClient();
    const error = await rejectionOf(client.stopScan(scanId));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      "projectdiscovery stopScan: HTTP 400: scan is finished, only running scans can be stopped",
    );
  });

  it("is not repeated after a 502", async () => {
    pdcp().post(`/v1/scans/${scanId}/stop`).reply(502, { message: "bad gateway" });
    const { client } = pdClient();
    const error = await rejectionOf(client.stopScan(scanId));
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect(error.message).toBe(
      `projectdiscovery stopScan: HTTP 502: bad gateway (the stop may have reached the vendor: look at scan ${scanId} before trying again)`,
    );
    expect((error as VendorError).hintCode).toBe("read-scan-status");
    expect((error as VendorError).hintSubject).toBe(scanId);
  });
});

describe("rescanScan: POST /v1/scans/{scan_id}/rescan", () => {
  it("posts with no body and returns the id", async () => {
    pdcp()
      .post(`/v1/scans/${scanId}/rescan`, (body) => body === "" || body === undefined)
      .reply(200, { id: scanId, message: "rescan started successfully" });
    const { client } = pdClient();
    expect(await client.rescanScan(scanId)).toEqual({ id: scanId, message: "rescan started successfully" });
  });
});

describe("settings", () => {
  it("needs an API key, and says which variable to set", () => {
    expect(() => createProjectDiscoveryClient({})).toThrow(ConfigError);
    expect(() => createProjectDiscoveryClient({ apiKey: " " })).toThrow(
      "projectdiscovery: no API key: set PDCP_API_KEY (or pass apiKey)",
    );
  });

  it("refuses a base URL that is not http(s), naming PDCP_API_SERVER (the wording every vendor uses)", () => {
    expect(() => createProjectDiscoveryClient({ apiKey, baseUrl: "api.projectdiscovery.io" })).toThrow(
      "projectdiscovery: the base URL (PDCP_API_SERVER) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)",
    );
    expect(() => createProjectDiscoveryClient({ apiKey, baseUrl: "ftp://x" })).toThrow(ConfigError);
    // Now as for every vendor: the key must not cross a network in the clear.
    expect(() => createProjectDiscoveryClient({ apiKey, baseUrl: "http://api.projectdiscovery.io" })).toThrow(
      ConfigError,
    );
    expect(createProjectDiscoveryClient({ apiKey, baseUrl: "http://127.0.0.1:4100/pd/" }).baseUrl).toBe(
      "http://127.0.0.1:4100/pd",
    );
  });

  it("defaults to the spec's production server and conservative, undocumented budgets", () => {
    const client = createProjectDiscoveryClient({ apiKey });
    expect(client.baseUrl).toBe("https://api.projectdiscovery.io");
    expect(client.rateLimits).toEqual({
      read: { requests: 60, windowMs: 60_000, documented: false },
      write: { requests: 10, windowMs: 60_000, documented: false },
    });
  });

  it("takes budget overrides by class", () => {
    const client = createProjectDiscoveryClient({
      apiKey,
      rateLimits: { read: { requests: 300, windowMs: 60_000, documented: false } },
    });
    expect(client.rateLimits.read.requests).toBe(300);
    expect(client.rateLimits.write.requests).toBe(10);
  });
});
