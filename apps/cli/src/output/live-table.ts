import type { TextOutput } from "./text-output.js";

const ansiPattern = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ansiPattern, "");
}

/** Cuts a line to the terminal width so that redrawing (cursor up N lines) stays exact. */
function fitLine(line: string, columns: number | undefined): string {
  if (!columns || columns < 10) return line;
  const plain = stripAnsi(line);
  if (plain.length < columns) return line;
  return `${plain.slice(0, columns - 2)}…`;
}

/**
 * Redraws a block of lines in place on a terminal: cursor up over the last frame, clear to the
 * end of the screen, write the new frame. Notes (warnings, errors) go above the block on stderr.
 */
export class LiveTable {
  readonly #stdout: TextOutput;
  readonly #render: () => string[];
  #drawnLines = 0;

  constructor(stdout: TextOutput, render: () => string[]) {
    this.#stdout = stdout;
    this.#render = render;
  }

  #erase(): string {
    return this.#drawnLines > 0 ? `\u001b[${this.#drawnLines}A\r\u001b[J` : "";
  }

  draw(): void {
    const lines = this.#render().map((line) => fitLine(line, this.#stdout.columns));
    this.#stdout.write(`${this.#erase()}${lines.join("\n")}\n`);
    this.#drawnLines = lines.length;
  }

  /** Prints `text` (whole lines) on `output` above the table, then draws the table again below it. */
  printAbove(output: TextOutput, text: string): void {
    if (this.#drawnLines > 0) this.#stdout.write(this.#erase());
    this.#drawnLines = 0;
    output.write(text);
    this.draw();
  }
}
