import { describe, expect, it } from "vitest";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
import type { TelmaiVerdictContext } from "./telmai-result.js";
import type { TelmaiAssetRun, TelmaiScanExecution } from "../client/telmai-schemas.js";

const linked = (assetName: string, run: Partial<TelmaiAssetRun>): TelmaiLinkedRun => ({
  assetId: `id-${assetName}`,
  assetName,
  run: { jobId: "exec-1", status: "running", startedAt: "2026-03-24T09:00:01Z", finishedAt: null, ...run },
});
const progress = (total: number, completed: number, failed = 0, running = 0) => ({
  total,
  completed,
  failed,
  running,
  pending: total - completed - failed - running,
});
const execution = (status: string, finishedAt: string | null = null): TelmaiScanExecution => ({
  executionId: "exec-1",
  status,
  startedAt: "2026-03-24T09:00:00Z",
  finishedAt,
});

/** Incidents read for the whole morning: none. */
const noIncidents: TelmaiVerdictContext = {
  incidents: { from: Date.parse("2026-03-24T08:00:00Z"), to: Date.parse("2026-03-24T12:00:00Z"), incidents: [] },
};
const none = { total: 0, bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 } };

describe("mapTelmaiExecution", () => {
  it("a running execution: progress from its runs, no result, the word verbatim", () => {
    const runs = [
      linked("orders", { progress: progress(4, 1, 0, 2) }),
      linked("customers", { progress: progress(3, 2, 0, 1) }),
    ];
    const scan = mapTelmaiExecution("exec-1", execution("running"), { linkedBy: "jobId", runs });
    expect(scan).toEqual({
      ref: { vendor: "telmai", id: "exec-1" },
      state: "running",
      vendorState: "running",
      target: "orders, customers",
      progress: { completed: 3, total: 7, ratio: 3 / 7 },
      startedAt: "2026-03-24T09:00:00.000Z",
      raw: { execution: execution("running"), runs, linkedBy: "jobId" },
    });
  });

  it("finished, all runs completed → completed/pass with checks", () => {
    const runs = [linked("orders", { status: "completed", progress: progress(4, 4) })];
    const scan = mapTelmaiExecution(
      "exec-1",
      execution("finished", "2026-03-24T09:05:00Z"),
      { linkedBy: "jobId", runs },
      noIncidents,
    );
    expect(scan.state).toBe("completed");
    expect(scan.result).toEqual({
      verdict: "pass",
      evidence: { sources: ["incidents", "run-status"], complete: true },
      findings: none,
      checks: { total: 4, passed: 4, warned: 0, failed: 0, errored: 0, notEvaluated: 0 },
    });
    expect(scan.finishedAt).toBe("2026-03-24T09:05:00.000Z");
  });

  it("finished with a partial_failure → completed/warn", () => {
    const runs = [
      linked("orders", { status: "partial_failure", progress: progress(4, 3, 1) }),
      linked("customers", { status: "completed", progress: progress(3, 3) }),
    ];
    const scan = mapTelmaiExecution(
      "exec-1",
      execution("finished", "2026-03-24T09:05:00Z"),
      { linkedBy: "time", runs },
      noIncidents,
    );
    expect(scan.result).toEqual({
      verdict: "warn",
      evidence: { sources: ["incidents", "run-status"], complete: true },
      findings: none,
      checks: { total: 7, passed: 6, warned: 0, failed: 1, errored: 0, notEvaluated: 0 },
    });
  });

  it("finished with a failed asset → completed/fail", () => {
    const runs = [linked("orders", { status: "failed", progress: progress(4, 0, 4) })];
    expect(mapTelmaiExecution("exec-1", execution("finished"), { linkedBy: "jobId", runs }).result?.verdict).toBe(
      "fail",
    );
  });

  it("finished with no linked runs and no incidents → completed without a verdict (never a default pass)", () => {
    const scan = mapTelmaiExecution(
      "exec-1",
      execution("finished", "2026-03-24T09:05:00Z"),
      { linkedBy: "none", runs: [] },
      noIncidents,
    );
    expect(scan.state).toBe("completed");
    expect(scan.result).toEqual({
      evidence: { sources: ["incidents"], complete: false, gaps: ["its asset runs can no longer be linked"] },
      findings: none,
    });
    expect(scan.progress).toBeUndefined();
    expect(scan.target).toBeUndefined();
  });

  it("a failed execution → failed, no result", () => {
    const scan = mapTelmaiExecution("exec-1", execution("failed", "2026-03-24T09:02:00Z"));
    expect(scan.state).toBe("failed");
    expect(scan.result).toBeUndefined();
    expect(scan.raw).toEqual({ execution: execution("failed", "2026-03-24T09:02:00Z"), runs: [], linkedBy: "none" });
  });

  it("an unknown word → unknown, kept verbatim", () => {
    const scan = mapTelmaiExecution("exec-1", execution("Paused"));
    expect([scan.state, scan.vendorState]).toEqual(["unknown", "Paused"]);
  });

  it("names more than three assets by count", () => {
    const runs = ["a", "b", "c", "d"].map((name) => linked(name, {}));
    expect(mapTelmaiExecution("exec-1", execution("running"), { linkedBy: "jobId", runs }).target).toBe("4 assets");
  });
});

