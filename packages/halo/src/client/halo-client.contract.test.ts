import {
  AuthError,
  ConfigError,
  createSlidingWindowLimiter,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  VendorError,
} from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { readFixture } from "../__fixtures__/read-fixture.js";
import { createHaloClient, type HaloClientSettings } from "./halo-client.js";

const origin = "https://api.halosecurity.com";
const apiKey = "test-halo-key-0123";

function client(settings: Partial<HaloClientSettings> = {}) {
  const clock = createVirtualClock();
  return createHaloClient({ apiKey, clock, limiter: createSlidingWindowLimiter(clock), random: () => 0, ...settings });
}

/** Halo's API as nock sees it: every call a GET carrying `x-apikey`. */
function halo(base = origin) {
  return nock(base, { reqheaders: { "x-apikey": apiKey, accept: "application/json" } });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

useStrictNock();

describe("scan/list.json", () => {
  it("GET with type, start and limit; reads the vendor page's body with only `list`", async () => {
    const body = readFixture("scan-list.json");
    halo().get("/api/v1/scan/list.json").query({ type: "all", start: "0", limit: "100" }).reply(200, body);
    expect(await client().listScansPage({ type: "all", start: 0, limit: 100 })).toEqual(body);
  });

  it("pages through the envelope {request, pagination, list} with start / limit", async () => {
    const item = (id: string) => ({ scan: { date: "2026-01-01 10:00", scan_id: id }, target: { target_id: 1 } });
    halo()
      .get("/api/v1/scan/list.json")
      .query({ type: "current", start: "0", limit: "2" })
      .reply(200, { request: {}, pagination: { total: 3, start: 0, limit: 2 }, list: [item("a"), item("b")] });
    halo()
      .get("/api/v1/scan/list.json")
      .query({ type: "current", start: "2", limit: "2" })
      .reply(200, { request: {}, pagination: { total: 3, start: 2, limit: 2 }, list: [item("c")] });
    const ids = (await collect(client().listScans({ type: "current", limit: 2 }))).map((entry) => entry.scan.scan_id);
    expect(ids).toEqual(["a", "b", "c"]);
  });
});

describe("event/list.json", () => {
  it("GET with target_id, start and limit; reads the vendor page's example (no scan id in an event)", async () => {
    const body = readFixture("event-list.json");
    halo().get("/api/v1/event/list.json").query({ target_id: "1", start: "0", limit: "1000" }).reply(200, body);
    expect(await client().listEventsPage({ target_id: 1, start: 0, limit: 1000 })).toEqual(body);
  });

  it("pages with start / limit and yields the events themselves", async () => {
    const event = (id: string) => ({
      event: { event_id: id, subject: "Scan Started", date_created: "2026-01-01 10:00" },
    });
    halo()
      .get("/api/v1/event/list.json")
      .query({ target_id: "7", start: "0", limit: "2" })
      .reply(200, { request: {}, pagination: { total: 3, start: 0, limit: 2 }, list: [event("a"), event("b")] });
    halo()
      .get("/api/v1/event/list.json")
      .query({ target_id: "7", start: "2", limit: "2" })
      .reply(200, { request: {}, pagination: { total: 3, start: 2, limit: 2 }, list: [event("c")] });
    const ids = (await collect(client().listEvents({ target_id: 7, limit: 2 }))).map((entry) => entry.event_id);
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("an event without an id does not fit: VendorResponseError naming the field", async () => {
    halo()
      .get("/api/v1/event/list.json")
      .query({ target_id: "1" })
      .reply(200, { list: [{ event: { subject: "Scan Complete" } }] });
    const error = await client()
      .listEventsPage({ target_id: 1 })
      .catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("bad_response");
    expect((error as Error).message).toContain("event_id");
  });
});

describe("scan/get.json", () => {
  it("GET with scan_id; answers the vendor page's example", async () => {
    const body = readFixture("scan-get.json");
    halo().get("/api/v1/scan/get.json").query({ scan_id: "id1" }).reply(200, body);
    expect(await client().getScan("id1")).toEqual(body);
  });

  it("is retried after a 503 (a read)", async () => {
    halo().get("/api/v1/scan/get.json").query({ scan_id: "id1" }).reply(503, { code: 0, message: "busy" });
    halo().get("/api/v1/scan/get.json").query({ scan_id: "id1" }).reply(200, readFixture("scan-get.json"));
    expect((await client().getScan("id1")).scan.scan_id).toBe("id1");
  });

  it("404 → NotFoundError", async () => {
    halo().get("/api/v1/scan/get.json").query({ scan_id: "nope" }).reply(404, { code: 404, message: "scan not found" });
    const error = await client()
      .getScan("nope")
      .catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("halo getScan: HTTP 404: scan not found");
  });

  it("400 scan_id required → InvalidRequestError", async () => {
    halo().get("/api/v1/scan/get.json").query({ scan_id: "" }).reply(400, readFixture("scan-id-required.json"));
    const error = await client()
      .getScan("")
      .catch((caught: unknown) => caught);
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("halo getScan: HTTP 400: scan_id required");
  });

  it("401 → AuthError that never prints the key", async () => {
    halo()
      .get("/api/v1/scan/get.json")
      .query({ scan_id: "id1" })
      .reply(401, { code: 0, message: `bad key ${apiKey}` });
    const error = await client()
      .getScan("id1")
      .catch((caught: unknown) => caught);
    expect(AuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("halo getScan: HTTP 401: bad key *** — the credentials were refused");
  });
});

describe("scan/start.json", () => {
  it(`GET with target_id (the page prints target_d: an inference)`, async () => {
    halo().get("/api/v1/scan/start.json").query({ target_id: "7" }).reply(200, { code: 0, message: "Scan Started" });
    expect(await client().startScan(7)).toEqual({ status: 200, body: { code: 0, message: "Scan Started" } });
  });

  it.each([200, 400])("'Scan Already In Progress (<id>)' with %i is an answer, not an error", async (status) => {
    halo()
      .get("/api/v1/scan/start.json")
      .query({ target_id: "7" })
      .reply(status, readFixture("scan-start-already-in-progress.json"));
    expect(await client().startScan(7)).toEqual({
      status,
      body: { code: 0, message: "Scan Already In Progress (202203161545TIa95TjO45S3ilhFzAvH)" },
      alreadyInProgressScanId: "202203161545TIa95TjO45S3ilhFzAvH",
    });
  });

  it("another 400 is an InvalidRequestError that names the parameter inference", async () => {
    halo()
      .get("/api/v1/scan/start.json")
      .query({ target_id: "7" })
      .reply(400, { code: 0, message: "target_d required" });
    const error = await client()
      .startScan(7)
      .catch((caught: unknown) => caught);
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      'halo startScan: HTTP 400: target_d required (the target is sent as "target_id", the vendor page prints "target_d")',
    );
  });

  it("404 target not found → NotFoundError", async () => {
    halo()
      .get("/api/v1/scan/start.json")
      .query({ target_id: "99" })
      .reply(404, readFixture("scan-start-target-not-found.json"));
    const error = await client()
      .startScan(99)
      .catch((caught: unknown) => caught);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("halo startScan: HTTP 404: target not found");
  });

  it("is NOT repeated after a 503: the scan may have started", async () => {
    halo().get("/api/v1/scan/start.json").query({ target_id: "7" }).reply(503, { code: 0, message: "busy" });
    const error = await client()
      .startScan(7)
      .catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect(error).toHaveProperty("mayHaveActed", true);
    expect((error as Error).message).toBe(
      "halo startScan: HTTP 503: busy (a halo scan on target 7 may have started: look at Halo's active scans before starting again)",
    );
    expect(error).toHaveProperty("hintCode", "list-active-scans");
    expect(error).toHaveProperty("hintSubject", "7");
  });

  it("is repeated after a 429: Halo did not act", async () => {
    halo()
      .get("/api/v1/scan/start.json")
      .query({ target_id: "7" })
      .reply(429, { code: 0, message: "slow down" }, { "retry-after": "1" });
    halo().get("/api/v1/scan/start.json").query({ target_id: "7" }).reply(200, { code: 0, message: "Scan Started" });
    expect((await client().startScan(7)).status).toBe(200);
  });

  it("403 names the security_scan_start permission", async () => {
    halo().get("/api/v1/scan/start.json").query({ target_id: "7" }).reply(403, { code: 0, message: "forbidden" });
    const error = await client()
      .startScan(7)
      .catch((caught: unknown) => caught);
    expect(PermissionError.isInstance(error)).toBe(true);
    expect(error).toHaveProperty("permission", "security_scan_start");
  });

  it("tolerates an empty success body", async () => {
    halo().get("/api/v1/scan/start.json").query({ target_id: "7" }).reply(200, "");
    expect(await client().startScan(7)).toEqual({ status: 200, body: {} });
  });
});

describe("scan/inprogress-list.json", () => {
  it("GET with target_id and scan_id filters", async () => {
    const body = readFixture("scan-inprogress-list.json");
    halo()
      .get("/api/v1/scan/inprogress-list.json")
      .query({ target_id: "1", scan_id: "id1", start: "0", limit: "1000" })
      .reply(200, body);
    expect(await client().listInProgressScansPage({ target_id: 1, scan_id: "id1", start: 0, limit: 1000 })).toEqual(
      body,
    );
  });

  it("GET with no filter at all", async () => {
    halo().get("/api/v1/scan/inprogress-list.json").query({}).reply(200, { list: [] });
    expect(await client().listInProgressScansPage()).toEqual({ list: [] });
  });

  it("pages with start / limit until the total", async () => {
    const item = (id: string) => ({ scan_id: id, status: 3, status_display: "Server - Running", target_id: 1 });
    halo()
      .get("/api/v1/scan/inprogress-list.json")
      .query({ start: "0", limit: "1" })
      .reply(200, { pagination: { total: 2, start: 0, limit: 1 }, list: [item("a")] });
    halo()
      .get("/api/v1/scan/inprogress-list.json")
      .query({ start: "1", limit: "1" })
      .reply(200, { pagination: { total: 2, start: 1, limit: 1 }, list: [item("b")] });
    expect((await collect(client().listInProgressScans({ limit: 1 }))).map((entry) => entry.scan_id)).toEqual([
      "a",
      "b",
    ]);
  });

  it("a body that does not fit says which field", async () => {
    halo()
      .get("/api/v1/scan/inprogress-list.json")
      .query({})
      .reply(200, { list: [{ status: 3 }] });
    await expect(client().listInProgressScansPage()).rejects.toThrow(
      'halo listInProgressScans: unexpected response: field "list.0.scan_id" missing (expected string)',
    );
  });
});

describe("scan/inprogress-cancel.json", () => {
  it("GET with scan_id", async () => {
    halo()
      .get("/api/v1/scan/inprogress-cancel.json")
      .query({ scan_id: "id1" })
      .reply(200, { code: 0, message: "Scan Canceled" });
    expect(await client().cancelScan("id1")).toEqual({ code: 0, message: "Scan Canceled" });
  });

  it("404 {code:404, message:'scan not found'} → NotFoundError", async () => {
    halo()
      .get("/api/v1/scan/inprogress-cancel.json")
      .query({ scan_id: "id1" })
      .reply(404, readFixture("scan-cancel-not-found.json"));
    await expect(client().cancelScan("id1")).rejects.toThrow("halo cancelScan: HTTP 404: scan not found");
  });

  it("is NOT repeated after a 503", async () => {
    halo()
      .get("/api/v1/scan/inprogress-cancel.json")
      .query({ scan_id: "id1" })
      .reply(503, { code: 0, message: "busy" });
    const error = await client()
      .cancelScan("id1")
      .catch((caught: unknown) => caught);
    expect(error).toHaveProperty("mayHaveActed", true);
  });
});

describe("settings", () => {
  it("appends /api/v1 to a base URL with a proxy prefix", async () => {
    halo("https://proxy.example.com")
      .get("/halo/api/v1/scan/get.json")
      .query({ scan_id: "id1" })
      .reply(200, readFixture("scan-get.json"));
    expect((await client({ baseUrl: "https://proxy.example.com/halo/" }).getScan("id1")).scan.scan_id).toBe("id1");
  });

  it("accepts the base URL as Halo's docs print it, with /api/v1", async () => {
    halo().get("/api/v1/scan/get.json").query({ scan_id: "id1" }).reply(200, readFixture("scan-get.json"));
    expect((await client({ baseUrl: "https://api.halosecurity.com/api/v1/" }).getScan("id1")).scan.scan_id).toBe("id1");
  });

  it("a missing key is a ConfigError naming HALO_API_KEY", () => {
    expect(() => createHaloClient({})).toThrow(ConfigError);
    expect(() => createHaloClient({ apiKey: " " })).toThrow("halo: HALO_API_KEY is not set");
  });

  it("a malformed base URL is a ConfigError naming HALO_BASE_URL", () => {
    expect(() => createHaloClient({ apiKey, baseUrl: "api.halosecurity.com" })).toThrow(
      "halo: the base URL (HALO_BASE_URL) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)",
    );
    expect(() => createHaloClient({ apiKey, baseUrl: "ftp://api.halosecurity.com" })).toThrow(ConfigError);
    expect(createHaloClient({ apiKey, baseUrl: "https://api.halosecurity.com/api/v1/" }).baseUrl).toBe(
      "https://api.halosecurity.com",
    );
  });
});

describe("user/me.json", () => {
  it("a GET with x-apikey and no query: Halo's documented key check", async () => {
    halo()
      .get("/api/v1/user/me.json")
      .reply(200, { user: { email: "sec@example.com", name: "Sec Team" } });
    expect(await client().getCurrentUser()).toEqual({ user: { email: "sec@example.com", name: "Sec Team" } });
  });

  it("401 with Halo's body: AuthError carrying Halo's words", async () => {
    halo().get("/api/v1/user/me.json").reply(401, { code: 401, message: "invalid api key" });
    const error = await client()
      .getCurrentUser()
      .catch((caught: unknown) => caught);
    expect(AuthError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("invalid api key");
  });
});
