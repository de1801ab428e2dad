import { describe, expect, it } from "vitest";
import finished from "../__fixtures__/scan-finished.json" with { type: "json" };
import running from "../__fixtures__/scan-running.json" with { type: "json" };
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
        evidence: { sources: ["severity-counts"], complete: true },
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
    const item = { ...finished, severity: { medium: 1, info: 3 }, total_result: 4 };
    expect(mapProjectDiscoveryScan(item).result?.verdict).toBe("warn");
    expect(mapProjectDiscoveryScan(item, { severityPolicy: { failOn: "medium", warnOn: "low" } }).result?.verdict).toBe(
      "fail",
    );
    expect(mapProjectDiscoveryScan(item, { severityPolicy: { failOn: "none", warnOn: "none" } }).result?.verdict).toBe(
      "pass",
    );
  });

  it("gives a failed or stopped scan no verdict, keeps the vendor's word, and its failure_reason as the message", () => {
    const failed = mapProjectDiscoveryScan({ ...finished, status: "failed", failure_reason: " engine crashed " });
    expect(failed.state).toBe("failed");
    expect(failed.result).toBeUndefined();
    expect(failed.message).toBe("engine crashed");
    expect(failed.finishedAt).toBe("2026-03-01T10:02:10.000Z");
    const stopped = mapProjectDiscoveryScan({ ...finished, status: "stopped" });
    expect(stopped.state).toBe("canceled");
    expect(stopped.vendorState).toBe("stopped");
    expect(stopped.result).toBeUndefined();
    expect(stopped.message).toBeUndefined();
    expect(mapProjectDiscoveryScan({ ...running, failure_reason: "not yet" }).message).toBeUndefined();
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

  it("a completed scan without any findings data has no verdict (exit 3), never a pass", () => {
    expect(mapProjectDiscoveryScan({ scan_id: "a", status: "uploaded" }).result).toEqual({
      evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] },
    });
  });
});

/**
 * Tricky bodies, from ProjectDiscovery's own material: the 2023 spec typed the counts as string or
 * integer (and listed an `unknown` key); today's spec leaves `severity` an untyped object beside a
 * required integer `total_result`; the webhook's `severity_breakdown` has critical…info only.
 * Each row: the body's severity and total_result → state, verdict and evidence.
 */
const trickyBodies: Array<{
  name: string;
  severity?: unknown;
  total_result?: unknown;
  verdict: string | undefined;
  sources: string[];
  complete: boolean;
  unknown?: number;
}> = [
  {
    name: "the webhook's example breakdown",
    severity: { critical: 5, high: 8, medium: 6, low: 3, info: 1 },
    total_result: 23,
    verdict: "fail",
    sources: ["severity-counts"],
    complete: true,
  },
  {
    name: "string counts with a critical (2023 spec)",
    severity: { critical: "2", high: "1" },
    total_result: 3,
    verdict: "fail",
    sources: ["severity-counts"],
    complete: true,
  },
  {
    name: "string counts, all low",
    severity: { low: "4", info: "10", unknown: "0" },
    total_result: "14",
    verdict: "pass",
    sources: ["severity-counts"],
    complete: true,
  },
  {
    name: "a total above the breakdown",
    severity: { low: 1 },
    total_result: 7,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
    unknown: 6,
  },
  {
    name: "a total with an empty breakdown",
    severity: {},
    total_result: 7,
    verdict: "warn",
    sources: ["total-only"],
    complete: true,
    unknown: 7,
  },
  {
    name: "a total and no breakdown",
    total_result: 7,
    verdict: "warn",
    sources: ["total-only"],
    complete: true,
    unknown: 7,
  },
  {
    name: "no findings, said both ways",
    severity: {},
    total_result: 0,
    verdict: "pass",
    sources: ["total-only"],
    complete: true,
  },
  {
    name: "a fractional count",
    severity: { high: 0.5, low: 1 },
    total_result: 1,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
  },
  {
    name: "a negative count",
    severity: { critical: -1, info: 2 },
    total_result: 2,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
  },
  {
    name: "a word for a count",
    severity: { critical: "abc", info: 1 },
    total_result: 1,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
  },
  {
    name: "a null count",
    severity: { critical: null, info: 1 },
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
  },
  {
    name: "a nested object for a count",
    severity: { high: { count: 3 }, info: 1 },
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
  },
  {
    name: "a bad count hidden by the total",
    severity: { critical: "x", low: 1 },
    total_result: 3,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: false,
    unknown: 2,
  },
  {
    name: "the 2023 spec's unknown key",
    severity: { unknown: 2, info: 1 },
    total_result: 3,
    verdict: "warn",
    sources: ["severity-counts"],
    complete: true,
    unknown: 2,
  },
  { name: "nothing about findings", verdict: undefined, sources: [], complete: false },
  {
    name: "an unreadable total and no breakdown",
    total_result: "seven",
    verdict: undefined,
    sources: [],
    complete: false,
  },
];

describe("tricky finished bodies: state, verdict and evidence", () => {
  for (const row of trickyBodies) {
    it(`${row.name} → ${row.verdict ?? "no verdict"}`, () => {
      const { severity: _severity, total_result: _total, ...rest } = finished;
      const body = {
        ...rest,
        ...("severity" in row ? { severity: row.severity } : {}),
        ...("total_result" in row ? { total_result: row.total_result } : {}),
      };
      const scan = mapProjectDiscoveryScan(body);
      expect(scan.state).toBe("completed");
      expect(scan.result?.verdict).toBe(row.verdict);
      expect(scan.result?.evidence.sources).toEqual(row.sources);
      expect(scan.result?.evidence.complete).toBe(row.complete);
      if (!row.complete) expect(scan.result?.evidence.gaps?.length).toBeGreaterThan(0);
      if (row.unknown !== undefined) expect(scan.result?.findings?.bySeverity.unknown).toBe(row.unknown);
      if (row.verdict === undefined) expect(scan.result?.findings).toBeUndefined();
    });
  }
});
