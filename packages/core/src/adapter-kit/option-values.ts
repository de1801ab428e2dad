import type { ScanstatError, ScanstatErrorOptions } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import type { VendorOptionSpec } from "./vendor-manifest.js";

/** One option's value once read: a `repeatable` option gives a list of them. */
export type OptionValue = string | number | boolean;

export interface OptionValuesContext {
  vendor: VendorId;
  operation: string;
  /** What an option is called in messages: `trigger option`, `list filter`. */
  noun: string;
  /** The error a bad value is: the caller's request (InvalidRequestError) or its settings (ConfigError). */
  fail(message: string, options: ScanstatErrorOptions): ScanstatError;
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const quoted = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

/**
 * Reads `given` (key → value) against the option specs: unknown keys refused, each value checked
 * by its type (strings trimmed, blanks read as not given; integers from numbers or digits;
 * timestamps ISO-8601; choices among their values), a repeatable one as a list (one value or
 * many), a required one present. Keys are own properties only: `constructor` is no option.
 */
export function readOptionValues(
  specs: readonly VendorOptionSpec[],
  given: Readonly<Record<string, unknown>>,
  context: OptionValuesContext,
): Record<string, OptionValue | OptionValue[]> {
  const { vendor, operation, noun } = context;
  const prefix = `${vendor} ${operation}`;
  const errorOptions = { vendor, operation };
  if (given === null || typeof given !== "object" || Array.isArray(given)) {
    throw context.fail(`${prefix}: the ${noun}s must be an object of option key → value`, errorOptions);
  }
  const known = new Set(specs.map((spec) => spec.key));
  const unknown = Object.keys(given).filter((key) => !known.has(key) && given[key] !== undefined);
  if (unknown.length > 0) {
    const takes = specs.length > 0 ? `takes ${specs.map((spec) => spec.key).join(", ")}` : `takes no ${noun}`;
    throw context.fail(
      `${prefix}: unknown ${noun}${unknown.length > 1 ? "s" : ""} ${unknown.map(quoted).join(", ")} (${vendor} ${takes})`,
      errorOptions,
    );
  }
  const read: Record<string, OptionValue | OptionValue[]> = {};
  for (const spec of specs) {
    const raw = Object.hasOwn(given, spec.key) ? given[spec.key] : undefined;
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    if (Array.isArray(raw) && !spec.repeatable) {
      throw context.fail(`${prefix}: the ${noun} "${spec.key}" takes one value, got a list`, errorOptions);
    }
    const checked = values
      .map((value) => readOneValue(spec, value, (problem) => context.fail(`${prefix}: ${problem}`, errorOptions)))
      .filter((value) => value !== undefined);
    if (checked.length === 0) {
      if (spec.required) {
        throw context.fail(`${prefix} needs the ${noun} "${spec.key}": ${spec.description}`, {
          ...errorOptions,
          hintCode: noun === "trigger option" ? "give-trigger-option" : undefined,
          hintSubject: spec.key,
        });
      }
      continue;
    }
    read[spec.key] = spec.repeatable ? checked : checked[0]!;
  }
  return read;
}

/** One value by its spec's type; undefined for a blank string (not given). */
function readOneValue(
  spec: VendorOptionSpec,
  value: unknown,
  fail: (problem: string) => ScanstatError,
): OptionValue | undefined {
  const text = typeof value === "string" ? value.trim() : undefined;
  if (text === "") return undefined;
  const wrong = (expected: string) => fail(`"${spec.key}" must be ${expected}, got ${quoted(value)}`);
  switch (spec.type) {
    case "string":
      if (text === undefined) throw wrong("a string");
      return text;
    case "integer": {
      const number =
        typeof value === "number" ? value : text !== undefined && /^-?\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isSafeInteger(number)) throw wrong("a whole number");
      return number;
    }
    case "boolean":
      if (typeof value === "boolean") return value;
      if (text === "true" || text === "false") return text === "true";
      throw wrong("true or false");
    case "timestamp":
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
      if (text === undefined || !isoTimestamp.test(text) || Number.isNaN(Date.parse(text))) {
        throw wrong("an ISO-8601 timestamp such as 2026-01-31T10:15:30Z");
      }
      return text;
    case "choice": {
      const choices = spec.choices ?? [];
      if (text === undefined || !choices.includes(text)) throw wrong(`one of ${choices.join(", ")}`);
      return text;
    }
  }
}
