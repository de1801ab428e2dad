import { describe, expect, it } from "vitest";
import { haloDateToMinute } from "../client/halo-dates.js";
import { confirmHaloScanEnding, haloScanEventKind } from "./halo-scan-events.js";

describe("haloScanEventKind", () => {
  it.each([
    ["Scan Started", "target-scan-start", "started"],
    ["Anything", "target-scan-start", "started"],
    ["Scan Started", null, "started"],
    ["Scan Complete", "", "complete"],
    ["First Scan Complete", "target-first-scan-complete", "complete"],
    [" scan failed ", "target-scan-failed", "failed"],
    ["Scan Complete", "domain-scan-complete", undefined],
    ["Scan Complete", "network-scan-complete", undefined],
    ["Scan Canceled", "", undefined],
    ["Target Added", "target-add", undefined],
    [null, null, undefined],
    ["toString", "", undefined],
  ] as const)("subject %j with key %j → %s", (subject, key, kind) => {
    expect(haloScanEventKind({ subject, key })).toBe(kind);
  });
});

describe("confirmHaloScanEnding: what it needs before reading events", () => {
  const events = { readable: true as const, truncated: false, events: [] };
  it("no target id: unconfirmed", () => {
    expect(confirmHaloScanEnding(1, undefined, events)).toEqual({
      confirmed: false,
      gap: "Halo gave the scan no target id",
    });
  });

  it("an event without a target says nothing about the scan", () => {
    const started = { event_id: 1, subject: "Scan Started", date_created: "2026-03-01 10:00" };
    const complete = { event_id: 2, subject: "Scan Complete", date_created: "2026-03-01 10:05" };
    const start = haloDateToMinute("2026-03-01 10:00");
    expect(
      confirmHaloScanEnding(start, 1, {
        readable: true,
        truncated: false,
        events: [
          { ...started, target: { target_id: 1 } },
          { ...complete, target: {} },
        ],
      }).confirmed,
    ).toBe(false);
    expect(
      confirmHaloScanEnding(start, "1", {
        readable: true,
        truncated: false,
        events: [
          { ...started, target: { target_id: "1" } },
          { ...complete, target: { target_id: 1 } },
        ],
      }),
    ).toEqual({ confirmed: "complete", subject: "Scan Complete" });
  });
});

describe("haloDateToMinute", () => {
  it.each([
    ["1970-01-01 00:01", 1],
    ["2026-03-01 10:00", Date.UTC(2026, 2, 1, 10, 0) / 60_000],
    ["2026-03-01 10:00:59", Date.UTC(2026, 2, 1, 10, 0) / 60_000],
    ["0000-00-00 00:00", undefined],
    ["2026-02-31 10:00", undefined],
    [null, undefined],
  ] as const)("%j → %s", (date, minute) => {
    expect(haloDateToMinute(date)).toBe(minute);
  });
});
