import type { $ZodType } from "zod/v4/core";
import { safeParse } from "zod/v4/core";
import { compileCheck, type FastCheck } from "./compile-check.js";

export type Schema<T = unknown> = $ZodType<T>;

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; field: string; problem: string };

/** Each schema's yes/no check, built once; null where zod must decide. */
const fastChecks = new WeakMap<Schema, FastCheck | null>();

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  // `1e400` parses to Infinity: a number, but none a scan can have ("expected number, got number" says nothing).
  if (typeof value === "number" && !Number.isFinite(value)) {
    return Number.isNaN(value) ? "NaN" : "a number too large to hold (1e400 and beyond read as Infinity)";
  }
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Checks `data` against `schema` and, on failure, names the first offending field (e.g.
 * `list.0.scan_id`). On success it returns `data` itself, not zod's copy: every field the vendor
 * sent stays (so a plain `z.object` checks without a loose object's cost of copying the rest), and
 * nothing is copied twice. Schemas given here must only check: transforms and defaults are not applied.
 */
export function validate<T>(schema: Schema<T>, data: unknown): ValidationResult<T> {
  let fast = fastChecks.get(schema);
  if (fast === undefined) {
    fast = compileCheck(schema) ?? null;
    fastChecks.set(schema, fast);
  }
  if (fast?.(data)) return { ok: true, data: data as T };
  const result = safeParse(schema, data);
  if (result.success) return { ok: true, data: data as T };
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.length > 0 ? path.map(String).join(".") : "(body)";
  const actual = valueAt(data, path);
  let problem: string;
  if (issue?.code === "invalid_type") {
    problem =
      actual === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(actual)}`;
  } else if (issue?.code === "custom") {
    // A custom check's message says what it expects ("expected number or string").
    problem = actual === undefined ? `missing (${issue.message})` : `${issue.message}, got ${describeValue(actual)}`;
  } else if (issue?.code === "invalid_value") {
    problem = "not one of the allowed values";
  } else {
    problem = issue?.code ? issue.code.replace(/_/g, " ") : "invalid";
  }
  return { ok: false, field, problem };
}
