import { describe, expect, it } from "vitest";
import { mapProjectDiscoveryFindings } from "./map-projectdiscovery-findings.js";

describe("mapProjectDiscoveryFindings", () => {
  it("counts each severity of the severity object and totals them", () => {
    expect(mapProjectDiscoveryFindings({ critical: 1, high: 2, medium: 3, low: 4, info: 5 }, 15)).toEqual({
      total: 15,
      bySeverity: { critical: 1, high: 2, medium: 3, low: 4, info: 5, unknown: 0 },
    });
  });

  it("puts names outside the five severities under unknown", () => {
    expect(mapProjectDiscoveryFindings({ high: 1, unknown: 2, exotic: 3 })).toEqual({
      total: 6,
      bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0, unknown: 5 },
    });
  });

  it("reads names regardless of case; skips values that are not counts", () => {
    expect(
      mapProjectDiscoveryFindings({ Critical: 2, " HIGH ": 1, medium: null, low: -1, info: "3", x: {}, unknown: 1.5 }),
    ).toEqual({
      total: 3,
      bySeverity: { critical: 2, high: 1, medium: 0, low: 0, info: 0, unknown: 0 },
    });
  });

  it("an empty severity object means no findings", () => {
    expect(mapProjectDiscoveryFindings({}, 0)).toEqual({
      total: 0,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 },
    });
  });

  it("falls back to total_result, of unknown severity, when there is no severity object", () => {
    expect(mapProjectDiscoveryFindings(undefined, 7)).toEqual({
      total: 7,
      bySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 7 },
    });
    expect(mapProjectDiscoveryFindings('{"high":1}', 2)?.bySeverity.unknown).toBe(2);
    expect(mapProjectDiscoveryFindings([1, 2], 1)?.bySeverity.unknown).toBe(1);
  });

  it("is undefined when the scan says nothing about findings", () => {
    expect(mapProjectDiscoveryFindings(undefined, undefined)).toBeUndefined();
    expect(mapProjectDiscoveryFindings(null, null)).toBeUndefined();
  });
});
