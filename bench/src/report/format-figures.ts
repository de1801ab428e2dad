import { type Figure, isMet, type SuiteResult } from "./figure.js";

export function formatQuantity(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "n/a";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ""}`;
}

function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return "n/a";
  // Below 1, three significant digits: 0.326× must not print as the 0.33× it misses.
  return ratio >= 1 || ratio === 0 ? `${ratio.toFixed(2)}×` : `${ratio.toPrecision(3)}×`;
}

function formatGoal(figure: Figure): string {
  const sign = figure.direction === "at-most" ? "≤" : "≥";
  const stretch = figure.stretch !== undefined ? ` (stretch ${formatRatio(figure.stretch)})` : "";
  return `${sign} ${formatRatio(figure.limit)}${stretch}`;
}

function formatMark(figure: Figure): string {
  if (!isMet(figure)) return "MISSED";
  if (figure.stretch === undefined) return "met";
  return isMet(figure, figure.stretch) ? "met, stretch met" : "met, stretch missed";
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** A plain-text table of one goal's figures, its detail lines below. */
export function formatSuiteText(title: string, result: SuiteResult): string {
  const rows = result.figures.map((figure) => [
    figure.subject,
    formatQuantity(figure.measured.value, figure.measured.unit),
    `${figure.baseline.label} ${formatQuantity(figure.baseline.value, figure.baseline.unit)}`,
    formatRatio(figure.ratio),
    formatGoal(figure),
    formatMark(figure),
  ]);
  const header = ["figure", "measured", "baseline", "ratio", "goal", ""];
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `  ${cells
      .map((cell, column) => pad(cell, widths[column]!))
      .join("  ")
      .trimEnd()}`;
  const notes = result.figures.flatMap((figure) => (figure.note ? [`  note: ${figure.note}`] : []));
  return [
    title,
    line(header),
    ...rows.map(line),
    ...[...new Set(notes)],
    ...result.details.map((detail) => `  · ${detail}`),
    "",
  ].join("\n");
}

/** The same figures as a Markdown table, for BENCHMARKS.md. */
export function formatFiguresMarkdown(figures: readonly Figure[]): string {
  const escapePipes = (text: string) => text.replace(/\|/g, "\\|");
  const lines = ["| area | figure | measured | baseline | ratio | goal | result |", "|---|---|---:|---|---:|---|---|"];
  for (const figure of figures) {
    lines.push(
      `| ${[
        figure.goal,
        figure.subject,
        formatQuantity(figure.measured.value, figure.measured.unit),
        `${figure.baseline.label} ${formatQuantity(figure.baseline.value, figure.baseline.unit)}`,
        formatRatio(figure.ratio),
        formatGoal(figure),
        formatMark(figure),
      ]
        .map(escapePipes)
        .join(" | ")} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
