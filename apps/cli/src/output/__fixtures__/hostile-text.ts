import fc from "fast-check";

/** Text as a hostile vendor would send it: every C0 and C1 code point, DEL, bidi controls and separators, among ordinary letters. */
const hostileCharacter = fc.oneof(
  fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"),
  fc.constantFrom("\u200e", "\u200f", "\u061c", "\u2028", "\u2029", "\u001b[2J", "\u001b]0;owned\u0007"),
  fc.constantFrom("a", "Z", "é", "中", "\\", " ", "✓"),
);

export const hostileText = fc.string({ unit: hostileCharacter, minLength: 1, maxLength: 40 });

/** Every character a terminal would act on: none may reach a human output unescaped. */
const terminalControl = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** What scanstat itself writes on purpose: colours (SGR) and the live table's redraw. */
const ownSequences = /\u001b\[[0-9;]*m|\u001b\[\d+A\r\u001b\[J/g;

/** The controls left in `output` once scanstat's own sequences and line feeds are set aside. */
export function strayControls(output: string): string[] {
  return [...output.replace(ownSequences, "").replace(/\n/g, "")].filter((character) => terminalControl.test(character));
}
