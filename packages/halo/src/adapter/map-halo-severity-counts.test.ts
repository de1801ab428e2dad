import { describe, expect, it } from "vitest";
import { haloSeverityCountGaps, mapHaloSeverityCounts } from "./map-halo-severity-counts.js";

const none = { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };

describe("mapHaloSeverityCounts", () => {
  it.each([
    ["5", "critical"],
    ["4", "high"],
    ["3", "medium"],
    ["2", "low"],
    ["1", "info"],
    ["0", "info"],
    ["6", "unknown"],
    ["x", "unknown"],
  ] as const)("maps level %s to %s", (level, severity) => {
    expect(mapHaloSeverityCounts({ [level]: 7 })).toEqual({ total: 7, bySeverity: { ...none, [severity]: 7 } });
  });

  it("adds levels 1 and 0 into info", () => {
    expect(mapHaloSeverityCounts({ "1": 2, "0": 3 })).toEqual({ total: 5, bySeverity: { ...none, info: 5 } });
  });

  it("maps the vendor page's example", () => {
    expect(mapHaloSeverityCounts({ "0": 10, "1": 10, "2": 10, "3": 10, "4": 10, "5": 10 })).toEqual({
      total: 60,
      bySeverity: { critical: 10, high: 10, medium: 10, low: 10, info: 20, unknown: 0 },
    });
  });

  it("gives no findings for missing counts", () => {
    expect(mapHaloSeverityCounts(undefined)).toEqual({ total: 0, bySeverity: none });
  });

  it("ignores negative and non-finite counts", () => {
    expect(mapHaloSeverityCounts({ "5": -1, "4": Number.NaN, "3": 1 })).toEqual({
      total: 1,
      bySeverity: { ...none, medium: 1 },
    });
  });
});

describe("haloSeverityCountGaps", () => {
  it.each([
    [{ "0": 1, "5": 0 }, []],
    [{}, []],
    [undefined, ["Halo sent no issue_severity_count"]],
    [null, ["Halo sent no issue_severity_count"]],
    [{ "5": -1, "4": 1.5, "3": 2 }, ["issue_severity_count of level 4, 5 is not a whole number from 0"]],
    [{ "2": Number.NaN }, ["issue_severity_count of level 2 is not a whole number from 0"]],
  ] as const)("%j → %j", (counts, gaps) => {
    expect(haloSeverityCountGaps(counts as Record<string, number> | undefined)).toEqual(gaps);
  });
});
