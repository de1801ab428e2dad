import { formatScanRef, isTerminalState } from "@scanstat/core";
import type { ReportEntry } from "./report-entry.js";
import { escapeCharacter } from "./sanitize-terminal-text.js";
import {
  evidenceText,
  resultDetails,
  scanElapsedMs,
  scanMessage,
  stateWords as stateText,
  verdictText,
} from "./scan-text.js";

function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all: kept visible, escaped as a terminal shows them.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, escapeCharacter)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

interface TestCase {
  name: string;
  classname: string;
  timeMs: number;
  /** failure / error / skipped, or none for a pass (and a warn: warnings do not fail a test tab). */
  outcome?: { element: "failure" | "error" | "skipped"; type?: string; message: string };
  output: string[];
}

function testCaseFor(entry: ReportEntry, now: number, notReadMessage: string): TestCase {
  const { scan, error } = entry;
  const name = scan?.name ? `${formatScanRef(entry.ref)} (${scan.name})` : formatScanRef(entry.ref);
  const testCase: TestCase = { name, classname: entry.ref.vendor, timeMs: 0, output: [] };
  if (scan) {
    testCase.timeMs = scanElapsedMs(scan, now) ?? 0;
    testCase.output.push(`state: ${stateText(scan)}`);
    const verdict = verdictText(scan);
    if (verdict) testCase.output.push(`verdict: ${verdict}`);
    const evidence = evidenceText(scan.result);
    if (evidence) testCase.output.push(`evidence: ${evidence}`);
    const details = resultDetails(scan.result);
    if (details) testCase.output.push(details);
    const message = scanMessage(scan);
    if (message) testCase.output.push(`message: ${message}`);
    if (scan.url) testCase.output.push(`url: ${scan.url}`);
  }
  if (error) {
    testCase.outcome = { element: "error", type: error.code, message: error.message };
    return testCase;
  }
  if (!scan) {
    testCase.outcome = { element: "skipped", message: notReadMessage };
    return testCase;
  }
  if (!isTerminalState(scan.state)) {
    testCase.outcome = {
      element: "skipped",
      message: `not finished when scanstat stopped looking: ${stateText(scan)}`,
    };
    return testCase;
  }
  const verdict = scan.result?.verdict;
  if (scan.state === "completed" && verdict === "fail") {
    const details = resultDetails(scan.result);
    testCase.outcome = {
      element: "failure",
      type: "fail",
      message: `verdict ${verdictText(scan)}${details ? `: ${details}` : ""}`,
    };
  } else if (scan.state !== "completed" || verdict === "error" || verdict === undefined) {
    // Why there is none: the vendor's message (a failed scan), or what could not be read.
    const why = scanMessage(scan) || (scan.result?.evidence?.gaps ?? []).join("; ");
    testCase.outcome = {
      element: "error",
      type: scan.state === "completed" ? (verdict ?? "no-verdict") : scan.state,
      message: `scan ended without a verdict: ${stateText(scan)}${verdict ? `, verdict ${verdict}` : ""}${why ? `: ${why}` : ""}`,
    };
  }
  return testCase;
}

/** `--format junit`: one test case per scan, for CI test tabs. fail → failure; no verdict or unreadable → error. */
export function formatJunitReport(
  entries: readonly ReportEntry[],
  options: { now: number; notReadMessage?: string },
): string {
  const notRead = options.notReadMessage ?? "not read before scanstat stopped";
  const cases = entries.map((entry) => testCaseFor(entry, options.now, notRead));
  const count = (element: string) => cases.filter((testCase) => testCase.outcome?.element === element).length;
  const totalMs = cases.reduce((sum, testCase) => sum + testCase.timeMs, 0);
  const totals = `tests="${cases.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}" time="${seconds(totalMs)}"`;
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="scanstat" ${totals}>`,
    `  <testsuite name="scanstat" ${totals}>`,
  ];
  for (const testCase of cases) {
    lines.push(
      `    <testcase name="${escapeXml(testCase.name)}" classname="${escapeXml(testCase.classname)}" time="${seconds(testCase.timeMs)}">`,
    );
    const outcome = testCase.outcome;
    if (outcome) {
      const type = outcome.type !== undefined ? ` type="${escapeXml(outcome.type)}"` : "";
      lines.push(`      <${outcome.element} message="${escapeXml(outcome.message)}"${type}/>`);
    }
    if (testCase.output.length > 0)
      lines.push(`      <system-out>${escapeXml(testCase.output.join("\n"))}</system-out>`);
    lines.push("    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}
