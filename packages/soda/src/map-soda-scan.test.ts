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
      result: { verdict: "warn", checks: { total: 3, passed: 2, warned: 1, failed: 0, errored: 0, notEvaluated: 0 } },
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

  it("ignores a next-poll hint that does not parse", () => {
    expect(mapSodaScan(id, executing, "soon").nextPollAt).toBeUndefined();
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

  it("gives a completed scan without checks or counters a bare verdict", () => {
    expect(mapSodaScan(id, { state: "completed" }).result).toEqual({ verdict: "pass" });
  });

  it("gives failed, canceled and timed-out scans no verdict", () => {
    for (const state of ["failed", "canceled", "timedOut"]) {
      expect(mapSodaScan(id, { state, errors: 1 }).result, state).toBeUndefined();
    }
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
