import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "./__fixtures__/hostile-text.js";
import { holdsTerminalControl, sanitizeTerminalLines, sanitizeTerminalText } from "./sanitize-terminal-text.js";

describe("sanitizeTerminalText", () => {
  it("escapes each kind of control as it is written in source code", () => {
    expect(sanitizeTerminalText("\u001b[2Jclear")).toBe("\\x1b[2Jclear");
    expect(sanitizeTerminalText("\u001b]0;title\u0007")).toBe("\\x1b]0;title\\x07");
    expect(sanitizeTerminalText("\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\")).toBe(
      "\\x1b]8;;https://evil\\x1b\\link\\x1b]8;;\\x1b\\",
    );
    expect(sanitizeTerminalText("done\rfailed")).toBe("done\\x0dfailed");
    expect(sanitizeTerminalText("line\nforged")).toBe("line\\x0aforged");
    expect(sanitizeTerminalText("tab\there")).toBe("tab\\x09here");
    expect(sanitizeTerminalText("\u007f\u009b31m")).toBe("\\x7f\\x9b31m");
    expect(sanitizeTerminalText("abc\u202edcba")).toBe("abc\\u202edcba");
    expect(sanitizeTerminalText("\u2066x\u2069\u2028")).toBe("\\u2066x\\u2069\\u2028");
  });

  it("leaves ordinary text alone, accents and other scripts included", () => {
    expect(sanitizeTerminalText("completedWithWarnings — é 中 ✓ \\x1b")).toBe("completedWithWarnings — é 中 ✓ \\x1b");
  });

  it("no control character survives, whatever the text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = sanitizeTerminalText(text);
        expect(holdsTerminalControl(shown)).toBe(false);
        // Nothing is lost: each control became a visible escape, everything else is unchanged.
        expect(shown.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4})/g, "")).toBe(
          text
            .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "")
            .replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4})/g, ""),
        );
      }),
    );
  });
});

describe("sanitizeTerminalLines", () => {
  it("keeps line feeds, escapes every other control", () => {
    expect(sanitizeTerminalLines("one\ntwo\r\u001b[2K\n")).toBe("one\ntwo\\x0d\\x1b[2K\n");
  });
});
