import { redactSecrets } from "@scanstat/core";
import { sanitizeTerminalLines } from "./sanitize-terminal-text.js";

/** stdout or stderr as the CLI sees them: text in, and whether a person is watching. */
export interface TextOutput {
  write(text: string): void;
  readonly isTTY: boolean;
  /** Terminal width, when known. */
  readonly columns?: number | undefined;
}

/**
 * Wraps an output so that no credential value ever reaches it, whatever printed it (an error
 * message that quoted a header, a vendor body in a JSON report). The adapters redact too: this
 * is the second lock.
 */
export function createRedactingOutput(output: TextOutput, secrets: () => readonly string[]): TextOutput {
  return {
    write: (text) => output.write(redactSecrets(text, secrets())),
    get isTTY() {
      return output.isTTY;
    },
    get columns() {
      return output.columns;
    },
  };
}

/**
 * Wraps an output that carries only scanstat's own lines (stderr: notes, warnings, errors,
 * `--verbose` traces; never colour, never a redraw): every control character but the line feed
 * is shown escaped, whatever printed it. Values are escaped where they are written too: this is
 * the second lock.
 */
export function createSanitizingOutput(output: TextOutput): TextOutput {
  return {
    write: (text) => output.write(sanitizeTerminalLines(text)),
    get isTTY() {
      return output.isTTY;
    },
    get columns() {
      return output.columns;
    },
  };
}

/** Collects text, for tests and for reports written to a file at the end. */
export function createBufferOutput(
  options: { isTTY?: boolean; columns?: number } = {},
): TextOutput & { text(): string } {
  let buffer = "";
  return {
    write: (text) => {
      buffer += text;
    },
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    text: () => buffer,
  };
}
