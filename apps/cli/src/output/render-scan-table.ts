import type { Scan } from "@scanstat/core";
import type { Painter } from "./colors.js";
import type { ReportEntry } from "./report-entry.js";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";
import {
  formatDuration,
  progressBar,
  progressRatio,
  resultDetails,
  scanElapsedMs,
  scanMessage,
  stateText,
  verdictText,
} from "./scan-text.js";

type Style = Parameters<Painter["paint"]>[0];

interface Cell {
  text: string;
  style?: Style;
}

function stateStyle(scan: Scan): Style | undefined {
  switch (scan.state) {
    case "queued":
      return "gray";
    case "running":
      return "cyan";
    case "canceling":
    case "unknown":
      return "yellow";
    case "completed":
      return undefined;
    case "failed":
      return "red";
    default:
      return "magenta";
  }
}

const verdictStyles: Record<string, Style> = {
  pass: "green",
  warn: "yellow",
  fail: "red",
  error: "magenta",
  "no verdict": "magenta",
};

function cellsFor(entry: ReportEntry, now: number): Cell[] {
  const { scan, error } = entry;
  const vendor: Cell = { text: entry.ref.vendor };
  const id: Cell = { text: sanitizeTerminalText(entry.ref.id) };
  if (!scan) {
    return [
      vendor,
      id,
      { text: error ? "error" : "…", style: "red" },
      { text: "" },
      { text: "" },
      { text: "" },
      { text: sanitizeTerminalText(error?.code ?? "") },
    ];
  }
  const ratio = progressRatio(scan);
  const elapsed = scanElapsedMs(scan, now);
  const verdict = verdictText(scan, { short: true });
  const message = sanitizeTerminalText(scanMessage(scan));
  const details = [resultDetails(scan.result), message, error ? sanitizeTerminalText(error.code) : ""]
    .filter((part) => part !== "")
    .join("; ");
  const state: Cell = { text: stateText(scan) };
  const style = error ? "red" : stateStyle(scan);
  if (style) state.style = style;
  const verdictCell: Cell = { text: verdict };
  const verdictStyle = verdictStyles[scan.result?.verdict ?? verdict];
  if (verdictStyle) verdictCell.style = verdictStyle;
  return [
    vendor,
    id,
    state,
    { text: ratio !== undefined ? progressBar(ratio) : "" },
    { text: elapsed !== undefined ? formatDuration(elapsed) : "" },
    verdictCell,
    { text: details },
  ];
}

const headers = ["VENDOR", "SCAN", "STATE", "PROGRESS", "ELAPSED", "VERDICT", "FINDINGS"];

/**
 * The table people see on a terminal: one row per ref, in the order given. Pure (time comes
 * in as `now`), so tests compare text.
 */
export function renderScanTable(entries: readonly ReportEntry[], options: { now: number; painter: Painter }): string[] {
  const rows = entries.map((entry) => cellsFor(entry, options.now));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.text.length ?? 0)),
  );
  const line = (cells: readonly Cell[], paintAll?: Style) =>
    cells
      .map((cell, column) => {
        const padded = column === cells.length - 1 ? cell.text : cell.text.padEnd(widths[column] ?? 0);
        const style = paintAll ?? cell.style;
        return style ? options.painter.paint(style, padded) : padded;
      })
      .join("  ")
      .trimEnd();
  return [
    line(
      headers.map((text) => ({ text })),
      "bold",
    ),
    ...rows.map((row) => line(row)),
  ];
}
