import { isTerminalState } from "@scanstat/core";
import { type ReportEntry, refText } from "./report-entry.js";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";
import {
  formatDuration,
  formatPercent,
  progressRatio,
  resultDetails,
  scanElapsedMs,
  scanMessage,
  stateText,
  verdictText,
} from "./scan-text.js";

/**
 * One line for logs and pipes (no colour, no redraw), e.g.
 * `soda:5ca1… completed (completedWithWarnings) warn checks 10 passed, 2 warned in 3m05s`, with
 * `(partial evidence)` after a verdict whose evidence is incomplete, `no verdict` for a completed
 * scan without one, and the vendor's message (why it failed) at the end.
 */
export function formatPlainLine(entry: ReportEntry, now: number): string {
  const parts = [refText(entry.ref)];
  const { scan, error } = entry;
  if (!scan) {
    parts.push(error ? `error ${sanitizeTerminalText(error.code)}` : "not read");
    return parts.join(" ");
  }
  parts.push(stateText(scan));
  const ratio = progressRatio(scan);
  if (ratio !== undefined && !isTerminalState(scan.state)) parts.push(formatPercent(ratio));
  const verdict = verdictText(scan);
  if (verdict) parts.push(verdict);
  const details = resultDetails(scan.result);
  if (details) parts.push(details);
  if (isTerminalState(scan.state)) {
    const elapsed = scanElapsedMs(scan, now);
    if (elapsed !== undefined) parts.push(`in ${formatDuration(elapsed)}`);
  }
  if (error) parts.push(`error ${sanitizeTerminalText(error.code)}`);
  const message = scanMessage(scan);
  if (message) parts.push(`— ${sanitizeTerminalText(message)}`);
  return parts.join(" ");
}
