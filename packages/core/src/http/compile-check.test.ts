import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { safeParse } from "zod/v4/core";
import { compileCheck } from "./compile-check.js";

const idLike = z.custom<string | number>((value) => typeof value === "string" || typeof value === "number");

// The kinds of schema the vendor packages write, nested as they nest them.
const schemas = {
  string: z.string(),
  number: z.number(),
  "optional nullable string": z.optional(z.nullable(z.string())),
  "array of numbers": z.array(z.number()),
  custom: idLike,
  "object with optional and unknown fields": z.object({
    id: z.string(),
    progress: z.optional(z.number()),
    severity: z.optional(z.nullable(z.unknown())),
    raw: z.unknown(),
  }),
  "object with a catchall": z.catchall(z.object({ total: z.optional(z.number()) }), z.number()),
  "list envelope": z.object({
    list: z.array(z.object({ scan_id: idLike, status_display: z.optional(z.string()), date: z.nullable(z.string()) })),
    pagination: z.optional(z.object({ total: z.number(), start: z.number() })),
  }),
};

const values = fc.oneof(
  fc.jsonValue(),
  fc.record({ id: fc.oneof(fc.string(), fc.integer()), progress: fc.option(fc.double(), { nil: undefined }) }),
  fc.record({
    list: fc.array(
      fc.record({ scan_id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), date: fc.option(fc.string()) }),
    ),
  }),
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, [], {}),
);

describe("compileCheck", () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`answers exactly as zod does: ${name}`, () => {
      const check = compileCheck(schema);
      expect(check).toBeTypeOf("function");
      fc.assert(
        fc.property(values, (value) => check!(value) === safeParse(schema, value).success),
        { numRuns: 500, seed: 20_261_123 },
      );
    });
  }

  it("leaves to zod what it does not know (refinements, enums, coercion)", () => {
    expect(compileCheck(z.string().check(z.minLength(2)))).toBeUndefined();
    expect(compileCheck(z.enum(["a", "b"]))).toBeUndefined();
    expect(compileCheck(z.object({ word: z.enum(["a"]) }))).toBeUndefined();
    expect(compileCheck(z.strictObject({ a: z.string() }))).toBeUndefined();
  });

  it("refuses an explicit undefined for a required field, as zod does", () => {
    const schema = z.object({ id: z.string() });
    expect(compileCheck(schema)!({ id: undefined })).toBe(false);
    expect(compileCheck(schema)!({})).toBe(false);
    expect(safeParse(schema, { id: undefined }).success).toBe(false);
  });
});
