import { writeFileAtomically } from "../output/atomic-write.js";
import { colorEnabled, createPainter, type Painter } from "../output/colors.js";
import type { CommandContext } from "./command-context.js";

/** A whole report: to `--output FILE` (atomically) or to stdout. */
export async function writeReport(context: CommandContext, text: string): Promise<void> {
  const { output } = context.config.options;
  if (output !== undefined) await writeFileAtomically(output, context.redact(text));
  else context.stdout.write(text);
}

/**
 * A list of records (`vendors`, `vendors --check`): a JSON array, one JSON line each, or the
 * command's own text, coloured only on a terminal that is not writing to `--output`.
 */
export async function writeRecords(
  context: CommandContext,
  records: readonly object[],
  renderText: (painter: Painter) => string,
): Promise<void> {
  const { format, output, noColor } = context.config.options;
  let text: string;
  if (format === "json") text = `${JSON.stringify(records, null, 2)}\n`;
  else if (format === "ndjson") text = records.map((record) => `${JSON.stringify(record)}\n`).join("");
  else {
    const enabled = colorEnabled({
      isTTY: context.stdout.isTTY && output === undefined,
      noColorFlag: noColor,
      env: context.runtime.env,
    });
    text = renderText(createPainter(enabled));
  }
  await writeReport(context, text);
}
