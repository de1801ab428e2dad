import { writeFileAtomically } from "./atomic-write.js";
import type { TextOutput } from "./text-output.js";

/** Where a report's text goes: straight to stdout, or to a file written whole at the end. */
export interface ReportSink {
  write(text: string): void;
  close(): Promise<void>;
}

export function stdoutSink(stdout: TextOutput): ReportSink {
  return { write: (text) => stdout.write(text), close: async () => undefined };
}

/** Buffers everything, then writes the file atomically on close (streaming formats included). */
export function fileSink(path: string, redact: (text: string) => string): ReportSink {
  let buffer = "";
  return {
    write: (text) => {
      buffer += text;
    },
    close: () => writeFileAtomically(path, redact(buffer)),
  };
}
