import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { validate } from "./validate.js";

const schema = z.object({
  id: z.string(),
  list: z.array(z.object({ scan_id: z.number(), state: z.enum(["a", "b"]) })),
});

describe("validate", () => {
  it("returns the data itself when it fits, with the fields the schema does not name", () => {
    const data = { id: "x", list: [{ scan_id: 1, state: "a", more: [1] }], extra: true };
    const result = validate(schema, data);
    expect(result).toEqual({ ok: true, data: { id: "x", list: [{ scan_id: 1, state: "a", more: [1] }], extra: true } });
    expect(result.ok && result.data).toBe(data);
  });
  it("names a missing field and its expected type", () => {
    expect(validate(schema, { list: [] })).toEqual({ ok: false, field: "id", problem: "missing (expected string)" });
  });
  it("names a nested field of the wrong type", () => {
    expect(validate(schema, { id: "x", list: [{ scan_id: "7", state: "a" }] })).toEqual({
      ok: false,
      field: "list.0.scan_id",
      problem: "expected number, got string",
    });
    expect(validate(schema, { id: null, list: [] })).toEqual({
      ok: false,
      field: "id",
      problem: "expected string, got null",
    });
    expect(validate(schema, { id: "x", list: {} })).toEqual({
      ok: false,
      field: "list",
      problem: "expected array, got object",
    });
  });
  it('says a number too large to hold (1e400 reads as Infinity), not "expected number, got number"', () => {
    expect(validate(schema, JSON.parse('{"id":"x","list":[{"scan_id":1e400,"state":"a"}]}'))).toEqual({
      ok: false,
      field: "list.0.scan_id",
      problem: "expected number, got a number too large to hold (1e400 and beyond read as Infinity)",
    });
  });
  it("names a value outside an enum", () => {
    expect(validate(schema, { id: "x", list: [{ scan_id: 1, state: "c" }] })).toEqual({
      ok: false,
      field: "list.0.state",
      problem: "not one of the allowed values",
    });
  });
  it("says what a custom check expects", () => {
    const numberOrString = z.custom<number | string>(
      (value) => typeof value === "number" || typeof value === "string",
      "expected number or string",
    );
    const custom = z.object({ id: numberOrString });
    expect(validate(custom, { id: 7 })).toEqual({ ok: true, data: { id: 7 } });
    expect(validate(custom, { id: [7] })).toEqual({
      ok: false,
      field: "id",
      problem: "expected number or string, got array",
    });
    expect(validate(custom, {})).toEqual({ ok: false, field: "id", problem: "missing (expected number or string)" });
  });

  it("names the body itself when it is not an object", () => {
    expect(validate(schema, [1, 2])).toEqual({ ok: false, field: "(body)", problem: "expected object, got array" });
  });
});
