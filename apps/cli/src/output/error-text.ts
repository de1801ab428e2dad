import { type ScanRef, ScanstatError } from "@scanstat/core";
import { refText } from "./report-entry.js";
import { sanitizeTerminalLines, sanitizeTerminalText } from "./sanitize-terminal-text.js";

/**
 * One line for stderr: `scanstat: <ref>: <message>`. Never a stack trace unless `--verbose`
 * (then the stack and the causes follow on their own lines). A message may quote the vendor:
 * its control characters are shown escaped.
 */
export function errorText(error: unknown, options: { verbose: boolean; ref?: ScanRef }): string {
  const prefix = options.ref ? `scanstat: ${refText(options.ref)}: ` : "scanstat: ";
  const message =
    ScanstatError.isInstance(error) || error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const known = ScanstatError.isInstance(error);
  const shown = sanitizeTerminalText(message);
  let text = `${prefix}${known ? shown : `unexpected error: ${shown}`}\n`;
  if (options.verbose && error instanceof Error) {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
      if (current.stack) text += `${sanitizeTerminalLines(current.stack)}\n`;
      current = current.cause;
      if (current instanceof Error) text += "caused by:\n";
    }
  }
  return text;
}
