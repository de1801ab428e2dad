import { type ScanRef, ScanstatError } from "@scanstat/core";
import { hintAdvice } from "./hint-advice.js";
import { refText } from "./report-entry.js";
import { sanitizeTerminalLines, sanitizeTerminalText } from "./sanitize-terminal-text.js";

/**
 * One line for stderr: `scanstat: <ref>: <message> (<advice>)`, the advice worded from the
 * error's hint code. Never a stack trace unless `--verbose`
 * (then the stack and the causes follow on their own lines). A message may quote the vendor:
 * its control characters are shown escaped.
 */
export function errorText(error: unknown, options: { verbose: boolean; ref?: ScanRef }): string {
  const prefix = options.ref ? `scanstat: ${refText(options.ref)}: ` : "scanstat: ";
  const message =
    ScanstatError.isInstance(error) || error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const known = ScanstatError.isInstance(error);
  // A library says what to do next as a code; the CLI words it (`scanstat list halo --active`).
  const advice = known ? hintAdvice(error, options.ref?.vendor) : undefined;
  const shown = sanitizeTerminalText(advice ? `${message} (${advice})` : message);
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
