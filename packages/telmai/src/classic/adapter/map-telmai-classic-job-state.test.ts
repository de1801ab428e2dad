import { describe, expect, it } from "vitest";
import { mapTelmaiClassicJobState } from "./map-telmai-classic-job-state.js";

describe("mapTelmaiClassicJobState", () => {
  it.each([
    ["PREPARING", "queued"],
    ["BATCH_WAIT", "queued"],
    ["IN_PROGRESS", "running"],
    ["FINISHED", "completed"],
    ["FAILED", "failed"],
    ["in_progress", "running"],
    [" FINISHED ", "completed"],
    ["CANCELLED", "unknown"],
    ["RETRYING", "unknown"],
    ["", "unknown"],
  ])("%j → %s", (word, state) => {
    expect(mapTelmaiClassicJobState(word)).toBe(state);
  });
});
