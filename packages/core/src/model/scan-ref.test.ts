import { describe, expect, it } from "vitest";
import { InvalidScanRefError } from "../errors/errors.js";
import { formatScanRef, parseScanRef, scanIdPathSegment } from "./scan-ref.js";

// Core knows no vendor: without a list any well-formed vendor word is taken; with one, aliases
// resolve and unknown words are refused naming the list (made-up vendors here).
const vendors = [
  { vendor: "acme", aliases: [] },
  { vendor: "globex-cloud", aliases: ["gx"] },
];
const known = "acme, globex-cloud (alias gx)";

describe("parseScanRef", () => {
  it("reads vendor:id with any well-formed vendor word when given no vendors", () => {
    expect(parseScanRef("acme:4651ba64-1f7b-4c1e-9a3d-2f4e2c1a0b9e")).toEqual({
      vendor: "acme",
      id: "4651ba64-1f7b-4c1e-9a3d-2f4e2c1a0b9e",
    });
    expect(parseScanRef("vendor-2:abc")).toEqual({ vendor: "vendor-2", id: "abc" });
    expect(parseScanRef("Acme:X1")).toEqual({ vendor: "acme", id: "X1" });
    expect(parseScanRef("gx:c2f1")).toEqual({ vendor: "gx", id: "c2f1" });
  });

  it("resolves aliases and any case of the vendor when given vendors", () => {
    expect(parseScanRef("gx:c2f1", { vendors })).toEqual({ vendor: "globex-cloud", id: "c2f1" });
    expect(parseScanRef("GX:c2f1", { vendors })).toEqual({ vendor: "globex-cloud", id: "c2f1" });
    expect(parseScanRef("Acme:X1", { vendors })).toEqual({ vendor: "acme", id: "X1" });
  });

  it("keeps colons in the id and trims spaces around it", () => {
    expect(parseScanRef("acme:a:b:c")).toEqual({ vendor: "acme", id: "a:b:c" });
    expect(parseScanRef(" acme: abc ", { vendors })).toEqual({ vendor: "acme", id: "abc" });
  });

  const malformed: Array<[string, typeof vendors | undefined, string]> = [
    ["", undefined, 'malformed scan ref "": expected <vendor>:<id>'],
    ["", vendors, `malformed scan ref "": expected <vendor>:<id> with vendor one of ${known}`],
    ["acme", vendors, `malformed scan ref "acme": expected <vendor>:<id> with vendor one of ${known}`],
    [":abc", undefined, 'malformed scan ref ":abc": expected <vendor>:<id>'],
    ["acme:", undefined, 'scan ref "acme:" has no scan id after "acme:"'],
    ["acme:   ", vendors, 'scan ref "acme: " has no scan id after "acme:"'],
    ["gx:", vendors, 'scan ref "gx:" has no scan id after "gx:"'],
    ["nope:abc", vendors, `unknown vendor "nope" in scan ref "nope:abc": expected one of ${known}`],
    ["acmee:abc", vendors, `unknown vendor "acmee" in scan ref "acmee:abc": expected one of ${known}`],
    ["so da:x", vendors, `unknown vendor "so da" in scan ref "so da:x": expected one of ${known}`],
    ["constructor:x", vendors, `unknown vendor "constructor" in scan ref "constructor:x": expected one of ${known}`],
    ["toString:x", vendors, `unknown vendor "toString" in scan ref "toString:x": expected one of ${known}`],
    ["acme\n\nline:x", vendors, `unknown vendor "acme line" in scan ref "acme line:x": expected one of ${known}`],
    [
      "so da:x",
      undefined,
      'malformed vendor "so da" in scan ref "so da:x": a vendor is a lowercase word (a-z, 0-9 and -, starting with a letter)',
    ],
    [
      "1acme:x",
      undefined,
      'malformed vendor "1acme" in scan ref "1acme:x": a vendor is a lowercase word (a-z, 0-9 and -, starting with a letter)',
    ],
    [
      "ac_me:x",
      undefined,
      'malformed vendor "ac_me" in scan ref "ac_me:x": a vendor is a lowercase word (a-z, 0-9 and -, starting with a letter)',
    ],
    ["acme:..", undefined, 'scan ref "acme:..": ".." is not a scan id (a path step, not a name)'],
    ["acme:.", vendors, 'scan ref "acme:.": "." is not a scan id (a path step, not a name)'],
    ["acme: .. ", undefined, 'scan ref "acme: .. ": ".." is not a scan id (a path step, not a name)'],
    [
      "acme:abc\ndef",
      undefined,
      'scan ref "acme:abc\\u000adef": the scan id holds a control character (abc\\u000adef)',
    ],
    ["gx:x\u001b[2Jy", vendors, 'scan ref "gx:x\\u001b[2Jy": the scan id holds a control character (x\\u001b[2Jy)'],
    ["acme:run\u202e1", undefined, 'scan ref "acme:run\\u202e1": the scan id holds a control character (run\\u202e1)'],
  ];
  for (const [text, known, message] of malformed) {
    it(`refuses ${JSON.stringify(text)}${known ? " among known vendors" : ""} with a one-line InvalidScanRefError`, () => {
      let caught: unknown;
      try {
        parseScanRef(text, known ? { vendors: known } : {});
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
    expect(formatScanRef({ vendor: "globex-cloud", id: "c2f1" })).toBe("globex-cloud:c2f1");
    for (const text of ["acme:1", "globex-cloud:a:b", "initech:x", "vendor-9:99"]) {
      expect(formatScanRef(parseScanRef(text))).toBe(text);
    }
  });
});
