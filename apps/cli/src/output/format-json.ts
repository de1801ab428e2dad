import type { ReportEntry } from "./report-entry.js";
import { reportableScan, serializeReportElement } from "./report-json.js";

/**
 * `--format json`: an array with one element per ref, in the order given. A scan that was read
 * is the normalized Scan (with `error` added if a later look failed; `raw` trimmed); one that
 * never was is `{ ref, error }`, so the array always lines up with the refs. Each element is
 * written on its own: one that cannot be written becomes `{ ref, error }` and the rest stand.
 */
export function formatJsonReport(entries: readonly ReportEntry[]): string {
  if (entries.length === 0) return "[]\n";
  const elements = entries.map((entry) => {
    let element: unknown;
    if (entry.scan) {
      const scan = reportableScan(entry.scan);
      element = entry.error ? { ...scan, error: entry.error } : scan;
    } else {
      element = entry.error ? { ref: entry.ref, error: entry.error } : { ref: entry.ref };
    }
    // Indented as JSON.stringify(array, null, 2) would: the same text, element by element.
    return serializeReportElement(element, entry.ref, 2).replace(/\n/g, "\n  ");
  });
  return `[\n  ${elements.join(",\n  ")}\n]\n`;
}
