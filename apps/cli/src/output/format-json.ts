import type { ReportEntry } from "./report-entry.js";
import { reportableScan, serializeReportElement } from "./report-json.js";

/**
 * One element of the JSON report: the normalized Scan (`raw` trimmed; with `error` if a later look
 * failed), or `{ ref, error }`.
 */
export function jsonReportElement(entry: ReportEntry): object {
  if (entry.scan) {
    const scan = reportableScan(entry.scan);
    return entry.error ? { ...scan, error: entry.error } : scan;
  }
  return entry.error ? { ref: entry.ref, error: entry.error } : { ref: entry.ref };
}

/**
 * `--format json`: an array with one element per ref, in the order given. A scan that was read
 * is the normalized Scan (with `error` added if a later look failed; `raw` trimmed); one that
 * never was is `{ ref, error }`, so the array always lines up with the refs. Each element is
 * written on its own: one that cannot be written becomes `{ ref, error }` and the rest stand.
 */
export function formatJsonReport(entries: readonly ReportEntry[]): string {
  if (entries.length === 0) return "[]\n";
  const elements = entries.map((entry) =>
    // Indented as JSON.stringify(array, null, 2) would: the same text, element by element.
    serializeReportElement(jsonReportElement(entry), entry.ref, 2).replace(/\n/g, "\n  "),
  );
  return `[\n  ${elements.join(",\n  ")}\n]\n`;
}
