import { describe, expect, it } from "vitest";
import { closestWord, editDistance } from "./did-you-mean.js";

const commands = [
  "status",
  "watch",
  "trigger",
  "cancel",
  "logs",
  "list",
  "vendors",
  "demo",
  "sandbox",
  "completion",
  "help",
];

describe("closestWord", () => {
  it.each([
    ["stauts", "status"],
    ["stats", "status"],
    ["wacth", "watch"],
    ["triger", "trigger"],
    ["vendor", "vendors"],
    ["sandbx", "sandbox"],
    ["STATUS", "status"],
    ["stat", "status"],
  ])("%s → %s", (typed, expected) => {
    expect(closestWord(typed, commands)).toBe(expected);
  });

  it.each(["deploy", "x", "ls", "foo", "run"])("%s → no suggestion", (typed) => {
    expect(closestWord(typed, commands)).toBeUndefined();
  });

  it("options", () => {
    expect(closestWord("fial-on", ["fail-on", "warn-on", "format"])).toBe("fail-on");
    expect(closestWord("jsn", ["json", "quiet"])).toBe("json");
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("stauts", "status")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
});
