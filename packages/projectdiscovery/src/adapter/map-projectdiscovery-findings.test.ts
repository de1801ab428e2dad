import { describe, expect, it } from "vitest";
import { mapProjectDiscoveryFindings, readProjectDiscoveryCount } from "./map-projectdiscovery-findings.js";

const counts = (bySeverity: Partial<Record<string, number>>) => ({
  critical: 0,
  high: 0,
  medium: 0,
  low: 0,
  info: 0,
  unknown: 0,
  ...bySeverity,
});

describe("readProjectDiscoveryCount", () => {
  it.each([
    [0, 0],
    [7, 7],
    ["2", 2],
    [" 12 ", 12],
    ["0", 0],
  ])("reads %j as %d", (value, count) => {
    expect(readProjectDiscoveryCount(value)).toBe(count);
  });
  it.each([
    [1.5],
    [-1],
    ["-1"],
    ["1.5"],
    ["abc"],
    [""],
    ["2e3"],
    [null],
    [{}],
    [[]],
    [true],
    [Number.NaN],
    [2 ** 60],
    ["99999999999999999999"],
  ])("refuses %j", (value) => {
    expect(readProjectDiscoveryCount(value)).toBeUndefined();
  });
});

describe("mapProjectDiscoveryFindings", () => {
  it("counts each severity of the breakdown: complete severity-counts evidence", () => {
    expect(mapProjectDiscoveryFindings({ critical: 1, high: 2, medium: 3, low: 4, info: 5 }, 15)).toEqual({
      findings: { total: 15, bySeverity: counts({ critical: 1, high: 2, medium: 3, low: 4, info: 5 }) },
      evidence: { sources: ["severity-counts"], complete: true },
    });
  });

  it("reads numeric strings, as the 2023 spec typed the counts (string or integer)", () => {
    expect(mapProjectDiscoveryFindings({ critical: "2", high: "1" }, 3)).toEqual({
      findings: { total: 3, bySeverity: counts({ critical: 2, high: 1 }) },
      evidence: { sources: ["severity-counts"], complete: true },
    });
  });

  it("puts names outside the five severities (the 2023 spec's `unknown` included) under unknown", () => {
    expect(mapProjectDiscoveryFindings({ high: 1, unknown: 2, exotic: 3 }, 6)).toEqual({
      findings: { total: 6, bySeverity: counts({ high: 1, unknown: 5 }) },
      evidence: { sources: ["severity-counts"], complete: true },
    });
  });

  it("marks the breakdown incomplete for each value that is not a count, naming the field — never 0", () => {
    const { findings, evidence } = mapProjectDiscoveryFindings({
      Critical: 2,
      " HIGH ": 1,
      medium: null,
      low: -1,
      info: "abc",
      x: {},
      unknown: 1.5,
    });
    expect(findings).toEqual({ total: 3, bySeverity: counts({ critical: 2, high: 1 }) });
    expect(evidence).toEqual({
      sources: ["severity-counts"],
      complete: false,
      gaps: [
        "severity.medium is null, not a count",
        "severity.low is -1, not a count",
        'severity.info is "abc", not a count',
        "severity.x is an object, not a count",
        "severity.unknown is 1.5, not a count",
      ],
    });
  });

  it("counts total_result above the breakdown's sum as findings of unknown severity", () => {
    expect(mapProjectDiscoveryFindings({ low: 1, info: 2 }, 7)).toEqual({
      findings: { total: 7, bySeverity: counts({ low: 1, info: 2, unknown: 4 }) },
      evidence: {
        sources: ["severity-counts"],
        complete: false,
        gaps: ["total_result 7 is above the severity counts' sum 3: 4 of unknown severity"],
      },
    });
  });

  it("keeps the breakdown when total_result is below it, and says so", () => {
    const { findings, evidence } = mapProjectDiscoveryFindings({ high: 3 }, 1);
    expect(findings).toEqual({ total: 3, bySeverity: counts({ high: 3 }) });
    expect(evidence).toEqual({
      sources: ["severity-counts"],
      complete: false,
      gaps: ["total_result 1 is below the severity counts' sum 3"],
    });
  });

  it("with an empty or missing breakdown, total_result alone: all of unknown severity (total-only)", () => {
    for (const severity of [{}, undefined, null]) {
      expect(mapProjectDiscoveryFindings(severity, 7)).toEqual({
        findings: { total: 7, bySeverity: counts({ unknown: 7 }) },
        evidence: { sources: ["total-only"], complete: true },
      });
    }
    expect(mapProjectDiscoveryFindings({}, 0)).toEqual({
      findings: { total: 0, bySeverity: counts({}) },
      evidence: { sources: ["total-only"], complete: true },
    });
  });

  it("a severity that is not an object: total_result alone, and a gap", () => {
    expect(mapProjectDiscoveryFindings('{"high":1}', 2)).toEqual({
      findings: { total: 2, bySeverity: counts({ unknown: 2 }) },
      evidence: {
        sources: ["total-only"],
        complete: false,
        gaps: ['severity is "{\\"high\\":1}", not counts by severity'],
      },
    });
    expect(mapProjectDiscoveryFindings([1, 2], 1).evidence.gaps).toEqual([
      "severity is an array, not counts by severity",
    ]);
  });

  it("a total_result that is not a count leaves the breakdown incomplete", () => {
    expect(mapProjectDiscoveryFindings({ low: 1 }, 2.5)).toEqual({
      findings: { total: 1, bySeverity: counts({ low: 1 }) },
      evidence: { sources: ["severity-counts"], complete: false, gaps: ["total_result is 2.5, not a count"] },
    });
    expect(mapProjectDiscoveryFindings({ low: 1 }, "4").findings?.bySeverity.unknown).toBe(3);
  });

  it("nothing readable: no findings and no evidence (no verdict), never zero findings", () => {
    expect(mapProjectDiscoveryFindings(undefined, undefined)).toEqual({
      evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] },
    });
    expect(mapProjectDiscoveryFindings({}, null).findings).toBeUndefined();
    expect(mapProjectDiscoveryFindings({ critical: "lots" }, "many")).toEqual({
      evidence: {
        sources: [],
        complete: false,
        gaps: [
          'severity.critical is "lots", not a count',
          'total_result is "many", not a count',
          "no readable severity count or total_result",
        ],
      },
    });
  });

  it("ignores names on Object's prototype it did not get", () => {
    const severity = JSON.parse('{"__proto__": 3, "constructor": 1}');
    expect(mapProjectDiscoveryFindings(severity, 4).findings?.bySeverity).toEqual(counts({ unknown: 4 }));
  });
});
