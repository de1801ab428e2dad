import { describe, expect, it } from "vitest";
import { InvalidScanRefError } from "../errors/errors.js";
import { formatScanRef, parseScanRef } from "./scan-ref.js";

describe("parseScanRef", () => {
  it("reads vendor:id for every vendor", () => {
    expect(parseScanRef("soda:4651ba64-1f7b-4c1e-9a3d-2f4e2c1a0b9e")).toEqual({
      vendor: "soda",
      id: "4651ba64-1f7b-4c1e-9a3d-2f4e2c1a0b9e",
    });
    expect(parseScanRef("projectdiscovery:abc")).toEqual({ vendor: "projectdiscovery", id: "abc" });
    expect(parseScanRef("telmai:run-1")).toEqual({ vendor: "telmai", id: "run-1" });
    expect(parseScanRef("halo:12345")).toEqual({ vendor: "halo", id: "12345" });
  });

  it("accepts the pd alias and any case of the vendor", () => {
    expect(parseScanRef("pd:c2f1")).toEqual({ vendor: "projectdiscovery", id: "c2f1" });
    expect(parseScanRef("PD:c2f1")).toEqual({ vendor: "projectdiscovery", id: "c2f1" });
    expect(parseScanRef("Soda:X1")).toEqual({ vendor: "soda", id: "X1" });
  });

  it("keeps colons in the id and trims spaces around it", () => {
    expect(parseScanRef("halo:a:b:c")).toEqual({ vendor: "halo", id: "a:b:c" });
    expect(parseScanRef(" soda: abc ")).toEqual({ vendor: "soda", id: "abc" });
  });

  const malformed: Array<[string, string]> = [
    [
      "",
      'malformed scan ref "": expected <vendor>:<id> with vendor one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "soda",
      'malformed scan ref "soda": expected <vendor>:<id> with vendor one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      ":abc",
      'malformed scan ref ":abc": expected <vendor>:<id> with vendor one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    ["soda:", 'scan ref "soda:" has no scan id after "soda:"'],
    ["soda:   ", 'scan ref "soda: " has no scan id after "soda:"'],
    ["pd:", 'scan ref "pd:" has no scan id after "pd:"'],
    [
      "nope:abc",
      'unknown vendor "nope" in scan ref "nope:abc": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "sodaa:abc",
      'unknown vendor "sodaa" in scan ref "sodaa:abc": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "so da:x",
      'unknown vendor "so da" in scan ref "so da:x": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "constructor:x",
      'unknown vendor "constructor" in scan ref "constructor:x": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "toString:x",
      'unknown vendor "toString" in scan ref "toString:x": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "soda\n\nline:x",
      'unknown vendor "soda line" in scan ref "soda line:x": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
  ];
  for (const [text, message] of malformed) {
    it(`refuses ${JSON.stringify(text)} with a one-line InvalidScanRefError`, () => {
      let caught: unknown;
      try {
        parseScanRef(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidScanRefError);
      expect(InvalidScanRefError.isInstance(caught)).toBe(true);
      expect((caught as InvalidScanRefError).code).toBe("invalid_ref");
      expect((caught as Error).message).toBe(message);
    });
  }
});

describe("formatScanRef", () => {
  it("writes vendor:id, and round-trips through parseScanRef", () => {
    expect(formatScanRef({ vendor: "projectdiscovery", id: "c2f1" })).toBe("projectdiscovery:c2f1");
    for (const text of ["soda:1", "projectdiscovery:a:b", "telmai:x", "halo:99"]) {
      expect(formatScanRef(parseScanRef(text))).toBe(text);
    }
  });
});
