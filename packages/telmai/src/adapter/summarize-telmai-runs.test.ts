import { describe, expect, it } from "vitest";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import type { TelmaiAssetRun } from "../client/telmai-schemas.js";
import { summarizeTelmaiRuns } from "./summarize-telmai-runs.js";

const linked = (assetName: string, run: Partial<TelmaiAssetRun>): TelmaiLinkedRun => ({
  assetId: `id-${assetName}`,
  assetName,
  run: { jobId: "job-1", status: "running", ...run },
});

const progress = (total: number, completed: number, failed = 0) => ({
  total,
  completed,
  failed,
  running: 0,
  pending: total - completed - failed,
});

describe("summarizeTelmaiRuns", () => {
  it("sums monitors done (completed and failed) of all monitors across assets", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", { progress: { total: 4, completed: 1, running: 2, failed: 0, pending: 1 } }),
      linked("customers", { progress: { total: 3, completed: 1, running: 1, failed: 1, pending: 0 } }),
    ]);
    expect(summary.progress).toEqual({ completed: 3, total: 7, ratio: 3 / 7 });
    expect(summary.verdict).toBeUndefined();
  });

  it("counts the monitors' stages when a run has no progress", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", {
        monitors: [
          { monitorId: "a", stage: "completed" },
          { monitorId: "b", stage: "failed" },
          { monitorId: "c", stage: "running" },
          { monitorId: "d", stage: "pending" },
        ],
      }),
    ]);
    expect(summary.progress).toEqual({ completed: 2, total: 4, ratio: 0.5 });
  });

  it("all runs completed → pass, monitors as checks", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", { status: "completed", progress: progress(4, 4) }),
      linked("customers", { status: "completed", progress: progress(3, 3) }),
    ]);
    expect(summary.verdict).toBe("pass");
    expect(summary.checks).toEqual({ total: 7, passed: 7, warned: 0, failed: 0, errored: 0, notEvaluated: 0 });
  });

  it("a partial_failure → warn", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", { status: "partial_failure", progress: progress(4, 3, 1) }),
      linked("customers", { status: "completed", progress: progress(3, 3) }),
    ]);
    expect(summary.verdict).toBe("warn");
    expect(summary.checks).toEqual({ total: 7, passed: 6, warned: 0, failed: 1, errored: 0, notEvaluated: 0 });
  });

  it("a failed asset run → fail, worse than a partial failure elsewhere", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", { status: "partial_failure", progress: progress(4, 3, 1) }),
      linked("customers", { status: "failed", progress: progress(3, 0, 3) }),
    ]);
    expect(summary.verdict).toBe("fail");
  });

  it("a completed run that still counts failed monitors → warn", () => {
    expect(summarizeTelmaiRuns([linked("orders", { status: "completed", progress: progress(4, 3, 1) })]).verdict).toBe(
      "warn",
    );
  });

  it("runs with unknown words do not vote; monitors left over are not evaluated", () => {
    const summary = summarizeTelmaiRuns([
      linked("orders", { status: "throttled", progress: progress(4, 2) }),
      linked("customers", { status: "completed", progress: progress(3, 3) }),
    ]);
    expect(summary.verdict).toBe("pass");
    expect(summary.checks?.notEvaluated).toBe(2);
  });

  it("no runs → nothing known", () => {
    expect(summarizeTelmaiRuns([])).toEqual({});
  });
});
