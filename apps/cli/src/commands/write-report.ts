import { writeFileAtomically } from "../output/atomic-write.js";
import type { CommandContext } from "./command-context.js";

/** A whole report: to `--output FILE` (atomically) or to stdout. */
export async function writeReport(context: CommandContext, text: string): Promise<void> {
  const { output } = context.config.options;
  if (output !== undefined) await writeFileAtomically(output, context.redact(text));
  else context.stdout.write(text);
}
