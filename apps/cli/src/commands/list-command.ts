import { listScans, type ListScansQuery, type Scan, type VendorId } from "@scanstat/core";
import { UsageError } from "../arguments/usage-error.js";
import { exitCodeForSignal } from "../exit/exit-codes.js";
import { colorEnabled, createPainter } from "../output/colors.js";
import { formatJsonReport } from "../output/format-json.js";
import { formatPlainLine } from "../output/format-plain-line.js";
import { reportableScan, serializeReportElement } from "../output/report-json.js";
import { renderScanTable } from "../output/render-scan-table.js";
import type { CommandContext } from "./command-context.js";
import { startReadDeadline } from "./read-deadline.js";
import { writeReport } from "./write-report.js";

/** `scanstat list <vendor> [--active] [--type T] [--limit N]`: the vendor's scans, newest as the vendor orders them. */
export async function listCommand(context: CommandContext, vendor: VendorId, query: ListScansQuery): Promise<number> {
  const { format, output, noColor } = context.config.options;
  if (format === "junit") throw new UsageError("list cannot be written as junit: use table, json or ndjson");
  const adapter = await context.adapter(vendor);
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  const scans: Scan[] = [];
  const deadline = startReadDeadline(context, `list ${vendor}`);
  // Interrupted, timed out or failed midway: the scans read so far are printed, then the error decides the exit code.
  let failure: unknown;
  try {
    for await (const scan of listScans(adapter, query, { signal: deadline.signal })) {
      scans.push(scan);
      if (scans.length >= limit) break;
    }
  } catch (error) {
    if (!context.runtime.stopSignal()) failure = deadline.expired() ?? error;
  } finally {
    deadline.dispose();
  }
  const entries = scans.map((scan) => ({ ref: scan.ref, scan }));
  const now = context.clock.now();
  let text: string;
  switch (format) {
    case "json":
      text = formatJsonReport(entries);
      break;
    case "ndjson":
      text = scans.map((scan) => `${serializeReportElement(reportableScan(scan), scan.ref)}\n`).join("");
      break;
    default: {
      const table = context.stdout.isTTY && output === undefined;
      const painter = createPainter(colorEnabled({ isTTY: table, noColorFlag: noColor, env: context.runtime.env }));
      const lines = table
        ? renderScanTable(entries, { now, painter })
        : entries.map((entry) => formatPlainLine(entry, now));
      text = entries.length > 0 ? `${lines.join("\n")}\n` : "";
      if (
        entries.length === 0 &&
        failure === undefined &&
        !context.runtime.stopSignal() &&
        !context.config.options.quiet
      )
        context.stderr.write(`scanstat: no ${vendor} scans found\n`);
    }
  }
  await writeReport(context, text);
  if (failure !== undefined) throw failure;
  const stop = context.runtime.stopSignal();
  return stop ? exitCodeForSignal(stop) : 0;
}
