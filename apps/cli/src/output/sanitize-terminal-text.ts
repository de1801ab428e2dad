/**
 * Characters a terminal acts on instead of showing: C0 (ESC, BEL, CR, LF, TAB…), DEL, C1 (CSI,
 * OSC as single code points), the line and paragraph separators, and the bidi controls that
 * reorder what follows (U+202E "right-to-left override" and its kin). Vendor text holding any of
 * them could clear the screen, retitle the window, forge a link, overwrite a line or hide words.
 */
const fieldUnsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same, less the line feed: for whole lines of scanstat's own text. */
const lineUnsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a code point below 0x100, `\u202e` above. */
export function escapeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * One value from a vendor (a state word, a name, a message, an id, a log line) made safe to
 * print: every control character is shown escaped (`\x1b`, `\u202e`), so the text stays
 * readable and on one line, and nothing in it reaches the terminal as a command.
 */
export function sanitizeTerminalText(text: string): string {
  fieldUnsafe.lastIndex = 0;
  return fieldUnsafe.test(text) ? text.replace(fieldUnsafe, escapeCharacter) : text;
}

/** Whole lines (several, each ending in `\n`): line feeds kept, every other control escaped. */
export function sanitizeTerminalLines(text: string): string {
  lineUnsafe.lastIndex = 0;
  return lineUnsafe.test(text) ? text.replace(lineUnsafe, escapeCharacter) : text;
}

/** True when `text` holds a character `sanitizeTerminalText` would escape (tests, and id checks). */
export function holdsTerminalControl(text: string): boolean {
  fieldUnsafe.lastIndex = 0;
  return fieldUnsafe.test(text);
}
