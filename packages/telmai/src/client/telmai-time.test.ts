import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { earliestIsoTime, isoTime, latestIsoTime } from "./telmai-time.js";

/** What the mappers did before they compared strings: epochs through Date. */
function throughDate(timestamps: readonly (string | null)[], latest: boolean): string | undefined {
  const epochs = timestamps.map((value) => (value ? Date.parse(value) : Number.NaN)).filter((at) => !Number.isNaN(at));
  if (epochs.length === 0) return undefined;
  return new Date(latest ? Math.max(...epochs) : Math.min(...epochs)).toISOString();
}

describe("isoTime", () => {
  it.each([
    ["2026-03-24T09:00:00Z", "2026-03-24T09:00:00.000Z"],
    ["2026-03-24T09:00:00.250Z", "2026-03-24T09:00:00.250Z"],
    ["2026-03-24T09:00:00.25Z", "2026-03-24T09:00:00.250Z"],
    ["2026-03-24T09:00:00.123456Z", "2026-03-24T09:00:00.123Z"],
    ["2026-03-24T11:00:00+02:00", "2026-03-24T09:00:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(isoTime(input)).toBe(expected);
  });

  it.each([[""], [null], [undefined], ["later"]])("gives undefined for %s", (input) => {
    expect(isoTime(input)).toBeUndefined();
  });
});

describe("earliestIsoTime and latestIsoTime", () => {
  it("pick by time, skipping empty and unreadable values", () => {
    const times = ["2026-03-24T09:00:02Z", null, "2026-03-24T09:00:01.500Z", "", "2026-03-24T09:04:00Z"];
    expect(earliestIsoTime(times)).toBe("2026-03-24T09:00:01.500Z");
    expect(latestIsoTime(times)).toBe("2026-03-24T09:04:00.000Z");
    expect(earliestIsoTime([null, ""])).toBeUndefined();
  });

  it("compare a time with an offset by the moment it names", () => {
    const times = ["2026-03-24T09:00:00Z", "2026-03-24T10:30:00+02:00"];
    expect(earliestIsoTime(times)).toBe("2026-03-24T08:30:00.000Z");
    expect(latestIsoTime(times)).toBe("2026-03-24T09:00:00.000Z");
  });

  it("answer as epochs through Date do, for any mix of timestamps", () => {
    const twoDigits = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, "0"));
    const timestamp = fc
      .tuple(
        fc.integer({ min: 1990, max: 2040 }).map(String),
        twoDigits(13),
        twoDigits(32),
        twoDigits(25),
        twoDigits(61),
        twoDigits(61),
        fc.oneof(fc.constant(""), fc.stringMatching(/^\.\d{0,11}$/)),
        fc.constantFrom("Z", "Z", "Z", "+01:00", ""),
      )
      .map(
        ([year, month, day, hour, minute, second, fraction, zone]) =>
          `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${zone}`,
      );
    fc.assert(
      fc.property(fc.array(fc.oneof(timestamp, fc.constantFrom(null, "")), { maxLength: 6 }), (timestamps) => {
        expect(earliestIsoTime(timestamps)).toBe(throughDate(timestamps, false));
        expect(latestIsoTime(timestamps)).toBe(throughDate(timestamps, true));
      }),
      { numRuns: 2000 },
    );
  });
});
