import { describe, expect, it } from "vitest";
import { mapTelmaiRunStatus } from "./map-telmai-run-status.js";

describe("mapTelmaiRunStatus", () => {
  it("running → running", () => expect(mapTelmaiRunStatus("running")).toEqual({ state: "running" }));
  it("completed → completed/pass", () =>
    expect(mapTelmaiRunStatus("completed")).toEqual({ state: "completed", verdict: "pass" }));
  it("partial_failure → completed/warn", () =>
    expect(mapTelmaiRunStatus("partial_failure")).toEqual({ state: "completed", verdict: "warn" }));
  it("failed → completed/fail", () =>
    expect(mapTelmaiRunStatus("failed")).toEqual({ state: "completed", verdict: "fail" }));
  it("idle (an asset word, never a run's) → unknown", () =>
    expect(mapTelmaiRunStatus("idle")).toEqual({ state: "unknown" }));
  it("an unknown word → unknown", () => expect(mapTelmaiRunStatus("throttled")).toEqual({ state: "unknown" }));
  it.each([
    [" Completed ", { state: "completed", verdict: "pass" }],
    ["FAILED", { state: "completed", verdict: "fail" }],
    ["Partial_Failure", { state: "completed", verdict: "warn" }],
    ["\trunning\n", { state: "running" }],
  ] as const)("reads %j in any case and spacing", (word, mapping) => expect(mapTelmaiRunStatus(word)).toEqual(mapping));
});
