import { describe, expect, it } from "vitest";
import type { TelmaiLinkedRun } from "./asset-runs.js";
import { endingOfRuns } from "./ending-of-runs.js";

const runs = (...statuses: string[]): TelmaiLinkedRun[] =>
  statuses.map((status, index) => ({ assetId: `asset-${index}`, run: { jobId: "job-1", status } }));

describe("endingOfRuns", () => {
  it.each([
    [["running"], "running"],
    [["completed", "running"], "running"],
    [["failed", "running"], "running"],
    [["mystery", "running"], "running"],
    [["completed"], "finished"],
    [["completed", "partial_failure"], "finished"],
    [[" Partial_Failure "], "finished"],
    [["completed", "failed"], "unsure"],
    [["failed"], "unsure"],
    [["completed", "mystery"], "unsure"],
    [["idle"], "unsure"],
    [[], "unsure"],
  ])("runs %j → %s", (statuses, ending) => {
    expect(endingOfRuns(runs(...statuses))).toBe(ending);
  });
});
