import { describe, expect, it } from "vitest";
import { createBoundedMap } from "./bounded-map.js";

describe("createBoundedMap", () => {
  it.each([
    [
      "under capacity keeps all",
      3,
      [
        ["a", 1],
        ["b", 2],
      ],
      ["a", "b"],
    ],
    [
      "past capacity drops the oldest",
      2,
      [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ],
      ["b", "c"],
    ],
    [
      "rewriting a key makes it newest",
      2,
      [
        ["a", 1],
        ["b", 2],
        ["a", 3],
        ["c", 4],
      ],
      ["a", "c"],
    ],
    [
      "capacity one keeps the last",
      1,
      [
        ["a", 1],
        ["b", 2],
      ],
      ["b"],
    ],
  ] as const)("%s", (_, capacity, writes, kept) => {
    const map = createBoundedMap<string, number>(capacity);
    for (const [key, value] of writes) map.set(key, value);
    expect(["a", "b", "c"].filter((key) => map.has(key))).toEqual(kept);
    expect(map.size).toBe(kept.length);
  });

  it("reads the latest value, and deletes", () => {
    const map = createBoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("a", 2);
    expect(map.get("a")).toBe(2);
    expect(map.delete("a")).toBe(true);
    expect(map.get("a")).toBeUndefined();
    expect(map.delete("a")).toBe(false);
  });

  it("reading does not make a key newest", () => {
    const map = createBoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect(map.has("a")).toBe(false);
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])("capacity %s → RangeError", (capacity) => {
    expect(() => createBoundedMap(capacity)).toThrow(RangeError);
  });
});
