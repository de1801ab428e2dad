import { describe, expect, it } from "vitest";
import finished from "./__fixtures__/scan-finished.json" with { type: "json" };
import running from "./__fixtures__/scan-running.json" with { type: "json" };
import { mapProjectDiscoveryScan } from "./map-projectdiscovery-scan.js";

describe("mapProjectDiscoveryScan", () => {
  it("maps a finished scan: state, verdict by the default policy, findings, times, progress, raw", () => {
    expect(mapProjectDiscoveryScan(finished, { appUrl: "https://cloud.projectdiscovery.io" })).toEqual({
      ref: { vendor: "projectdiscovery", id: "d40id9p95n6c7389p2m0" },
      name: "nightly external",
      state: "completed",
      vendorState: "finished",
      result: {
        verdict: "fail",
        findings: { total: 7, bySeverity: { critical: 0, high: 1, medium: 2, low: 0, info: 4, unknown: 0 } },
      },
      progress: { ratio: 1 },
      createdAt: "2026-03-01T10:00:00.000Z",
      finishedAt: "2026-03-01T10:02:10.000Z",
      updatedAt: "2026-03-01T10:02:10.000Z",
      url: "https://cloud.projectdiscovery.io/scans/d40id9p95n6c7389p2m0",
      raw: finished,
    });
  });

  it("maps a running scan: progress 37 → 0.37, no result yet, times in UTC, Go's zero time dropped", () => {
    const scan = mapProjectDiscoveryScan(running);
    expect(scan.state).toBe("running");
    expect(scan.vendorState).toBe("running");
    expect(scan.progress).toEqual({ ratio: 0.37 });
    expect(scan.result).toBeUndefined();
    expect(scan.createdAt).toBe("2026-03-01T09:00:00.000Z");
    expect(scan.updatedAt).toBe("2026-03-01T09:00:50.000Z");
    expect(scan.finishedAt).toBeUndefined();
    expect(scan.url).toBeUndefined();
  });

  it("takes the verdict from the severity policy it is given", () => {
    const item = { ...finished, severity: { medium: 1, info: 3 } };
    expect(mapProjectDiscoveryScan(item).result?.verdict).toBe("warn");
    expect(mapProjectDiscoveryScan(item, { severityPolicy: { failOn: "medium", warnOn: "low" } }).result?.verdict).toBe(
      "fail",
    );
    expect(mapProjectDiscoveryScan(item, { severityPolicy: { failOn: "none", warnOn: "none" } }).result?.verdict).toBe(
      "pass",
    );
  });

  it("gives a failed or stopped scan no verdict, and keeps the vendor's word", () => {
    const failed = mapProjectDiscoveryScan({ ...finished, status: "failed", failure_reason: "engine crashed" });
    expect(failed.state).toBe("failed");
    expect(failed.result).toBeUndefined();
    expect(failed.finishedAt).toBe("2026-03-01T10:02:10.000Z");
    const stopped = mapProjectDiscoveryScan({ ...finished, status: "stopped" });
    expect(stopped.state).toBe("canceled");
    expect(stopped.vendorState).toBe("stopped");
    expect(stopped.result).toBeUndefined();
  });

  it("keeps an unknown word verbatim under state unknown", () => {
    const scan = mapProjectDiscoveryScan({ ...running, status: "Paused" });
    expect(scan.state).toBe("unknown");
    expect(scan.vendorState).toBe("Paused");
  });

  it("clamps progress to 0..1 and tolerates missing fields", () => {
    expect(mapProjectDiscoveryScan({ scan_id: "a", status: "running", progress: 140 }).progress).toEqual({ ratio: 1 });
    expect(mapProjectDiscoveryScan({ scan_id: "a", status: "running", progress: -5 }).progress).toEqual({ ratio: 0 });
    expect(mapProjectDiscoveryScan({ scan_id: "a", status: "queued", name: "", created_at: "" })).toEqual({
      ref: { vendor: "projectdiscovery", id: "a" },
      state: "queued",
      vendorState: "queued",
      raw: { scan_id: "a", status: "queued", name: "", created_at: "" },
    });
  });

  it("a completed scan without any findings data passes, with no invented counts", () => {
    expect(mapProjectDiscoveryScan({ scan_id: "a", status: "uploaded" }).result).toEqual({ verdict: "pass" });
  });
});
