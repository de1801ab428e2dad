import { describe, expect, it } from "vitest";
import { linkExecutionRuns } from "./link-execution-runs.js";
import type { TelmaiAssetRun, TelmaiAssetScanStatus, TelmaiScanExecution } from "../client/telmai-schemas.js";

const run = (jobId: string, startedAt: string, status = "running"): TelmaiAssetRun => ({ jobId, status, startedAt });
const asset = (assetName: string, currentRun: TelmaiAssetRun | null, lastRun: TelmaiAssetRun | null = null) =>
  ({ assetId: `id-${assetName}`, assetName, status: "running", currentRun, lastRun }) satisfies TelmaiAssetScanStatus;
const execution = (startedAt: string, finishedAt: string | null = null): TelmaiScanExecution => ({
  executionId: "exec-1",
  status: finishedAt ? "finished" : "running",
  startedAt,
  finishedAt,
});

const jobIds = (result: ReturnType<typeof linkExecutionRuns>) =>
  result.runs.map((linked) => `${linked.assetName}:${linked.run.jobId}`);

describe("linkExecutionRuns", () => {
  it("takes the runs whose jobId is the execution id first", () => {
    const assets = [
      asset("orders", run("exec-1", "2026-03-24T09:00:05Z"), run("old", "2026-03-24T08:00:00Z", "completed")),
      asset("customers", run("batch-x", "2026-03-24T09:00:03Z")),
    ];
    const result = linkExecutionRuns(execution("2026-03-24T09:00:00Z"), assets);
    expect(result.linkedBy).toBe("jobId");
    expect(jobIds(result)).toEqual(["orders:exec-1"]);
  });

  it("else takes the batch that started with the execution, current and last runs alike", () => {
    const assets = [
      asset("orders", null, run("batch-b", "2026-03-24T09:00:04Z", "completed")),
      asset("customers", run("batch-b", "2026-03-24T09:00:02Z")),
      asset("payments", run("batch-c", "2026-03-24T09:03:00Z"), run("batch-a", "2026-03-24T08:00:00Z", "completed")),
    ];
    const result = linkExecutionRuns(execution("2026-03-24T09:00:00Z"), assets);
    expect(result.linkedBy).toBe("time");
    expect(jobIds(result)).toEqual(["orders:batch-b", "customers:batch-b"]);
  });

  it("prefers a batch that started after the execution over one already running when it started", () => {
    const assets = [
      asset("orders", run("already-running", "2026-03-24T08:59:55Z")),
      asset("customers", run("batch-b", "2026-03-24T09:00:02Z")),
      asset("payments", run("earlier-still", "2026-03-24T08:59:30Z")),
    ];
    expect(jobIds(linkExecutionRuns(execution("2026-03-24T09:00:00Z"), assets))).toEqual(["customers:batch-b"]);
    // While it runs, its own batch may be yet to start: none before it is taken.
    expect(linkExecutionRuns(execution("2026-03-24T09:00:00Z"), [assets[0]!, assets[2]!]).linkedBy).toBe("none");
    // Once it finished with none after it, the closest one before (clock skew) is taken.
    expect(
      jobIds(linkExecutionRuns(execution("2026-03-24T09:00:00Z", "2026-03-24T09:05:00Z"), [assets[0]!, assets[2]!])),
    ).toEqual(["orders:already-running"]);
  });

  it("allows a minute of clock skew before the start of an execution that finished", () => {
    const assets = [asset("orders", run("batch-b", "2026-03-24T08:59:10Z"))];
    expect(linkExecutionRuns(execution("2026-03-24T09:00:00Z", "2026-03-24T09:05:00Z"), assets).linkedBy).toBe("time");
  });

  it("ignores batches that started long before or after, or after the execution finished", () => {
    const assets = [
      asset("orders", run("before", "2026-03-24T08:58:00Z")),
      asset("customers", run("much-later", "2026-03-24T09:11:00Z")),
      asset("payments", run("after-end", "2026-03-24T09:05:00Z")),
    ];
    const result = linkExecutionRuns(execution("2026-03-24T09:00:00Z", "2026-03-24T09:04:00Z"), assets);
    expect(result).toEqual({ linkedBy: "none", runs: [] });
  });

  it("does not link by time when told not to", () => {
    const assets = [asset("orders", run("batch-b", "2026-03-24T09:00:02Z"))];
    expect(linkExecutionRuns(execution("2026-03-24T09:00:00Z"), assets, { byTime: false })).toEqual({
      linkedBy: "none",
      runs: [],
    });
  });

  it("cannot link by time an execution without a start", () => {
    const assets = [asset("orders", run("batch-b", "2026-03-24T09:00:02Z"))];
    const undated: TelmaiScanExecution = { executionId: "exec-1", status: "running", startedAt: null };
    expect(linkExecutionRuns(undated, assets).linkedBy).toBe("none");
  });
});
