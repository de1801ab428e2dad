const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const digitOf = new Map([...base64].map((character, index) => [character, index]));

/** The Base64 VLQ numbers of one source-map segment. */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const character of text) {
    const digit = digitOf.get(character);
    if (digit === undefined) throw new Error(`bad source map character "${character}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface GeneratedSpan {
  line: number;
  startColumn: number;
  /** Index into the map's `sources`, or -1 for generated glue no source owns. */
  source: number;
}

/** Every mapped span of the generated code: where it starts and which source it came from. */
function generatedSpans(mappings: string): GeneratedSpan[] {
  const spans: GeneratedSpan[] = [];
  let source = 0;
  mappings.split(";").forEach((lineText, line) => {
    let column = 0;
    if (lineText === "") return;
    for (const segmentText of lineText.split(",")) {
      const fields = decodeSegment(segmentText);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        spans.push({ line, startColumn: column, source });
      } else {
        spans.push({ line, startColumn: column, source: -1 });
      }
    }
  });
  return spans;
}

/**
 * Splits generated code into the text each source contributed (minified code keeps esbuild's
 * mapping per token, so this is exact to the character), keyed by the group `groupOf` names.
 */
export function codeBySourceGroup(
  code: string,
  map: { sources: string[]; mappings: string },
  groupOf: (source: string) => string,
): Map<string, string> {
  const lines = code.split("\n");
  const spansByLine = new Map<number, GeneratedSpan[]>();
  for (const span of generatedSpans(map.mappings)) {
    const list = spansByLine.get(span.line) ?? [];
    list.push(span);
    spansByLine.set(span.line, list);
  }
  const parts = new Map<string, string[]>();
  const add = (group: string, text: string) => {
    if (text === "") return;
    const list = parts.get(group) ?? [];
    list.push(text);
    parts.set(group, list);
  };
  lines.forEach((lineText, line) => {
    const spans = (spansByLine.get(line) ?? []).sort((a, b) => a.startColumn - b.startColumn);
    add("glue", lineText.slice(0, spans[0]?.startColumn ?? lineText.length));
    spans.forEach((span, index) => {
      const end = spans[index + 1]?.startColumn ?? lineText.length;
      const group = span.source < 0 ? "glue" : groupOf(map.sources[span.source] ?? "");
      add(group, lineText.slice(span.startColumn, end));
    });
  });
  return new Map([...parts].map(([group, texts]) => [group, texts.join("")]));
}
