import { type Clock, type Scan, VendorError } from "@scanstat/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedNow, runningSodaScan, warnedSodaScan } from "../__fixtures__/scans.js";
import { formatTrace } from "../commands/command-context.js";
import { plainLogLine } from "../commands/logs-command.js";
import { hostileText, strayControls } from "./__fixtures__/hostile-text.js";
import { createPainter, noColors } from "./colors.js";
import { errorText } from "./error-text.js";
import { formatJsonReport } from "./format-json.js";
import { formatJunitReport } from "./format-junit.js";
import { formatPlainLine } from "./format-plain-line.js";
import { createHumanReporter, type HumanMode } from "./human-reporter.js";
import { formatNdjsonEvent, refFields } from "./report-event.js";
import { renderScanTable } from "./render-scan-table.js";
import { createBufferOutput, createSanitizingOutput } from "./text-output.js";

const fixedClock: Clock = { now: () => fixedNow, sleep: async () => undefined };

/** A scan whose every vendor-given text is hostile. */
function hostileScan(text: string, state: Scan["state"] = "unknown"): Scan {
  return {
    ...runningSodaScan,
    ref: { vendor: "soda", id: `id-${text}` },
    name: text,
    target: text,
    state,
    vendorState: text,
    url: `https://app.example/${text}`,
  };
}

async function humanRun(mode: HumanMode, text: string, painted: boolean) {
  const stdout = createBufferOutput({ isTTY: mode === "live", columns: 120 });
  const stderr = createBufferOutput({ isTTY: mode === "live" });
  const reporter = createHumanReporter({
    stdout,
    stderr,
    painter: painted ? createPainter(true) : noColors,
    clock: fixedClock,
    mode,
    quiet: false,
    verbose: true,
    summary: true,
    announceTriggered: true,
  });
  const scan = hostileScan(text);
  reporter.triggered(scan.ref);
  reporter.update(scan.ref, scan, undefined);
  reporter.unknownState(scan.ref, scan);
  reporter.retrying(scan.ref, new VendorError(`soda getScan: HTTP 503: ${text}`, { vendor: "soda" }));
  reporter.problem(scan.ref, new VendorError(`soda getScan: HTTP 500: ${text}`, { vendor: "soda" }));
  await reporter.finish({ entries: [{ ref: scan.ref, scan }], reason: "done", exitCode: 5 });
  return { stdout: stdout.text(), stderr: stderr.text() };
}

describe("vendor text with control characters, through every human output path", () => {
  it("plain lines, tables (coloured or not), reporter notes and errors: no control survives", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.boolean(), async (text, painted) => {
        const scan = hostileScan(text);
        const entry = { ref: scan.ref, scan, error: { code: "vendor", message: text } };
        expect(strayControls(formatPlainLine(entry, fixedNow))).toEqual([]);
        const painter = painted ? createPainter(true) : noColors;
        expect(strayControls(renderScanTable([entry], { now: fixedNow, painter }).join("\n"))).toEqual([]);
        for (const mode of ["live", "stream", "final"] as const) {
          const { stdout, stderr } = await humanRun(mode, text, painted);
          expect(strayControls(stdout)).toEqual([]);
          expect(strayControls(stderr)).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("error lines (with --verbose stacks), logs lines and --verbose traces: no control survives", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const error = new VendorError(`halo getScan: HTTP 500: ${text}`, { vendor: "halo", cause: new Error(text) });
        const ref = { vendor: "halo" as const, id: text };
        expect(strayControls(errorText(error, { verbose: false, ref }))).toEqual([]);
        expect(strayControls(errorText(error, { verbose: true, ref }))).toEqual([]);
        expect(strayControls(errorText(new Error(text), { verbose: true }))).toEqual([]);
        expect(strayControls(plainLogLine({ timestamp: text, level: text, message: text }))).toEqual([]);
        const trace = formatTrace({
          vendor: "soda",
          operation: text,
          method: "GET",
          url: `https://cloud.soda.io/api/v1/scans/${text}`,
          attempt: 2,
          durationMs: 5,
          error: text,
        });
        expect(strayControls(trace)).toEqual([]);
        // The stderr wrapper catches what any other note would let through.
        const stderr = createBufferOutput();
        createSanitizingOutput(stderr).write(`scanstat: ${text}\n`);
        expect(strayControls(stderr.text())).toEqual([]);
      }),
    );
  });

  it("json, ndjson and junit keep the text, escaped as their formats require", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const scan = hostileScan(text, "completed");
        const json = formatJsonReport([{ ref: scan.ref, scan }]);
        expect(strayControls(json)).toEqual([]);
        expect(JSON.parse(json)[0]).toMatchObject({ vendorState: text, name: text, ref: { id: `id-${text}` } });
        const line = formatNdjsonEvent({ type: "update", ...refFields(scan.ref), scan });
        expect(strayControls(line.slice(0, -1))).toEqual([]);
        expect(JSON.parse(line).scan.vendorState).toBe(text);
        const xml = formatJunitReport([{ ref: scan.ref, scan }], { now: fixedNow });
        // XML 1.0 cannot carry C0 (but tab, line feed, carriage return) at all: never raw.
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
    );
  });
});

describe("golden lines for a hostile vendor", () => {
  const hostile = "\u001b[2J\u001b]0;pwned\u0007done\rFAIL\u202eevil\nforged";
  const shown = "\\x1b[2J\\x1b]0;pwned\\x07done\\x0dFAIL\\u202eevil\\x0aforged";
  const scan = hostileScan(hostile, "running");

  it("plain line", () => {
    expect(formatPlainLine({ ref: scan.ref, scan }, fixedNow)).toBe(`soda:id-${shown} running (${shown})`);
  });
  it("table", () => {
    const lines = renderScanTable([{ ref: scan.ref, scan }], { now: fixedNow, painter: noColors });
    expect(lines[1]).toBe(`soda    id-${shown}  running (${shown})            9m00s`);
  });
  it("unknown-state warning and error line", async () => {
    const { stderr } = await humanRun("stream", hostile, false);
    expect(stderr).toContain(
      `scanstat: warning: soda:id-${shown} reports the state "${shown}", which this version does not know; still watching\n`,
    );
    // Error messages are one line already (ScanstatError folds whitespace): the rest is escaped.
    const folded = shown.replace("\\x0d", " ").replace("\\x0a", " ");
    expect(stderr).toContain(`scanstat: soda:id-${shown}: soda getScan: HTTP 500: ${folded}\n`);
  });
  it("logs line", () => {
    expect(plainLogLine({ timestamp: "2026-01-01T00:00:00Z", level: "info", message: hostile })).toBe(
      `2026-01-01T00:00:00Z INFO ${shown}\n`,
    );
  });
  it("--verbose trace", () => {
    expect(
      formatTrace({
        vendor: "soda",
        operation: "getScan",
        method: "GET",
        url: "https://user:pw@cloud.soda.io/api/v1/scans/a%1Bb",
        attempt: 1,
        status: 200,
        durationMs: 12,
      }),
    ).toBe("scanstat: soda getScan GET https://***@cloud.soda.io/api/v1/scans/a%1Bb → 200 in 12 ms\n");
  });
  it("junit keeps the words, escaped for XML", () => {
    const xml = formatJunitReport([{ ref: warnedSodaScan.ref, scan: { ...warnedSodaScan, vendorState: hostile } }], {
      now: fixedNow,
    });
    expect(xml).toContain(`state: completed (\\x1b[2J\\x1b]0;pwned\\x07done\rFAIL\u202eevil\nforged)`);
  });
});
