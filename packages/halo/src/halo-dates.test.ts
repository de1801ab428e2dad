import { describe, expect, it } from "vitest";
import { haloDateToIso } from "./halo-dates.js";

describe("haloDateToIso", () => {
  it.each([
    ["2026-03-16 15:45", "2026-03-16T15:45:00.000Z"],
    ["2026-03-16 15:45:07", "2026-03-16T15:45:07.000Z"],
    ["2026-03-16T15:45", "2026-03-16T15:45:00.000Z"],
  ])("reads %s as UTC", (input, expected) => {
    expect(haloDateToIso(input)).toBe(expected);
  });

  it.each([["0000-00-00 00:00"], ["2026-02-31 10:00"], ["2026-03-16 24:00"], ["yesterday"], [""], [null], [undefined]])(
    "gives undefined for %s",
    (input) => {
      expect(haloDateToIso(input)).toBeUndefined();
    },
  );
});
