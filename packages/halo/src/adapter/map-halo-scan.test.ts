import { describe, expect, it } from "vitest";
import { readFixture } from "../__fixtures__/read-fixture.js";
import type { HaloScanEnding } from "./halo-scan-events.js";
import type { HaloInProgressScanList, HaloScanDetailsResponse, HaloScanList } from "../client/halo-schemas.js";
import { mapHaloInProgressScan, mapHaloScanDetails, mapHaloScanListItem } from "./map-halo-scan.js";

const details = readFixture<HaloScanDetailsResponse>("scan-get.json");
const inProgress = readFixture<HaloInProgressScanList>("scan-inprogress-list.json").list[0]!;
const listItem = readFixture<HaloScanList>("scan-list.json").list[0]!;

describe("mapHaloInProgressScan", () => {
  it("maps the vendor page's example to a running scan", () => {
    expect(mapHaloInProgressScan(inProgress)).toEqual({
      ref: { vendor: "halo", id: "id1" },
      target: "www.example.com",
      state: "running",
      vendorState: "Server - Running",
      raw: inProgress,
    });
  });

  it("reads the date and a queued status", () => {
    const scan = mapHaloInProgressScan({
      ...inProgress,
      date: "2026-01-01 10:30",
      status_display: "Queued",
      status: 1,
    });
    expect(scan.state).toBe("queued");
    expect(scan.vendorState).toBe("Queued");
    expect(scan.createdAt).toBe("2026-01-01T10:30:00.000Z");
  });
  it.each([
    ["Web - Running", "canceling", "Web - Running"],
    [null, "canceling", "in progress"],
  ] as const)("status %j after this adapter sent a cancel → %s", (statusDisplay, state, vendorState) => {
    const scan = mapHaloInProgressScan({ ...inProgress, status_display: statusDisplay }, { cancelRequestedHere: true });
    expect([scan.state, scan.vendorState]).toEqual([state, vendorState]);
  });

  it("a blank status and target, an unset date: running, 'in progress', no target or date", () => {
    const item = { ...inProgress, status_display: " ", target_name: " ", date: "0000-00-00 00:00" };
    expect(mapHaloInProgressScan(item)).toEqual({
      ref: { vendor: "halo", id: "id1" },
      state: "running",
      vendorState: "in progress",
      raw: item,
    });
  });

  it("keeps the scan's fields in the model's order (JSON output follows it)", () => {
    const scan = mapHaloInProgressScan({ ...inProgress, date: "2026-01-01 10:30" });
    expect(Object.keys(scan)).toEqual(["ref", "target", "state", "vendorState", "createdAt", "raw"]);
  });
});

const complete: HaloScanEnding = { confirmed: "complete", subject: "Scan Complete" };

