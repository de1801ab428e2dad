import { InvalidRequestError, NotFoundError, type Scan, VendorResponseError } from "@scanstat/core";
import { createVirtualClock, rejectionOf, virtualTimeSettings } from "@scanstat/core/testing";
import { useStrictNock } from "@scanstat/core/conformance/nock";
import nock from "nock";
import { describe, expect, it } from "vitest";
import finished from "../__fixtures__/scan-finished.json" with { type: "json" };
import running from "../__fixtures__/scan-running.json" with { type: "json" };
import { createProjectDiscoveryAdapter, type ProjectDiscoveryAdapterSettings } from "./projectdiscovery-adapter.js";

const apiKey = "contract-api-key-0002";
const api = "https://api.projectdiscovery.io";

function pdAdapter(settings: Partial<ProjectDiscoveryAdapterSettings> = {}) {
  const clock = createVirtualClock();
  return createProjectDiscoveryAdapter({
    apiKey,
    ...virtualTimeSettings(clock),
    ...settings,
  });
}

function pdcp() {
  return nock(api, { badheaders: ["cookie", "x-team-id"] }).matchHeader("x-api-key", apiKey);
}

const item = (id: string, status = "running") => ({ ...running, scan_id: id, status });
const page = (data: unknown[], total = data.length) => ({
  message: "ok",
  current_page: 1,
  result_count: data.length,
  total_results: total,
  total_pages: 1,
  data,
});

async function collect(iterable: AsyncIterable<Scan>): Promise<string[]> {
  const ids: string[] = [];
  for await (const scan of iterable) ids.push(scan.ref.id);
  return ids;
}

useStrictNock();

describe("triggerScan", () => {
  it("posts targets, templates and name, and returns the ref of the answer's id", async () => {
    pdcp()
      .post("/v1/scans", {
        targets: ["scanme.example.com", "b.example.com"],
        templates: ["http/cves/"],
        name: "nightly",
      })
      .reply(200, { id: "d40id9p95n6c7389p2mb", message: "scan created successfully" });
    const ref = await pdAdapter().triggerScan!({
      targets: [" scanme.example.com ", "", "b.example.com"],
      templates: ["http/cves/"],
      name: " nightly ",
    });
    expect(ref).toEqual({ vendor: "projectdiscovery", id: "d40id9p95n6c7389p2mb" });
  });

  it("sends only targets when nothing else is given", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .reply(200, { id: "d40id9p95n6c7389p2mc", message: "ok" });
    expect((await pdAdapter().triggerScan!({ targets: ["a.example.com"], templates: [] })).id).toBe(
      "d40id9p95n6c7389p2mc",
    );
  });

  it("needs at least one target: InvalidRequestError, and no request", async () => {
    const error = await rejectionOf(pdAdapter().triggerScan!({ templates: ["dns/"] }));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'projectdiscovery triggerScan needs the trigger option "targets": a host, URL or IP to scan',
    );
    expect((error as InvalidRequestError).hintCode).toBe("give-trigger-option");
    expect((error as InvalidRequestError).hintSubject).toBe("targets");
    expect(error.message).not.toMatch(/--|scanstat /);
    expect(await rejectionOf(pdAdapter().triggerScan!({ targets: ["  "] }))).toBeInstanceOf(InvalidRequestError);
  });

  it("reads one target given as a string as a list of one", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"], name: "nightly" })
      .reply(200, { id: "d40id9p95n6c7389p2mc", message: "ok" });
    expect((await pdAdapter().triggerScan!({ targets: " a.example.com ", name: "nightly" })).id).toBe(
      "d40id9p95n6c7389p2mc",
    );
  });

  it("an answer without an id → VendorResponseError that says the scan may have started", async () => {
    pdcp()
      .post("/v1/scans", { targets: ["a.example.com"] })
      .reply(200, { message: "scan created successfully" });
    const error = await rejectionOf(pdAdapter().triggerScan!({ targets: ["a.example.com"] }));
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect((error as VendorResponseError).field).toBe("id");
    expect((error as VendorResponseError).mayHaveActed).toBe(true);
    expect(error.message).toBe(
      'projectdiscovery triggerScan: unexpected response: field "id" missing (the scan may have started: look at the vendor\'s active scans before triggering again)',
    );
    expect((error as VendorResponseError).hintCode).toBe("list-active-scans");
  });
});

describe("cancelScan", () => {
  it("looks at the scan, then stops it when it is running", async () => {
    pdcp().get("/v1/scans/run-1").reply(200, item("run-1"));
    pdcp().post("/v1/scans/run-1/stop").reply(200, { message: "scan stopped successfully", ok: true });
    await pdAdapter().cancelScan!("run-1");
  });

  it("refuses a scan that is not running, naming its state, and sends no stop", async () => {
    pdcp().get(`/v1/scans/${finished.scan_id}`).reply(200, finished);
    const error = await rejectionOf(pdAdapter().cancelScan!(finished.scan_id));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      `projectdiscovery: scan ${finished.scan_id} is finished, only a running scan can be stopped`,
    );
  });

  it("refuses a queued scan too: the vendor stops running scans only", async () => {
    pdcp().get("/v1/scans/q-1").reply(200, item("q-1", "queued"));
    const error = await rejectionOf(pdAdapter().cancelScan!("q-1"));
    expect(error.message).toBe("projectdiscovery: scan q-1 is queued, only a running scan can be stopped");
  });

  it("when the scan ends between the look and the stop, says so in the same words", async () => {
    pdcp().get("/v1/scans/run-2").reply(200, item("run-2"));
    pdcp().post("/v1/scans/run-2/stop").reply(400, { message: "scan is not running" });
    pdcp().get("/v1/scans/run-2").reply(200, item("run-2", "finished"));
    const error = await rejectionOf(pdAdapter().cancelScan!("run-2"));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe("projectdiscovery: scan run-2 is finished, only a running scan can be stopped");
  });

  it("an unknown scan → NotFoundError, and no stop", async () => {
    pdcp().get("/v1/scans/nope").reply(404, { message: "scan not found" });
    expect(await rejectionOf(pdAdapter().cancelScan!("nope"))).toBeInstanceOf(NotFoundError);
  });
});

