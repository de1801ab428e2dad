import { describe, expect, it } from "vitest";
import { mapProjectDiscoveryScanState } from "./map-projectdiscovery-scan-state.js";

describe("mapProjectDiscoveryScanState (DESIGN §1, one row each)", () => {
  it("queued → queued", () => {
    expect(mapProjectDiscoveryScanState("queued")).toEqual({ state: "queued" });
  });

  it("scheduled → queued", () => {
    expect(mapProjectDiscoveryScanState("scheduled")).toEqual({ state: "queued" });
  });

  it("starting → queued", () => {
    expect(mapProjectDiscoveryScanState("starting")).toEqual({ state: "queued" });
  });

  it("running → running", () => {
    expect(mapProjectDiscoveryScanState("running")).toEqual({ state: "running" });
  });

  it("finished → completed", () => {
    expect(mapProjectDiscoveryScanState("finished")).toEqual({ state: "completed" });
  });

  it("uploaded → completed", () => {
    expect(mapProjectDiscoveryScanState("uploaded")).toEqual({ state: "completed" });
  });

  it("failed → failed", () => {
    expect(mapProjectDiscoveryScanState("failed")).toEqual({ state: "failed" });
  });

  it("stopped → canceled", () => {
    expect(mapProjectDiscoveryScanState("stopped")).toEqual({ state: "canceled" });
  });

  it("a word it does not know → unknown, never an error", () => {
    expect(mapProjectDiscoveryScanState("paused")).toEqual({ state: "unknown" });
    expect(mapProjectDiscoveryScanState("")).toEqual({ state: "unknown" });
    expect(mapProjectDiscoveryScanState("failed_stopped")).toEqual({ state: "unknown" });
  });

  it("does not take inherited object keys for words", () => {
    expect(mapProjectDiscoveryScanState("constructor")).toEqual({ state: "unknown" });
    expect(mapProjectDiscoveryScanState("__proto__")).toEqual({ state: "unknown" });
  });

  it("reads words regardless of case and surrounding spaces", () => {
    expect(mapProjectDiscoveryScanState(" Running ")).toEqual({ state: "running" });
    expect(mapProjectDiscoveryScanState("FINISHED")).toEqual({ state: "completed" });
  });
});
