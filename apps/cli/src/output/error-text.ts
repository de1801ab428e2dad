import { formatScanRef, type ScanRef, ScanstatError } from "@scanstat/core";

/**
 * One line for stderr: `scanstat: <ref>: <message>`. Never a stack trace unless `--verbose`
 * (then the stack and the causes follow on their own lines).
 */
export function errorText(error: unknown, options: { verbose: boolean; ref?: ScanRef }): string {
  const prefix = options.ref ? `scanstat: ${formatScanRef(options.ref)}: ` : "scanstat: ";
  const message =
    ScanstatError.isInstance(error) || error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const known = ScanstatError.isInstance(error);
  let text = `${prefix}${known ? message : `unexpected error: ${message}`}\n`;
  if (options.verbose && error instanceof Error) {
    let current: unknown = error;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
      if (current.stack) text += `${current.stack}\n`;
      current = current.cause;
      if (current instanceof Error) text += "caused by:\n";
    }
  }
  return text;
}
