import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxPosition } from "./json-syntax-position.js";

describe("jsonSyntaxPosition", () => {
  it("is undefined for valid JSON", () => {
    for (const text of [
      '{"env":{"A":"b"}}',
      "[]",
      "{}",
      " 1 ",
      '[1,-2.5e3,true,false,null,"\\u00e9\\n"]',
      "[[[[]]]]",
    ]) {
      expect(jsonSyntaxPosition(text)).toBeUndefined();
    }
  });
  it("names the line and column of the first mistake", () => {
    expect(jsonSyntaxPosition('{\n  "env": {\n    "HALO_API_KEY": "s3cret",\n  }\n}')).toEqual({
      line: 4,
      column: 3,
      offset: 45,
    });
    expect(jsonSyntaxPosition('{"a": s3cret}')).toEqual({ line: 1, column: 7, offset: 6 });
    expect(jsonSyntaxPosition('{"a": 1} x')).toEqual({ line: 1, column: 10, offset: 9 });
    expect(jsonSyntaxPosition('{"a": "open')).toEqual({ line: 1, column: 12, offset: 11 });
    expect(jsonSyntaxPosition("")).toEqual({ line: 1, column: 1, offset: 0 });
  });
  it("handles nesting far deeper than a recursive parser could", () => {
    expect(jsonSyntaxPosition(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeUndefined();
  });
  it("agrees with JSON.parse on what is valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 30 })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxPosition(text) === undefined).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
