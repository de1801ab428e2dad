/**
 * Where a JSON text first breaks the grammar, as `line L, column C` (1-based), or undefined when
 * it is valid. Config errors name the place, never the text around it: the text may be a secret.
 * A small scanner of its own, because the engine's messages quote the text around the error
 * (`Unexpected token 'x', "…secret…" is not valid JSON`). Iterative: any nesting depth is fine.
 */
export function jsonSyntaxPosition(text: string): { line: number; column: number; offset: number } | undefined {
  let index = 0;
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - before.lastIndexOf("\n"), offset };
  };
  const space = () => {
    while (index < text.length && " \t\n\r".includes(text[index]!)) index++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, index)) {
      index += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[index] !== '"') return false;
    index++;
    while (index < text.length) {
      const character = text[index]!;
      if (character === '"') {
        index++;
        return true;
      }
      if (character < " ") return false;
      if (character === "\\") {
        const next = text[index + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return false;
          index += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          index += 2;
        } else {
          index++;
          return false;
        }
      } else {
        index++;
      }
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (!match) return false;
    index += match[0].length;
    return true;
  };
  // What the scanner expects next: a value, or the separator/closer inside an object or array.
  const containers: Array<"object" | "array"> = [];
  let expectValue = true;
  for (;;) {
    space();
    if (expectValue) {
      const character = text[index];
      if (character === "{") {
        index++;
        space();
        if (text[index] === "}") {
          index++;
          expectValue = false;
          continue;
        }
        containers.push("object");
        if (!string()) return at(index);
        space();
        if (text[index] !== ":") return at(index);
        index++;
        continue;
      }
      if (character === "[") {
        index++;
        space();
        if (text[index] === "]") {
          index++;
          expectValue = false;
          continue;
        }
        containers.push("array");
        continue;
      }
      const ok = character === '"' ? string() : literal("true") || literal("false") || literal("null") || number();
      if (!ok) return at(index);
      expectValue = false;
      continue;
    }
    const container = containers.at(-1);
    if (container === undefined) {
      return index === text.length ? undefined : at(index);
    }
    const character = text[index];
    if (character === ",") {
      index++;
      if (container === "object") {
        space();
        if (!string()) return at(index);
        space();
        if (text[index] !== ":") return at(index);
        index++;
      }
      expectValue = true;
      continue;
    }
    if ((container === "object" && character === "}") || (container === "array" && character === "]")) {
      index++;
      containers.pop();
      continue;
    }
    return at(index);
  }
}
