import { describe, expect, it } from "vitest";
import { mapSodaScanState } from "./map-soda-scan-state.js";

describe("mapSodaScanState", () => {
  it.each([
    ["queuing", { state: "queued" }],
    ["executing", { state: "running" }],
    ["started", { state: "running" }],
    ["cancelationRequested", { state: "canceling" }],
    ["timeOutRequested", { state: "canceling" }],
    ["canceled", { state: "canceled" }],
    ["timedOut", { state: "timed_out" }],
    ["failed", { state: "failed" }],
    ["completed", { state: "completed", verdict: "pass" }],
    ["completedWithWarnings", { state: "completed", verdict: "warn" }],
    ["completedWithFailures", { state: "completed", verdict: "fail" }],
    ["completedWithErrors", { state: "completed", verdict: "error" }],
    // Only the cancel doc uses these two: a cancel makes `pending` canceled at once, `submitted`
    // cancelationRequested (waiting for the runner, which has the scan).
    ["pending", { state: "queued" }],
    ["submitted", { state: "running" }],
  ])("maps %s", (word, expected) => {
    expect(mapSodaScanState(word)).toEqual(expected);
  });

  it.each([
    ["a word this version does not know", "paused"],
    ["a word in another case", "COMPLETED"],
    ["an empty word", ""],
    ["a name on Object's prototype", "constructor"],
  ])("sends %s to unknown without throwing", (_, word) => {
    expect(mapSodaScanState(word)).toEqual({ state: "unknown" });
  });
});