describe("getScan", () => {
  it("links to the cloud app's scan page for the production API", async () => {
    pdcp().get(`/v1/scans/${finished.scan_id}`).reply(200, finished);
    const scan = await pdAdapter().getScan(finished.scan_id);
    expect(scan.url).toBe(`https://cloud.projectdiscovery.io/scans/${finished.scan_id}`);
    expect(scan.result?.verdict).toBe("fail");
  });

  it("an answer about another scan → VendorResponseError on scan_id", async () => {
    pdcp().get("/v1/scans/asked").reply(200, item("other"));
    const error = await rejectionOf(pdAdapter().getScan("asked"));
    expect((error as VendorResponseError).field).toBe("scan_id");
  });
});

describe("getScans", () => {
  it("reads the newest page once, matches by id, and looks up only what the page lacked", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "100", sort_desc: "created_at" })
      .reply(200, page([item("s-3"), item("unrelated"), item("s-1", "finished")]));
    pdcp().get("/v1/scans/gone").reply(404, { message: "scan not found" });
    const lookups = await pdAdapter().getScans!(["s-1", "gone", "s-3", "s-1"]);
    expect(
      lookups.map((lookup) => [lookup.id, lookup.ok, lookup.ok ? lookup.scan.vendorState : lookup.error.code]),
    ).toEqual([
      ["s-1", true, "finished"],
      ["gone", false, "not_found"],
      ["s-3", true, "running"],
      ["s-1", true, "finished"],
    ]);
  });

  it("then tries the running list for what is still missing, before one look per scan", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "100", sort_desc: "created_at" })
      .reply(200, page([item("new-1")], 1));
    // A filter the server did not apply must not attach the wrong scan: items are matched by id.
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "100", status: "running", sort_desc: "created_at" })
      .reply(200, page([item("old-1"), item("old-2", "finished"), item("new-9")], 3));
    pdcp().get("/v1/scans/old-3").reply(200, item("old-3", "failed"));
    const lookups = await pdAdapter().getScans!(["old-1", "old-2", "old-3", "new-1"]);
    expect(lookups.map((lookup) => (lookup.ok ? `${lookup.id}:${lookup.scan.vendorState}` : lookup.id))).toEqual([
      "old-1:running",
      "old-2:finished",
      "old-3:failed",
      "new-1:running",
    ]);
  });

  it("one id is one GET: a list could not save anything", async () => {
    pdcp().get("/v1/scans/only").reply(200, item("only"));
    const [lookup] = await pdAdapter().getScans!(["only"]);
    expect(lookup?.ok).toBe(true);
  });
});

describe("listScans", () => {
  it("without a filter: newest first, page after page (a server may send fewer than asked), up to the limit", async () => {
    pdcp()
      .get("/v1/scans")
      .query({ offset: "0", limit: "4", sort_desc: "created_at", search: "prod" })
      .reply(200, page([item("a"), item("b"), item("c")], 10));
    pdcp()
      .get("/v1/scans")
      .query({ offset: "3", limit: "4", sort_desc: "created_at", search: "prod" })
      .reply(200, page([item("d"), item("e"), item("f")], 10));
    expect(await collect(pdAdapter().listScans!({ filters: { search: " prod " }, limit: 4 }))).toEqual([
      "a",
      "b",
      "c",
      "d",
    ]);
  });

  it("active: one pass per non-terminal status, each scan once, terminal ones dropped", async () => {
    const pass = (status: string, data: unknown[]) =>
      pdcp()
        .get("/v1/scans")
        .query({ offset: "0", limit: "100", sort_desc: "created_at", status })
        .reply(200, page(data));
    pass("running", [item("r-1"), item("r-2", "finished")]);
    pass("starting", [item("s-1", "starting"), item("r-1")]);
    pass("queued", [item("q-1", "queued")]);
    pass("scheduled", []);
    expect(await collect(pdAdapter().listScans!({ active: true }))).toEqual(["r-1", "s-1", "q-1"]);
  });
});

describe("declarations", () => {
  it("needs PDCP_API_KEY before it sends anything", () => {
    expect(() => createProjectDiscoveryAdapter({})).toThrow(
      "projectdiscovery: no API key: set PDCP_API_KEY (or pass apiKey)",
    );
  });

  it("declares the client's budgets per operation: reads 60/min, writes 10/min, undocumented", () => {
    const read = { requests: 60, windowMs: 60_000, documented: false };
    const write = { requests: 10, windowMs: 60_000, documented: false };
    expect(pdAdapter().rateLimits).toEqual({
      getScan: read,
      getScans: read,
      listScans: read,
      triggerScan: write,
      cancelScan: write,
    });
  });

  it("declares the overridden budgets, so adapter and client agree", () => {
    const read = { requests: 600, windowMs: 60_000, documented: false };
    const adapter = pdAdapter({ rateLimits: { read } });
    expect(adapter.rateLimits.getScans).toEqual(read);
    expect(adapter.rateLimits.triggerScan?.requests).toBe(10);
  });

  it("can trigger, cancel, list and batch-read, and has no logs", () => {
    expect(pdAdapter().capabilities).toEqual({ trigger: true, cancel: true, list: true, logs: false, batchGet: true });
  });
});
