import type { Clock } from "@scanstat/core";
import type { OutputFormat } from "../arguments/parse-values.js";
import { noColors } from "./colors.js";
import { formatJsonReport } from "./format-json.js";
import { formatJunitReport } from "./format-junit.js";
import { formatPlainLine } from "./format-plain-line.js";
import { summarizeError } from "./report-entry.js";
import { formatNdjsonEvent, type ReportEvent, refFields } from "./report-event.js";
import type { ReportSink } from "./report-sink.js";
import { renderScanTable } from "./render-scan-table.js";
import type { ScanReporter } from "./scan-reporter.js";

/** Reports for machines: json and junit once at the end, ndjson as it happens; `table` for a file (no colour). */
export function createStructuredReporter(
  format: OutputFormat,
  sink: ReportSink,
  options: { clock: Clock },
): ScanReporter {
  const emit = (event: ReportEvent) => {
    if (format === "ndjson") sink.write(formatNdjsonEvent(event));
  };
  return {
    triggered: (ref) => emit({ type: "triggered", ...refFields(ref) }),
    update: (ref, scan, previous) =>
      emit({
        type: "update",
        ...refFields(ref),
        ...(previous ? { previousState: previous.state } : {}),
        scan,
      }),
    unknownState: (ref, scan) => emit({ type: "unknown-state", ...refFields(ref), vendorState: scan.vendorState }),
    retrying: (ref, error) => emit({ type: "retrying", ...refFields(ref), error: summarizeError(error) }),
    problem: (ref, error) => emit({ type: "error", ...refFields(ref), error: summarizeError(error) }),
    async finish(end) {
      const now = options.clock.now();
      switch (format) {
        case "json":
          sink.write(formatJsonReport(end.entries));
          break;
        case "junit":
          sink.write(formatJunitReport(end.entries, { now }));
          break;
        case "ndjson":
          emit({
            type: "end",
            reason: end.reason,
            exitCode: end.exitCode,
            results: end.entries.map(({ ref, scan, error }) => ({
              ...refFields(ref),
              ...(scan ? { state: scan.state } : {}),
              ...(scan?.result?.verdict ? { verdict: scan.result.verdict } : {}),
              ...(scan?.result ? { evidence: scan.result.evidence } : {}),
              ...(error ? { error } : {}),
            })),
          });
          break;
        case "table": {
          const lines = end.entries.length > 0 ? renderScanTable(end.entries, { now, painter: noColors }) : [];
          // A file gets the final table; entries with no scan still show their ref.
          sink.write(
            lines.length > 0
              ? `${lines.join("\n")}\n`
              : end.entries.map((entry) => formatPlainLine(entry, now)).join("\n"),
          );
          break;
        }
      }
      await sink.close();
    },
  };
}
