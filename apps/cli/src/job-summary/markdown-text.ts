/**
 * Text from a vendor (names, state words, error messages) made safe for one Markdown table
 * cell: no line break (it would end the row), no raw `|` (it would start a new cell), no HTML
 * (GitHub renders some), no emphasis, code or link syntax. What is left reads as plain text.
 */
export function markdownCellText(text: string): string {
  return (
    text
      // Line breaks and other control characters end rows or hide text: one space each. Brackets
      // are escaped, so parentheses can never form a link and stay as they are.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/[\\`*_[\]~|]/g, (character) => `\\${character}`)
      .trim()
  );
}

/** A link cell: only http(s) URLs become links; parentheses are percent-encoded so the link cannot end early. */
export function markdownLink(label: string, url: string | undefined): string {
  if (url === undefined) return "";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "";
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\|/g, "%7C");
  return `[${markdownCellText(label)}](${href})`;
}
