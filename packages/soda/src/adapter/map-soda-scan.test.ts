import { describe, expect, it } from "vitest";
import completedWithWarnings from "./__fixtures__/scan-status-completed-with-warnings.json" with { type: "json" };
import executing from "./__fixtures__/scan-status-executing.json" with { type: "json" };
import { countSodaChecks } from "./count-soda-checks.js";
import { mapSodaScan } from "./map-soda-scan.js";

const id = "4651ba64-7d0c-4a8e-9d2b-1f1c2e3d4a5b";

describe("mapSodaScan", () => {
  it("maps a finished scan: name, times in UTC, url, verdict and check counts", () => {
    expect(mapSodaScan(id, completedWithWarnings)).toEqual({
      ref: { vendor: "soda", id },
      name: "orders_checks",
      state: "completed",
      vendorState: "completedWithWarnings",
      createdAt: "2026-01-01T08:59:50.000Z",
      startedAt: "2026-01-01T09:00:00.000Z",
      finishedAt: "2026-01-01T09:02:00.000Z",
      url: "https://cloud.soda.io/scans/4651ba64-7d0c-4a8e-9d2b-1f1c2e3d4a5b",
      result: {
        verdict: "warn",
        evidence: { sources: ["run-status", "checks"], complete: true },
        checks: { total: 3, passed: 2, warned: 1, failed: 0, errored: 0, notEvaluated: 0 },
      },
      raw: completedWithWarnings,
    });
  });

  it("maps a running scan without a result, and keeps Soda's next-poll hint", () => {
    const scan = mapSodaScan(id, executing, "2026-01-01T09:00:05Z");
    expect(scan.state).toBe("running");
    expect(scan.result).toBeUndefined();
    expect(scan.finishedAt).toBeUndefined();
    expect(scan.nextPollAt).toBe("2026-01-01T09:00:05.000Z");
  });

  it("waits 60 s on a next-poll hint that does not parse, as soda-core does; no hint when empty", () => {
    const now = Date.parse("2026-01-01T09:00:00Z");
    expect(mapSodaScan(id, executing, "soon", now).nextPollAt).toBe("2026-01-01T09:01:00.000Z");
    expect(mapSodaScan(id, executing, "", now).nextPollAt).toBeUndefined();
    expect(mapSodaScan(id, executing, "   ", now).nextPollAt).toBeUndefined();
    expect(mapSodaScan(id, executing, undefined, now).nextPollAt).toBeUndefined();
  });

  it("keeps an unknown state word verbatim as vendorState", () => {
    const scan = mapSodaScan(id, { ...executing, state: "paused" });
    expect(scan.state).toBe("unknown");
    expect(scan.vendorState).toBe("paused");
  });

  it("falls back to the definition's id when it has no name, and to submitted when created is missing", () => {
    const scan = mapSodaScan(id, {
      state: "queuing",
      scanDefinition: { id: "weekday_scan_schedule", name: "" },
      submitted: "2026-01-01T00:00:00Z",
    });
    expect(scan.name).toBe("weekday_scan_schedule");
    expect(scan.createdAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("gives a completed scan without checks or counters the state word's verdict, resting on it alone", () => {
    expect(mapSodaScan(id, { state: "completed" }).result).toEqual({
      verdict: "pass",
      evidence: { sources: ["run-status"], complete: true },
    });
  });

  it("gives failed, canceled and timed-out scans no verdict", () => {
    for (const state of ["failed", "canceled", "timedOut"]) {
      expect(mapSodaScan(id, { state, errors: 1 }).result, state).toBeUndefined();
    }
  });
});

/**
 * Tricky bodies: the shapes of Soda's `PublicApiScanStatusResponse` (checks and counters are
 * optional; `evaluationStatus` is pass|warn|fail|notEvaluated|excluded), and what drift does to
 * them. Each row → state, verdict and evidence.
 */
const trickyBodies: Array<{
  name: string;
  body: Record<string, unknown>;
  state: string;
  verdict?: string;
  sources?: string[];
  complete?: boolean;
}> = [
  {
    name: "soda-core's mock: completed, no checks, no counters",
    body: { state: "completed", cloudUrl: "https://the-scan-url" },
    state: "completed",
    verdict: "pass",
    sources: ["run-status"],
    complete: true,
  },
  {
    name: "completed with every check passing",
    body: {
      state: "completed",
      checks: [{ evaluationStatus: "pass" }, { evaluationStatus: "excluded" }],
      errors: 0,
      failures: 0,
      warnings: 0,
    },
    state: "completed",
    verdict: "pass",
    sources: ["run-status", "checks"],
    complete: true,
  },
  {
    name: "completed, but a check failed",
    body: { state: "completed", checks: [{ evaluationStatus: "pass" }, { evaluationStatus: "fail" }] },
    state: "completed",
    verdict: "fail",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completed, but the failures counter says 2",
    body: { state: "completed", failures: 2 },
    state: "completed",
    verdict: "fail",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completed with a check of an unknown outcome",
    body: { state: "completed", checks: [{ evaluationStatus: "pass" }, { evaluationStatus: "skippedByRunner" }] },
    state: "completed",
    verdict: "warn",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completed with a check that has no outcome",
    body: { state: "completed", checks: [{ id: "c1" }] },
    state: "completed",
    verdict: "warn",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completed with a negative counter",
    body: { state: "completed", warnings: -1 },
    state: "completed",
    verdict: "warn",
    sources: ["run-status"],
    complete: false,
  },
  {
    name: "completed with a fractional counter",
    body: { state: "completed", failures: 0.5, checks: [{ evaluationStatus: "pass" }] },
    state: "completed",
    verdict: "warn",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completedWithWarnings whose checks all passed",
    body: { state: "completedWithWarnings", checks: [{ evaluationStatus: "pass" }] },
    state: "completed",
    verdict: "warn",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completedWithFailures with counters that agree",
    body: { state: "completedWithFailures", errors: 0, failures: 1, warnings: 1 },
    state: "completed",
    verdict: "fail",
    sources: ["run-status", "checks"],
    complete: true,
  },
  {
    name: "completedWithWarnings whose counters disagree with the list",
    body: { state: "completedWithWarnings", warnings: 3, checks: [{ evaluationStatus: "warn" }] },
    state: "completed",
    verdict: "warn",
    sources: ["run-status", "checks"],
    complete: false,
  },
  {
    name: "completedWithErrors: an unevaluated check errored",
    body: { state: "completedWithErrors", errors: 1, checks: [{ evaluationStatus: "notEvaluated" }] },
    state: "completed",
    verdict: "error",
    sources: ["run-status", "checks"],
    complete: true,
  },
  {
    name: "completedWithWarnings whose errors counter errs a check",
    body: {
      state: "completedWithWarnings",
      errors: 1,
      warnings: 1,
      checks: [{ evaluationStatus: "warn" }, { evaluationStatus: "notEvaluated" }],
    },
    state: "completed",
    verdict: "error",
    sources: ["run-status", "checks"],
    complete: false,
  },
  { name: "submitted (the cancel doc's word)", body: { state: "submitted" }, state: "running" },
  { name: "pending (the cancel doc's word)", body: { state: "pending" }, state: "queued" },
  { name: "failed with counters", body: { state: "failed", errors: 3 }, state: "failed" },
  { name: "timedOut", body: { state: "timedOut" }, state: "timed_out" },
  { name: "a word of a later version", body: { state: "completedWithNotes", failures: 1 }, state: "unknown" },
];

describe("tricky bodies: state, verdict and evidence", () => {
  for (const row of trickyBodies) {
    it(`${row.name} → ${row.state} ${row.verdict ?? ""}`, () => {
      const scan = mapSodaScan(id, row.body as { state: string });
      expect(scan.state).toBe(row.state);
      expect(scan.result?.verdict).toBe(row.verdict);
      if (row.sources) {
        expect(scan.result?.evidence.sources).toEqual(row.sources);
        expect(scan.result?.evidence.complete).toBe(row.complete);
        expect((scan.result?.evidence.gaps?.length ?? 0) > 0).toBe(!row.complete);
      } else {
        // Not completed: no result at all (failed, canceled and timed-out scans have no verdict).
        expect(scan.result).toBeUndefined();
      }
    });
  }

  it("names each gap; a failures counter the list disagrees with still fails the scan", () => {
    const result = mapSodaScan(id, {
      state: "completed",
      failures: 1,
      warnings: 0.5,
      checks: [{ evaluationStatus: "maybe" }, { evaluationStatus: "pass" }],
    }).result;
    expect(result?.verdict).toBe("fail");
    expect(result?.evidence.gaps).toEqual([
      "warnings is 0.5, not a count",
      "1 check has no evaluation status scanstat knows",
      "failures says 1, the checks list 0",
      "state completed, but the checks say fail",
    ]);
  });
});

describe("countSodaChecks", () => {
  it("moves as many notEvaluated checks to errored as Soda counts errors", () => {
    const counts = countSodaChecks({
      state: "completedWithErrors",
      errors: 1,
      checks: [
        { evaluationStatus: "pass" },
        { evaluationStatus: "notEvaluated" },
        { evaluationStatus: "notEvaluated" },
      ],
    });
    expect(counts).toEqual({ total: 3, passed: 1, warned: 0, failed: 0, errored: 1, notEvaluated: 1 });
  });

  it("counts a check with an unknown or missing evaluation word as not evaluated", () => {
    const counts = countSodaChecks({
      state: "completed",
      checks: [{ evaluationStatus: "skippedByRunner" }, { id: "c2" }, { evaluationStatus: "fail" }],
    });
    expect(counts).toEqual({ total: 3, passed: 0, warned: 0, failed: 1, errored: 0, notEvaluated: 2 });
  });

  it("uses the counters when the checks list is absent", () => {
    expect(countSodaChecks({ state: "completedWithFailures", failures: 2, warnings: 1, errors: 0 })).toEqual({
      total: 3,
      passed: 0,
      warned: 1,
      failed: 2,
      errored: 0,
      notEvaluated: 0,
    });
  });

  it("knows nothing without a list or counters", () => {
    expect(countSodaChecks({ state: "completed" })).toBeUndefined();
  });
});
