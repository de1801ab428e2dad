import { formatScanRef, type Scan, type ScanRef, ScanstatError } from "@scanstat/core";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";

/** An error as reports show it: its stable code and its one-line message. */
export interface ErrorSummary {
  code: string;
  message: string;
}

/** What a report knows about one ref: the last scan read, or the error that stopped the look. */
export interface ReportEntry {
  ref: ScanRef;
  scan?: Scan | undefined;
  error?: ErrorSummary | undefined;
}

export function summarizeError(error: unknown): ErrorSummary {
  if (ScanstatError.isInstance(error)) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: "internal", message: error.message.split("\n")[0] ?? error.name };
  return { code: "internal", message: String(error) };
}

/** A ref for a terminal or a log line: the id may be vendor text (a Location header), so controls are escaped. */
export function refText(ref: ScanRef): string {
  return sanitizeTerminalText(formatScanRef(ref));
}
