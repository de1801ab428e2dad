import { describe, expect, it } from "vitest";
import { vendorCount } from "./vendor-count.js";

describe("vendorCount", () => {
  it.each([
    [3, 3],
    [0, 0],
    [-2, 0],
    [1.5, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [2 ** 60, 0],
    ["4", 0],
    [null, 0],
    [undefined, 0],
  ])("reads %s as %s", (value, expected) => {
    expect(vendorCount(value)).toBe(expected);
  });
});
