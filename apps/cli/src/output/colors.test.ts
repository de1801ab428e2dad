import { describe, expect, it } from "vitest";
import { colorEnabled, createPainter } from "./colors.js";

describe("colorEnabled", () => {
  it("on for a terminal", () => expect(colorEnabled({ isTTY: true, noColorFlag: false, env: {} })).toBe(true));
  it("off when not a terminal", () => expect(colorEnabled({ isTTY: false, noColorFlag: false, env: {} })).toBe(false));
  it("off with --no-color", () => expect(colorEnabled({ isTTY: true, noColorFlag: true, env: {} })).toBe(false));
  it("off with NO_COLOR set", () =>
    expect(colorEnabled({ isTTY: true, noColorFlag: false, env: { NO_COLOR: "1" } })).toBe(false));
  it("on with NO_COLOR empty (no-color.org)", () =>
    expect(colorEnabled({ isTTY: true, noColorFlag: false, env: { NO_COLOR: "" } })).toBe(true));
  it("off on a dumb terminal", () =>
    expect(colorEnabled({ isTTY: true, noColorFlag: false, env: { TERM: "dumb" } })).toBe(false));
});

describe("createPainter", () => {
  it("paints only when enabled", () => {
    expect(createPainter(true).paint("red", "x")).toBe("\u001b[31mx\u001b[39m");
    expect(createPainter(false).paint("red", "x")).toBe("x");
  });
});
