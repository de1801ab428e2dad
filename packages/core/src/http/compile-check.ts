import type { $ZodType } from "zod/v4/core";

/** A check that only answers yes or no, allocating nothing. */
export type FastCheck = (value: unknown) => boolean;

// The parts of a zod definition read here (zod/mini's `_zod.def`).
interface Definition {
  type: string;
  checks?: unknown[];
  coerce?: boolean;
  fn?: (value: unknown) => unknown;
  innerType?: $ZodType;
  element?: $ZodType;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
}

const definitionOf = (schema: $ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;
const isOptionalKey = (schema: $ZodType) =>
  (schema as unknown as { _zod: { optin?: string } })._zod.optin === "optional";

/**
 * Builds, once per schema, a yes/no check with zod's own rules for the kinds vendor schemas use
 * (object, array, optional, nullable, string, finite number, unknown, custom). Anything else is
 * undefined: zod decides. Zod parses by building a copy of every checked value; on a 10 000-scan
 * list that copy was most of the cost. A "no" still goes through zod, for the field and the problem.
 */
export function compileCheck(schema: $ZodType): FastCheck | undefined {
  const definition = definitionOf(schema);
  const checks = definition.checks ?? [];
  if (definition.coerce || (definition.type !== "custom" && checks.length > 0)) return undefined;
  switch (definition.type) {
    case "string":
      return (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value);
    case "unknown":
      return () => true;
    case "custom": {
      const fn = definition.fn;
      return fn && checks.length <= 1 ? (value) => fn(value) === true : undefined;
    }
    case "optional":
    case "nullable": {
      const inner = definition.innerType && compileCheck(definition.innerType);
      const empty = definition.type === "optional" ? undefined : null;
      return inner && ((value) => value === empty || inner(value));
    }
    case "array": {
      const element = definition.element && compileCheck(definition.element);
      return (
        element &&
        ((value) => {
          if (!Array.isArray(value)) return false;
          for (const item of value) if (!element(item)) return false;
          return true;
        })
      );
    }
    case "object":
      return compileObjectCheck(definition);
    default:
      return undefined;
  }
}

function compileObjectCheck(definition: Definition): FastCheck | undefined {
  const shape = definition.shape ?? {};
  const keys = Object.keys(shape);
  const fields: FastCheck[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const field = compileCheck(shape[key]!);
    if (!field) return undefined;
    fields.push(field);
    optional.push(isOptionalKey(shape[key]!));
  }
  let catchall: FastCheck | undefined;
  if (definition.catchall) {
    if (definitionOf(definition.catchall).type === "never") return undefined;
    catchall = compileCheck(definition.catchall);
    if (!catchall) return undefined;
  }
  const known = new Set(keys);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const field = record[key];
      if (field === undefined && !(key in record)) {
        if (!optional[index]) return false;
        continue;
      }
      if (!fields[index]!(field)) return false;
    }
    if (catchall) for (const key in record) if (!known.has(key) && !catchall(record[key])) return false;
    return true;
  };
}
