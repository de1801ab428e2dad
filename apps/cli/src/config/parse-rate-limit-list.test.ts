import { describe, expect, it } from "vitest";
import { parseRateLimitEntry, parseRateLimitList } from "./parse-rate-limit-list.js";

const fail = (problem: string): never => {
  throw new Error(problem);
};

const problemOf = (text: string): string => {
  try {
    parseRateLimitList(text, fail);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected a problem with ${text}`);
};

describe("parseRateLimitEntry", () => {
  it("reads VENDOR.CLASS=REQUESTS/SECONDS into requests and a window in ms", () => {
    expect(parseRateLimitEntry("halo.read=120/60", fail)).toEqual({
      vendor: "halo",
      rateClass: "read",
      requests: 120,
      windowMs: 60_000,
    });
  });

  it("takes the pd alias, spaces around the entry and fractional seconds", () => {
    expect(parseRateLimitEntry(" pd.write=5/0.5 ", fail)).toEqual({
      vendor: "projectdiscovery",
      rateClass: "write",
      requests: 5,
      windowMs: 500,
    });
  });
});

describe("parseRateLimitList", () => {
  it("reads a comma-separated list in order, skipping empty entries", () => {
    expect(parseRateLimitList("halo.read=120/60,,projectdiscovery.write=5/60, soda.logs=30/60,", fail)).toEqual([
      { vendor: "halo", rateClass: "read", requests: 120, windowMs: 60_000 },
      { vendor: "projectdiscovery", rateClass: "write", requests: 5, windowMs: 60_000 },
      { vendor: "soda", rateClass: "logs", requests: 30, windowMs: 60_000 },
    ]);
  });

  it("an empty text is no override", () => {
    expect(parseRateLimitList("", fail)).toEqual([]);
    expect(parseRateLimitList(" , ", fail)).toEqual([]);
  });

  const cases: Array<[string, string, string]> = [
    ["no class", "halo=120/60", '"halo=120/60" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)'],
    ["no window", "halo.read=120", '"halo.read=120" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)'],
    ["a colon", "halo.read:120/60", '"halo.read:120/60" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)'],
    [
      "an unknown vendor",
      "snyk.read=1/60",
      '"snyk.read=1/60": unknown vendor "snyk" (known: soda, projectdiscovery, telmai, halo; alias pd)',
    ],
    ["an unknown class", "halo.reads=1/60", '"halo.reads=1/60": halo has no rate class "reads" (known: read, write)'],
    [
      "another vendor's class",
      "telmai.write=1/60",
      '"telmai.write=1/60": telmai has no rate class "write" (known: trigger, read)',
    ],
    ["zero requests", "halo.read=0/60", '"halo.read=0/60": requests must be a whole number of at least 1'],
    ["negative requests", "halo.read=-5/60", '"halo.read=-5/60": requests must be a whole number of at least 1'],
    ["fractional requests", "halo.read=1.5/60", '"halo.read=1.5/60": requests must be a whole number of at least 1'],
    ["missing requests", "halo.read=/60", '"halo.read=/60": requests must be a whole number of at least 1'],
    ["zero seconds", "halo.read=10/0", '"halo.read=10/0": seconds must be a positive number'],
    ["negative seconds", "halo.read=10/-60", '"halo.read=10/-60": seconds must be a positive number'],
    ["words for seconds", "halo.read=10/minute", '"halo.read=10/minute": seconds must be a positive number'],
  ];
  for (const [name, text, problem] of cases) {
    it(`${name}: ${problem}`, () => {
      expect(problemOf(text)).toBe(problem);
    });
  }

  it("the first bad entry of a list is the one named", () => {
    expect(problemOf("halo.read=120/60,halo.write=0/60,halo.nope=1/1")).toBe(
      '"halo.write=0/60": requests must be a whole number of at least 1',
    );
  });
});
