import type { ReportEntry } from "./report-entry.js";

/** One element of the JSON report: the normalized Scan (with `error` if a later look failed), or `{ ref, error }`. */
export function jsonReportElement(entry: ReportEntry): object {
  if (entry.scan) return entry.error ? { ...entry.scan, error: entry.error } : entry.scan;
  return entry.error ? { ref: entry.ref, error: entry.error } : { ref: entry.ref };
}

/**
 * `--format json`: an array with one element per ref, in the order given. A scan that was read
 * is the normalized Scan (with `error` added if a later look failed); one that never was is
 * `{ ref, error }`, so the array always lines up with the refs.
 */
export function formatJsonReport(entries: readonly ReportEntry[]): string {
  return `${JSON.stringify(entries.map(jsonReportElement), null, 2)}\n`;
}
