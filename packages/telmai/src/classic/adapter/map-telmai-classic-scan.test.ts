import { describe, expect, it } from "vitest";
import { countTelmaiClassicAlerts, mapTelmaiClassicPriority } from "./map-telmai-classic-alerts.js";
import { mapTelmaiClassicScan } from "./map-telmai-classic-scan.js";

const job = (status: string, details?: string) => ({ id: "j1", status, ...(details ? { details } : {}) });
const alert = (priority?: string) => ({ job_id: "j1", ...(priority ? { priority } : {}) });

describe("mapTelmaiClassicPriority", () => {
  it.each([
    ["HIGH", "high"],
    ["MEDIUM", "medium"],
    ["LOW", "low"],
    ["high", "high"],
    ["CRITICAL", "unknown"],
    ["", "unknown"],
    [undefined, "unknown"],
  ])("%j → %s", (priority, severity) => {
    expect(mapTelmaiClassicPriority(priority)).toBe(severity);
  });

  it("counts alerts by severity", () => {
    expect(countTelmaiClassicAlerts([alert("HIGH"), alert("LOW"), alert("LOW"), alert()])).toEqual({
      total: 4,
      bySeverity: { critical: 0, high: 1, medium: 0, low: 2, info: 0, unknown: 1 },
    });
  });
});

describe("mapTelmaiClassicScan", () => {
  it.each([
    ["PREPARING", "queued"],
    ["BATCH_WAIT", "queued"],
    ["IN_PROGRESS", "running"],
    ["SOMETHING_NEW", "unknown"],
  ])("a %s job is %s, with no result and its word kept", (word, state) => {
    const scan = mapTelmaiClassicScan({ id: "orders~j1", assetId: "orders", job: job(word) });
    expect(scan.state).toBe(state);
    expect(scan.vendorState).toBe(word);
    expect(scan.result).toBeUndefined();
    expect(scan.target).toBe("orders");
  });

  it.each([
    [[], "pass"],
    [[alert("LOW")], "pass"],
    [[alert("MEDIUM"), alert("LOW")], "warn"],
    [[alert("HIGH")], "fail"],
    [[alert("URGENT")], "warn"],
  ] as const)("a FINISHED job with alerts %j: verdict %s on complete alerts evidence", (alerts, verdict) => {
    const scan = mapTelmaiClassicScan({
      id: "orders~j1",
      job: job("FINISHED"),
      alerts: { ok: true, alerts: [...alerts] },
    });
    expect(scan.state).toBe("completed");
    expect(scan.result?.verdict).toBe(verdict);
    expect(scan.result?.evidence).toEqual({ sources: ["alerts"], complete: true });
    expect(scan.result?.findings?.total).toBe(alerts.length);
  });

  it("follows the severity policy (--fail-on medium)", () => {
    const scan = mapTelmaiClassicScan({
      id: "orders~j1",
      job: job("FINISHED"),
      alerts: { ok: true, alerts: [alert("MEDIUM")] },
      severityPolicy: { failOn: "medium", warnOn: "low" },
    });
    expect(scan.result?.verdict).toBe("fail");
  });

  it("a FINISHED job whose alerts cannot be read has no verdict, never a pass", () => {
    const scan = mapTelmaiClassicScan({
      id: "orders~j1",
      job: job("FINISHED"),
      alerts: { ok: false, reason: "HTTP 403 Forbidden" },
    });
    expect(scan.state).toBe("completed");
    expect(scan.result?.verdict).toBeUndefined();
    expect(scan.result?.evidence).toEqual({
      sources: [],
      complete: false,
      gaps: ["the job's alerts could not be read: HTTP 403 Forbidden"],
    });
  });

  it("a FAILED job ends without a verdict, its details as the message", () => {
    const scan = mapTelmaiClassicScan({ id: "j1", job: job("FAILED", "Could not read the source") });
    expect(scan.state).toBe("failed");
    expect(scan.result).toEqual({ evidence: { sources: [], complete: false, gaps: ["Could not read the source"] } });
  });
});
