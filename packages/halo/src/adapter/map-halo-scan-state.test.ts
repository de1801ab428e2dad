import { describe, expect, it } from "vitest";
import { mapHaloFinishedWord, mapHaloListedWord, mapHaloScanState } from "./map-halo-scan-state.js";

describe("mapHaloScanState", () => {
  it.each([
    ["Queued", "queued"],
    ["Pending", "queued"],
    ["Waiting for scanner", "queued"],
    ["Server - Running", "running"],
    ["Web - Running", "running"],
    ["Canceling", "canceling"],
    ["Stopping", "canceling"],
    // Listed in progress is Halo's own word that the scan is not finished.
    ["Report - Generating", "running"],
  ] as const)("in progress with %s → %s, word kept verbatim", (statusDisplay, state) => {
    expect(mapHaloScanState({ listedInProgress: true, statusDisplay })).toEqual({ state, vendorState: statusDisplay });
  });

  it("in progress without status_display → running, 'in progress'", () => {
    expect(mapHaloScanState({ listedInProgress: true, statusDisplay: null })).toEqual({
      state: "running",
      vendorState: "in progress",
    });
  });

  it("in progress after this adapter sent a cancel → canceling", () => {
    expect(
      mapHaloScanState({ listedInProgress: true, statusDisplay: "Web - Running", cancelRequestedHere: true }),
    ).toEqual({
      state: "canceling",
      vendorState: "Web - Running",
    });
  });

  it("not in progress (found by get.json) → completed", () => {
    expect(mapHaloScanState({ listedInProgress: false })).toEqual({
      state: "completed",
      vendorState: "not in progress",
    });
  });

  it("not in progress after this adapter canceled it → canceled", () => {
    expect(mapHaloScanState({ listedInProgress: false, cancelRequestedHere: true })).toEqual({
      state: "canceled",
      vendorState: "not in progress",
    });
  });
});

describe("mapHaloListedWord", () => {
  it.each([
    ["Queued", "queued", "Queued"],
    ["Stopping", "canceling", "Stopping"],
    ["Web - Running", "running", "Web - Running"],
    ["  ", "running", "in progress"],
  ] as const)("%j → %s, as mapHaloScanState says", (word, state, vendorState) => {
    expect(mapHaloListedWord(word)).toEqual({ state, vendorState });
  });

  it("reads a word once and answers the same mapping after", () => {
    expect(mapHaloListedWord("Pending")).toBe(mapHaloListedWord("Pending"));
  });

  it("stays right past the words it keeps", () => {
    for (let index = 0; index < 200; index++) {
      expect(mapHaloListedWord(`Web - Running ${index}`)).toEqual({
        state: "running",
        vendorState: `Web - Running ${index}`,
      });
    }
    expect(mapHaloListedWord("Waiting for scanner")).toEqual({ state: "queued", vendorState: "Waiting for scanner" });
  });
});

describe("mapHaloFinishedWord (a status_display on get.json, undocumented: read if present)", () => {
  it.each([
    ["Canceled", "canceled"],
    ["Cancelled by user", "canceled"],
    ["Aborted", "canceled"],
    ["Stopped", "canceled"],
    ["Canceling", "canceling"],
    ["Stopping", "canceling"],
    ["Failed", "failed"],
    ["Scan Error", "failed"],
    ["Queued", "queued"],
    ["Web - Running", "running"],
  ] as const)("%s → %s, word kept verbatim", (word, state) => {
    expect(mapHaloFinishedWord(word)).toEqual({ state, vendorState: word });
  });

  it.each([["Complete"], ["Finished"], ["Report ready"], [" "], [null], [undefined]])(
    "%j decides nothing: the events do (a word alone never gives a verdict)",
    (word) => {
      expect(mapHaloFinishedWord(word)).toBeUndefined();
    },
  );
});
