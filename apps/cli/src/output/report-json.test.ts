import { describe, expect, it } from "vitest";
import { passedTelmaiScan, runningSodaScan } from "../__fixtures__/scans.js";
import { formatJsonReport } from "./format-json.js";
import { formatNdjsonEvent, refFields } from "./report-event.js";
import { escapeJsonForTerminal, serializeReportElement, trimRaw } from "./report-json.js";

/** `{ "a": { "a": … } }`, `levels` deep. */
function nested(levels: number): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
}

function depthOf(value: unknown): number {
  let depth = 0;
  while (typeof value === "object" && value !== null) {
    value = (value as { a: unknown }).a;
    depth++;
  }
  return depth;
}

describe("trimRaw", () => {
  it("cuts nesting at 32 levels and says so in place", () => {
    const trimmed = trimRaw(nested(5000));
    expect(depthOf(trimmed)).toBe(32);
    expect(JSON.stringify(trimmed)).toContain('"[cut: deeper than 32 levels]"');
  });
  it("cuts long strings and large payloads, and keeps small ones as they are", () => {
    const raw = { state: "executing", list: [1, "two", null, true], nested: { x: 1 } };
    expect(trimRaw(raw)).toEqual(raw);
    expect(trimRaw("x".repeat(10), { maxDepth: 5, maxStringLength: 4, maxValues: 100 })).toBe(
      "xxxx[cut: 6 more characters]",
    );
    expect(trimRaw([1, 2, 3, 4, 5], { maxDepth: 5, maxStringLength: 4, maxValues: 3 })).toEqual([
      1,
      2,
      "[cut: more than 3 values]",
      "[cut: more than 3 values]",
      "[cut: more than 3 values]",
    ]);
  });
  it("writes values JSON cannot carry as text, and a cycle as a note", () => {
    const cyclic: Record<string, unknown> = { n: 10n };
    cyclic.self = cyclic;
    expect(trimRaw(cyclic)).toEqual({ n: "10", self: "[cut: refers to itself]" });
  });
});

describe("one odd scan never sinks a report", () => {
  it("json: a scan with a field nested 5,000 levels deep is written, trimmed, beside the others", () => {
    const deep = { ...runningSodaScan, raw: nested(5000) };
    const report = JSON.parse(
      formatJsonReport([
        { ref: deep.ref, scan: deep },
        { ref: passedTelmaiScan.ref, scan: passedTelmaiScan },
      ]),
    );
    expect(report).toHaveLength(2);
    expect(report[0]).toMatchObject({ ref: deep.ref, state: "running" });
    expect(depthOf(report[0].raw)).toBe(32);
    expect(report[1]).toEqual(JSON.parse(JSON.stringify(passedTelmaiScan)));
  });
  it("json: the same text as JSON.stringify(array, null, 2) for ordinary scans", () => {
    const entries = [
      { ref: runningSodaScan.ref, scan: runningSodaScan },
      { ref: { vendor: "halo" as const, id: "9" }, error: { code: "not_found", message: "gone" } },
    ];
    expect(formatJsonReport(entries)).toBe(
      `${JSON.stringify([runningSodaScan, { ref: entries[1]!.ref, error: entries[1]!.error }], null, 2)}\n`,
    );
    expect(formatJsonReport([])).toBe("[]\n");
  });
  it("an element that cannot be written at all becomes { ref, error: unserializable }", () => {
    const throwing = {
      toJSON() {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    expect(JSON.parse(serializeReportElement(throwing, { vendor: "soda", id: "x" }))).toEqual({
      ref: { vendor: "soda", id: "x" },
      error: {
        code: "unserializable",
        message: "this scan could not be written as JSON: Maximum call stack size exceeded",
      },
    });
  });
  it("ndjson: an update with a deep raw is written trimmed", () => {
    const deep = { ...runningSodaScan, raw: nested(5000) };
    const event = JSON.parse(formatNdjsonEvent({ type: "update", ...refFields(deep.ref), scan: deep }));
    expect(event.type).toBe("update");
    expect(depthOf(event.scan.raw)).toBe(32);
  });
});

describe("escapeJsonForTerminal", () => {
  it("writes C1, DEL and bidi controls as \\u escapes: the same JSON value", () => {
    const value = { word: "a\u009b31mb\u202ec\u007f" };
    const json = escapeJsonForTerminal(JSON.stringify(value));
    expect(json).toBe('{"word":"a\\u009b31mb\\u202ec\\u007f"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
