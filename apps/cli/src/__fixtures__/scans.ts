import type { Scan } from "@scanstat/core";

/** 2026-01-01T00:10:00Z: the fixed "now" of the rendering tests. */
export const fixedNow = Date.parse("2026-01-01T00:10:00Z");

export const runningSodaScan: Scan = {
  ref: { vendor: "soda", id: "4651ba64-0000-4000-8000-000000000001" },
  name: "orders_checks",
  state: "running",
  vendorState: "executing",
  createdAt: "2026-01-01T00:00:00Z",
  startedAt: "2026-01-01T00:01:00Z",
  raw: { state: "executing" },
};

export const warnedSodaScan: Scan = {
  ref: { vendor: "soda", id: "4651ba64-0000-4000-8000-000000000002" },
  name: "customers_checks",
  state: "completed",
  vendorState: "completedWithWarnings",
  result: {
    verdict: "warn",
    evidence: { sources: ["checks"], complete: true },
    checks: { total: 12, passed: 10, warned: 2, failed: 0, errored: 0, notEvaluated: 0 },
  },
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:03:05Z",
  raw: { state: "completedWithWarnings" },
};

export const failedProjectDiscoveryScan: Scan = {
  ref: { vendor: "projectdiscovery", id: "cq9f1" },
  name: "shop <exposure> & more",
  state: "completed",
  vendorState: "finished",
  progress: { ratio: 1 },
  result: {
    verdict: "fail",
    evidence: { sources: ["severity-counts"], complete: true },
    findings: { total: 7, bySeverity: { critical: 1, high: 2, medium: 1, low: 3, info: 0, unknown: 0 } },
  },
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:02:00Z",
  raw: {},
};

export const queuedHaloScan: Scan = {
  ref: { vendor: "halo", id: "812" },
  state: "queued",
  vendorState: "Queued",
  progress: { completed: 2, total: 8 },
  createdAt: "2026-01-01T00:09:30Z",
  raw: {},
};

export const passedTelmaiScan: Scan = {
  ref: { vendor: "telmai", id: "exec-1" },
  state: "completed",
  vendorState: "finished",
  result: {
    verdict: "pass",
    evidence: { sources: ["run-status"], complete: true },
    checks: { total: 3, passed: 3, warned: 0, failed: 0, errored: 0, notEvaluated: 0 },
  },
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:00:42Z",
  raw: {},
};

export const canceledHaloScan: Scan = {
  ref: { vendor: "halo", id: "813" },
  state: "canceled",
  vendorState: "canceled",
  raw: {},
};

/** A total above the breakdown: the verdict rests on partial evidence. */
export const partialProjectDiscoveryScan: Scan = {
  ref: { vendor: "projectdiscovery", id: "cq9f2" },
  state: "completed",
  vendorState: "finished",
  result: {
    verdict: "warn",
    evidence: {
      sources: ["severity-counts"],
      complete: false,
      gaps: ["total_result 7 is above the severity counts' sum 3: 4 of unknown severity"],
    },
    findings: { total: 7, bySeverity: { critical: 0, high: 0, medium: 0, low: 1, info: 2, unknown: 4 } },
  },
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:01:00Z",
  raw: {},
};

/** Completed, but nothing about its findings could be read: no verdict (exit 3). */
export const verdictlessProjectDiscoveryScan: Scan = {
  ref: { vendor: "projectdiscovery", id: "cq9f3" },
  state: "completed",
  vendorState: "uploaded",
  result: { evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] } },
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:00:30Z",
  raw: {},
};

/** Failed, with the vendor's reason. */
export const failedWithReasonProjectDiscoveryScan: Scan = {
  ref: { vendor: "projectdiscovery", id: "cq9f4" },
  state: "failed",
  vendorState: "failed",
  message: "Network timeout connecting\n to target hosts",
  startedAt: "2026-01-01T00:00:00Z",
  finishedAt: "2026-01-01T00:00:20Z",
  raw: {},
};