describe("mapTelmaiJob", () => {
  it("running while any run runs", () => {
    const scan = mapTelmaiJob("exec-1", [
      linked("orders", { status: "completed", progress: progress(4, 4), finishedAt: "2026-03-24T09:03:00Z" }),
      linked("customers", { status: "running", progress: progress(3, 1, 0, 1) }),
    ]);
    expect([scan.state, scan.vendorState, scan.result]).toEqual(["running", "running", undefined]);
    expect(scan.progress).toEqual({ completed: 5, total: 7, ratio: 5 / 7 });
    expect(scan.finishedAt).toBeUndefined();
  });

  it("ended: completed with the worst run's verdict and word, from the first start to the last end", () => {
    const scan = mapTelmaiJob("batch-1", [
      linked("orders", {
        status: "completed",
        progress: progress(4, 4),
        startedAt: "2026-03-24T09:00:02Z",
        finishedAt: "2026-03-24T09:03:00Z",
      }),
      linked("customers", {
        status: "partial_failure",
        progress: progress(3, 2, 1),
        startedAt: "2026-03-24T09:00:01Z",
        finishedAt: "2026-03-24T09:04:00Z",
      }),
    ]);
    expect(scan).toMatchObject({
      ref: { vendor: "telmai", id: "batch-1" },
      state: "completed",
      vendorState: "partial_failure",
      result: { verdict: "warn", checks: { total: 7, passed: 6, failed: 1, notEvaluated: 0 } },
      startedAt: "2026-03-24T09:00:01.000Z",
      finishedAt: "2026-03-24T09:04:00.000Z",
    });
  });

  it("an unknown run word makes it unknown", () => {
    const scan = mapTelmaiJob("batch-1", [linked("orders", { status: "queued_for_retry" })]);
    expect([scan.state, scan.vendorState]).toEqual(["unknown", "queued_for_retry"]);
  });

  it("a running run decides over an unknown word before it", () => {
    const scan = mapTelmaiJob("batch-1", [
      linked("orders", { status: "queued_for_retry" }),
      linked("customers", { status: "running" }),
    ]);
    expect([scan.state, scan.vendorState]).toEqual(["running", "running"]);
  });

  it("an unknown word decides over runs that ended", () => {
    const scan = mapTelmaiJob("batch-1", [
      linked("orders", { status: "failed" }),
      linked("customers", { status: "Paused" }),
    ]);
    expect([scan.state, scan.vendorState, scan.result]).toEqual(["unknown", "Paused", undefined]);
  });

  it("a warn from failed monitors of a completed run: the word stays completed", () => {
    const scan = mapTelmaiJob("batch-1", [linked("orders", { status: "completed", progress: progress(4, 3, 1) })]);
    expect([scan.state, scan.vendorState, scan.result?.verdict]).toEqual(["completed", "completed", "warn"]);
  });

  it("names an asset once however many of its runs the job has, by id when it has no name", () => {
    const unnamed: TelmaiLinkedRun = { assetId: "asset-9", run: { jobId: "batch-1", status: "running" } };
    const scan = mapTelmaiJob("batch-1", [linked("orders", {}), unnamed, linked("orders", {})]);
    expect(scan.target).toBe("orders, asset-9");
  });

  it("one run: its times, and the scan's fields in the model's order", () => {
    const runs = [
      linked("orders", {
        status: "completed",
        progress: progress(2, 2),
        startedAt: "2026-03-24T09:00:01.5Z",
        finishedAt: "2026-03-24T09:02:00+01:00",
      }),
    ];
    // Without incidents read: the runs say pass, but incomplete evidence is never pass.
    const scan = mapTelmaiJob("batch-1", runs);
    expect(scan).toEqual({
      ref: { vendor: "telmai", id: "batch-1" },
      state: "completed",
      vendorState: "completed",
      raw: { jobId: "batch-1", runs },
      target: "orders",
      progress: { completed: 2, total: 2, ratio: 1 },
      result: {
        verdict: "warn",
        evidence: { sources: ["run-status"], complete: false, gaps: ["incidents not read"] },
        checks: { total: 2, passed: 2, warned: 0, failed: 0, errored: 0, notEvaluated: 0 },
      },
      startedAt: "2026-03-24T09:00:01.500Z",
      finishedAt: "2026-03-24T08:02:00.000Z",
    });
    // JSON output follows the keys' order.
    expect(Object.keys(scan)).toEqual([
      "ref",
      "state",
      "vendorState",
      "raw",
      "target",
      "progress",
      "result",
      "startedAt",
      "finishedAt",
    ]);
  });

  it("no runs: completed, with no target, progress or times", () => {
    expect(mapTelmaiJob("batch-1", [])).toEqual({
      ref: { vendor: "telmai", id: "batch-1" },
      state: "completed",
      vendorState: "completed",
      raw: { jobId: "batch-1", runs: [] },
      result: {
        evidence: {
          sources: [],
          complete: false,
          gaps: ["incidents not read", "its asset runs can no longer be linked"],
        },
      },
    });
  });
});