describe("mapHaloScanDetails", () => {
  it("maps the vendor page's example with a confirmed Scan Complete: completed, findings, risk score, verdict fail", () => {
    expect(mapHaloScanDetails(details, { ending: complete })).toEqual({
      ref: { vendor: "halo", id: "id1" },
      target: "target 1",
      state: "completed",
      vendorState: "Scan Complete",
      result: {
        verdict: "fail",
        evidence: { sources: ["severity-counts", "events"], complete: true },
        findings: { total: 60, bySeverity: { critical: 10, high: 10, medium: 10, low: 10, info: 20, unknown: 0 } },
        riskScore: 100,
      },
      raw: details,
    });
  });

  it("without the events (the ending unconfirmed) the same body is completed WITHOUT a verdict", () => {
    expect(mapHaloScanDetails(details)).toEqual({
      ref: { vendor: "halo", id: "id1" },
      target: "target 1",
      state: "completed",
      vendorState: "not in progress",
      result: {
        evidence: { sources: [], complete: false, gaps: ["Halo's events were not read"] },
        findings: { total: 60, bySeverity: { critical: 10, high: 10, medium: 10, low: 10, info: 20, unknown: 0 } },
        riskScore: 100,
      },
      raw: details,
    });
  });

  it.each([
    [{ "0": 5, "1": 1, "2": 3 }, "pass"],
    [{ "3": 1 }, "warn"],
    [{ "4": 1 }, "fail"],
    [{ "5": 1 }, "fail"],
    [{}, "pass"],
    [{ "7": 1 }, "warn"],
  ])("counts %j give verdict %s under the default policy once Halo confirms the ending", (counts, verdict) => {
    const scan = mapHaloScanDetails({ scan: { ...details.scan, issue_severity_count: counts } }, { ending: complete });
    expect([scan.result?.verdict, scan.result?.evidence]).toEqual([
      verdict,
      { sources: ["severity-counts", "events"], complete: true },
    ]);
  });

  it("follows the severity policy", () => {
    const scan = mapHaloScanDetails(
      { scan: { ...details.scan, issue_severity_count: { "2": 1 } } },
      { severityPolicy: { failOn: "low", warnOn: "none" }, ending: complete },
    );
    expect(scan.result?.verdict).toBe("fail");
  });

  it("uses the target name it is given", () => {
    expect(mapHaloScanDetails(details, { target: "www.example.com" }).target).toBe("www.example.com");
  });

  it("a scan this adapter canceled, with no ending event, is canceled without a verdict", () => {
    const scan = mapHaloScanDetails(details, {
      cancelRequestedHere: true,
      ending: { confirmed: false, gap: "no ending event" },
    });
    expect([scan.state, scan.vendorState, scan.result?.verdict, scan.result?.evidence]).toEqual([
      "canceled",
      "not in progress",
      undefined,
      { sources: [], complete: false, gaps: ["canceled by this scanstat process", "no ending event"] },
    ]);
  });

  it("keeps the scan's and the result's fields in the model's order", () => {
    const scan = mapHaloScanDetails({ scan: { ...details.scan, date: "2026-01-01 10:30" } }, { ending: complete });
    expect(Object.keys(scan)).toEqual(["ref", "target", "state", "vendorState", "result", "createdAt", "raw"]);
    expect(Object.keys(scan.result ?? {})).toEqual(["verdict", "evidence", "findings", "riskScore"]);
  });

  it("keeps no risk score when Halo sends none", () => {
    const scan = mapHaloScanDetails({ scan: { ...details.scan, risk_score: null } }, { ending: complete });
    expect(scan.result).not.toHaveProperty("riskScore");
  });
});

describe("mapHaloScanListItem", () => {
  it("a list entry not in progress is completed, without a result", () => {
    expect(mapHaloScanListItem(listItem, undefined)).toEqual({
      ref: { vendor: "halo", id: "id1" },
      target: "www.example.com",
      state: "completed",
      vendorState: "not in progress",
      raw: listItem,
    });
  });

  it("a list entry in progress takes its state from the in-progress list", () => {
    const scan = mapHaloScanListItem(listItem, inProgress);
    expect(scan.state).toBe("running");
    expect(scan.vendorState).toBe("Server - Running");
    expect(scan.raw).toEqual({ list: listItem, inProgress });
  });

  it("a list entry in progress keeps the in-progress scan's fields, in order, and the scan this adapter canceled", () => {
    const scan = mapHaloScanListItem(listItem, inProgress, { cancelRequestedHere: true });
    expect([scan.state, scan.vendorState]).toEqual(["canceling", "Server - Running"]);
    expect(Object.keys(scan)).toEqual(["ref", "target", "state", "vendorState", "raw"]);
  });

  it("a finished list entry this adapter canceled is canceled", () => {
    expect(mapHaloScanListItem(listItem, undefined, { cancelRequestedHere: true }).state).toBe("canceled");
  });

  it("keeps a friendly target name as the scan's name", () => {
    const named = { ...listItem, target: { target_name: "Shop", target_id: 3, target: "shop.example.com" } };
    const scan = mapHaloScanListItem({ ...named, scan: { ...named.scan, date: "2026-01-01 10:30" } }, undefined);
    expect(scan).toMatchObject({ name: "Shop", target: "shop.example.com", createdAt: "2026-01-01T10:30:00.000Z" });
    expect(Object.keys(scan)).toEqual(["ref", "name", "target", "state", "vendorState", "createdAt", "raw"]);
  });
});
