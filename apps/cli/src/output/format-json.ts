import type { ReportEntry } from "./report-entry.js";

/**
 * `--format json`: an array with one element per ref, in the order given. A scan that was read
 * is the normalized Scan (with `error` added if a later look failed); one that never was is
 * `{ ref, error }`, so the array always lines up with the refs.
 */
export function formatJsonReport(entries: readonly ReportEntry[]): string {
  const elements = entries.map((entry) => {
    if (entry.scan) return entry.error ? { ...entry.scan, error: entry.error } : entry.scan;
    return entry.error ? { ref: entry.ref, error: entry.error } : { ref: entry.ref };
  });
  return `${JSON.stringify(elements, null, 2)}\n`;
}
