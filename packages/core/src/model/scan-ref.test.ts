import { describe, expect, it } from "vitest";
import { InvalidScanRefError } from "../errors/errors.js";
import { formatScanRef, parseScanRef, scanIdPathSegment } from "./scan-ref.js";

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
    ["soda:..", 'scan ref "soda:..": ".." is not a scan id (a path step, not a name)'],
    ["soda:.", 'scan ref "soda:.": "." is not a scan id (a path step, not a name)'],
    ["halo: .. ", 'scan ref "halo: .. ": ".." is not a scan id (a path step, not a name)'],
    ["soda:abc\ndef", 'scan ref "soda:abc\\u000adef": the scan id holds a control character (abc\\u000adef)'],
    ["pd:x\u001b[2Jy", 'scan ref "pd:x\\u001b[2Jy": the scan id holds a control character (x\\u001b[2Jy)'],
    ["telmai:run\u202e1", 'scan ref "telmai:run\\u202e1": the scan id holds a control character (run\\u202e1)'],
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

describe("scanIdPathSegment", () => {
  it("encodes an id as one path segment", () => {
    expect(scanIdPathSegment("a/b?c#d%e f")).toBe("a%2Fb%3Fc%23d%25e%20f");
    expect(scanIdPathSegment("...")).toBe("...");
    expect(scanIdPathSegment("4651ba64-1f7b")).toBe("4651ba64-1f7b");
  });
  it("refuses the ids that would move the request elsewhere, before any request", () => {
    for (const id of [".", "..", "", "  ", "a\nb", "a\u0000"]) {
      expect(() => scanIdPathSegment(id)).toThrow(InvalidScanRefError);
    }
  });
});

describe("formatScanRef", () => {
  it("writes vendor:id, and round-trips through parseScanRef", () => {
    expect(formatScanRef({ vendor: "projectdiscovery", id: "c2f1" })).toBe("projectdiscovery:c2f1");
    for (const text of ["soda:1", "projectdiscovery:a:b", "telmai:x", "halo:99"]) {
      expect(formatScanRef(parseScanRef(text))).toBe(text);
    }
  });
});
