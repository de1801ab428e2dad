import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoTime } from "./iso-time.js";

/** What it did before it read strings itself: a Date round trip. */
function throughDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

describe("isoTime", () => {
  it.each([
    ["2026-03-01T10:00:00Z", "2026-03-01T10:00:00.000Z"],
    ["2026-03-01T10:00:00.123Z", "2026-03-01T10:00:00.123Z"],
    ["2026-03-01T10:00:00.5Z", "2026-03-01T10:00:00.500Z"],
    ["2026-03-01T10:00:00.123456789Z", "2026-03-01T10:00:00.123Z"],
    ["2026-03-01T10:00:00.0007000000Z", "2026-03-01T10:00:00.007Z"],
    ["2024-02-29T23:59:59Z", "2024-02-29T23:59:59.000Z"],
    // Not UTC, or not in range: read by Date as before.
    ["2026-03-01T10:00:00+02:00", "2026-03-01T08:00:00.000Z"],
    ["2026-02-31T00:00:00Z", "2026-03-03T00:00:00.000Z"],
    ["2026-03-01T24:00:00Z", "2026-03-02T00:00:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(isoTime(input)).toBe(expected);
  });

  it.each([[""], [null], [undefined], ["0001-01-01T00:00:00Z"], ["soon"], ["2026-03-01T10:00:60Z"]])(
    "gives undefined for %s",
    (input) => {
      expect(isoTime(input)).toBeUndefined();
    },
  );

  it("answers as a Date round trip does, for any timestamp-like string", () => {
    const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, "0"));
    const timestamp = fc
      .tuple(
        fc.integer({ min: 2, max: 9999 }).map((value) => String(value).padStart(4, "0")),
        twoDigits(13),
        twoDigits(32),
        twoDigits(25),
        twoDigits(61),
        twoDigits(61),
        fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,12}$/)),
        fc.constantFrom("Z", "z", "+01:00", ""),
      )
      .map(
        ([year, month, day, hour, minute, second, fraction, zone]) =>
          `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone}`,
      );
    fc.assert(
      fc.property(timestamp, (value) => {
        expect(isoTime(value)).toBe(throughDate(value));
      }),
      { numRuns: 2000 },
    );
  });
});
