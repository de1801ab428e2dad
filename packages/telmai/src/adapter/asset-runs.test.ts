import { describe, expect, it } from "vitest";
import { assetRuns, runsByJob } from "./asset-runs.js";
import type { TelmaiAssetRun, TelmaiAssetScanStatus } from "../client/telmai-schemas.js";

const run = (jobId: string, status = "completed"): TelmaiAssetRun => ({ jobId, status });
const asset = (assetId: string, fields: Partial<TelmaiAssetScanStatus>): TelmaiAssetScanStatus => ({
  assetId,
  status: "running",
  ...fields,
});

describe("assetRuns", () => {
  it("lists each asset's current run, then its last run", () => {
    const current = run("job-2", "running");
    const last = run("job-1");
    expect(assetRuns([asset("a", { assetName: "orders", currentRun: current, lastRun: last })])).toEqual([
      { assetId: "a", assetName: "orders", run: current },
      { assetId: "a", assetName: "orders", run: last },
    ]);
  });

  it("lists a job once when the current and last run are the same job", () => {
    const current = run("job-1", "running");
    expect(assetRuns([asset("a", { currentRun: current, lastRun: run("job-1") })])).toEqual([
      { assetId: "a", run: current },
    ]);
  });

  it("skips missing runs and leaves out an empty asset name", () => {
    const last = run("job-1");
    const runs = assetRuns([
      asset("a", { assetName: "", currentRun: null, lastRun: last }),
      asset("b", { currentRun: null, lastRun: null }),
    ]);
    expect(runs).toEqual([{ assetId: "a", run: last }]);
    expect(Object.keys(runs[0]!)).toEqual(["assetId", "run"]);
  });
});

describe("runsByJob", () => {
  it("groups runs by job in the order first seen", () => {
    const runs = assetRuns([
      asset("a", { currentRun: run("job-2", "running"), lastRun: run("job-1") }),
      asset("b", { lastRun: run("job-1") }),
    ]);
    const jobs = runsByJob(runs);
    expect([...jobs.keys()]).toEqual(["job-2", "job-1"]);
    expect(jobs.get("job-1")?.map((linked) => linked.assetId)).toEqual(["a", "b"]);
  });
});
