import type { Scan } from "@scanstat/core";

/** How much of a vendor's raw payload a report carries per scan. */
export interface RawLimits {
  /** Levels of nesting kept; deeper values become a note. */
  maxDepth: number;
  /** Characters of one string kept. */
  maxStringLength: number;
  /** Values (strings, numbers, objects…) kept in all; the rest become a note. */
  maxValues: number;
}

const defaultRawLimits: RawLimits = { maxDepth: 32, maxStringLength: 64 * 1024, maxValues: 100_000 };

/**
 * A copy of a vendor payload that any JSON writer can print: nesting, string length and size are
 * bounded (a field nested 5,000 levels deep would overflow the stack of `JSON.stringify`), and
 * what is cut says so in place (`"[cut: deeper than 32 levels]"`). Values JSON cannot carry
 * (bigint, functions) become text; a cycle becomes a note.
 */
export function trimRaw(raw: unknown, limits: RawLimits = defaultRawLimits): unknown {
  let values = 0;
  const ancestors = new Set<object>();
  const visit = (value: unknown, depth: number): unknown => {
    values++;
    if (values > limits.maxValues) return `[cut: more than ${limits.maxValues} values]`;
    switch (typeof value) {
      case "string":
        return value.length > limits.maxStringLength
          ? `${value.slice(0, limits.maxStringLength)}[cut: ${value.length - limits.maxStringLength} more characters]`
          : value;
      case "number":
      case "boolean":
        return value;
      case "undefined":
        return undefined;
      case "object":
        break;
      default:
        return String(value);
    }
    if (value === null) return null;
    if (depth >= limits.maxDepth) return `[cut: deeper than ${limits.maxDepth} levels]`;
    if (ancestors.has(value)) return "[cut: refers to itself]";
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return value.map((item) => visit(item, depth + 1) ?? null);
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const kept = visit(item, depth + 1);
        if (kept !== undefined) copy[key] = kept;
      }
      return copy;
    } finally {
      ancestors.delete(value);
    }
  };
  return visit(raw, 0);
}

/**
 * Characters JSON may carry raw that a terminal would act on (DEL, C1, the line separators,
 * bidi controls), written as `\uXXXX`: the same JSON value, safe to print. They can only occur
 * inside strings, where the escape means the same character.
 */
const terminalUnsafeInJson = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeJsonForTerminal(json: string): string {
  terminalUnsafeInJson.lastIndex = 0;
  return terminalUnsafeInJson.test(json)
    ? json.replace(terminalUnsafeInJson, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
}

/** `JSON.stringify` made terminal-safe. */
export function stringifyJson(value: unknown, indent?: number): string {
  return escapeJsonForTerminal(JSON.stringify(value, null, indent));
}

/** A scan as reports carry it: everything normalized, and its raw payload trimmed. */
export function reportableScan(scan: Scan): Scan {
  return { ...scan, raw: trimRaw(scan.raw) };
}

/**
 * One element of a report, serialized on its own: a scan that still cannot be written (whatever
 * the reason) is replaced by its ref and an `unserializable` error, so one odd scan never sinks
 * the report of the others. Returns JSON text.
 */
export function serializeReportElement(element: unknown, ref: unknown, indent?: number): string {
  try {
    return stringifyJson(element, indent);
  } catch (error) {
    const message = `this scan could not be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
    return stringifyJson({ ref, error: { code: "unserializable", message } }, indent);
  }
}
