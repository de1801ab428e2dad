import type { ResultEvidence, ScanState, Verdict } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { readFixture } from "../__fixtures__/read-fixture.js";
import { haloDateToMinute } from "../client/halo-dates.js";
import { confirmHaloScanEnding, type HaloTargetEvents } from "./halo-scan-events.js";
import type { HaloEvent, HaloScanDetails, HaloScanDetailsResponse } from "../client/halo-schemas.js";
import { mapHaloScanDetails } from "./map-halo-scan.js";

// The vendor page's get.json example (counts 10 of every level: verdict fail), started at 10:00 on target 1.
const example = readFixture<HaloScanDetailsResponse>("scan-get.json");
const scanDate = "2026-03-01 10:00";

function event(subject: string, date: string, options: { target?: number | string; key?: string } = {}): HaloEvent {
  return {
    event_id: `${subject}@${date}#${options.target ?? 1}`,
    subject,
    date_created: date,
    key: options.key ?? (subject === "Scan Started" ? "target-scan-start" : ""),
    url: "https://www.halosecurity.com/link?q=user-event&id=x",
    target: { target_name: "", target_id: options.target ?? 1, target: "www.example.com" },
  };
}
const started = (date: string) => event("Scan Started", date);
const completed = (date: string) => event("Scan Complete", date);
const failed = (date: string) => event("Scan Failed", date);

interface Case {
  name: string;
  /** Changes to get.json's `scan`. */
  scan?: Partial<HaloScanDetails>;
  events: HaloEvent[] | HaloTargetEvents;
  canceledHere?: boolean;
  expected: { state: ScanState; vendorState: string; verdict: Verdict | undefined; evidence: ResultEvidence };
}

const countsAndEvents: ResultEvidence = { sources: ["severity-counts", "events"], complete: true };
const noEnding = (gap: string): ResultEvidence => ({ sources: [], complete: false, gaps: [gap] });
const noEndingEvent =
  'Halo recorded no "Scan Complete" or "Scan Failed" event for target 1 since the scan started (a canceled scan has none)';

const cases: Case[] = [
  {
    name: "Scan Started, then Scan Complete: completed, the policy's verdict on the counts",
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:20")],
    expected: { state: "completed", vendorState: "Scan Complete", verdict: "fail", evidence: countsAndEvents },
  },
  {
    name: "the list in name order (Complete before Started) is read in time order",
    events: [completed("2026-03-01 10:20"), started("2026-03-01 10:00")],
    expected: { state: "completed", vendorState: "Scan Complete", verdict: "fail", evidence: countsAndEvents },
  },
  {
    name: "clean counts, confirmed: pass",
    scan: { issue_severity_count: { "0": 3, "1": 2, "2": 1 } },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:20")],
    expected: { state: "completed", vendorState: "Scan Complete", verdict: "pass", evidence: countsAndEvents },
  },
  {
    name: "canceled elsewhere: Started and no ending, clean counts → completed WITHOUT a verdict, never pass",
    scan: { issue_severity_count: { "0": 0 } },
    events: [started("2026-03-01 10:00")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding(noEndingEvent),
    },
  },
  {
    name: "Scan Failed: failed, no verdict",
    scan: { issue_severity_count: {} },
    events: [started("2026-03-01 10:00"), failed("2026-03-01 10:05")],
    expected: {
      state: "failed",
      vendorState: "Scan Failed",
      verdict: undefined,
      evidence: { sources: ["events"], complete: true },
    },
  },
  {
    name: "canceled, then the target's next scan completed: that Complete is not this scan's",
    scan: { issue_severity_count: {} },
    events: [started("2026-03-01 10:00"), started("2026-03-01 10:30"), completed("2026-03-01 10:50")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding(
        "another scan started on target 1 before Halo recorded an ending: this scan's ending is not recorded (canceled?)",
      ),
    },
  },
  {
    name: "a Complete in the minute the scan began, while the previous scan was open: maybe the previous one's",
    scan: { issue_severity_count: {} },
    events: [started("2026-03-01 09:40"), completed("2026-03-01 10:00"), started("2026-03-01 10:00")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding("the ending Halo recorded for target 1 may be the previous scan's (same minute)"),
    },
  },
  {
    name: "a scan under a minute, after the previous one had plainly ended: confirmed",
    events: [
      started("2026-03-01 09:40"),
      completed("2026-03-01 09:50"),
      started("2026-03-01 10:00"),
      completed("2026-03-01 10:00"),
    ],
    expected: { state: "completed", vendorState: "Scan Complete", verdict: "fail", evidence: countsAndEvents },
  },
  {
    name: "Scan Complete and Scan Failed in one minute: unconfirmed",
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:10"), failed("2026-03-01 10:10")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding('Halo recorded both "Scan Complete" and "Scan Failed" for target 1'),
    },
  },
  {
    name: "no Scan Started at all: unconfirmed",
    events: [completed("2026-03-01 10:10")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding('Halo recorded no "Scan Started" event for target 1 since the scan began'),
    },
  },
  {
    name: "events of another target (a filter the server ignored) say nothing",
    events: [
      event("Scan Started", "2026-03-01 10:00", { target: 2 }),
      event("Scan Complete", "2026-03-01 10:10", { target: 2 }),
    ],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding('Halo recorded no "Scan Started" event for target 1 since the scan began'),
    },
  },
  {
    name: "only events from before the scan began: unconfirmed",
    events: [started("2026-03-01 09:00"), completed("2026-03-01 09:30")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding('Halo recorded no "Scan Started" event for target 1 since the scan began'),
    },
  },
  {
    name: "First Scan Complete confirms the ending too",
    events: [started("2026-03-01 10:00"), event("First Scan Complete", "2026-03-01 10:30")],
    expected: { state: "completed", vendorState: "First Scan Complete", verdict: "fail", evidence: countsAndEvents },
  },
  {
    name: "subjects are read whatever their case, with a target key",
    events: [
      event("scan started", "2026-03-01 10:00", { key: "target-scan-start" }),
      event("SCAN COMPLETE", "2026-03-01 10:30", { key: "target-scan-complete" }),
    ],
    expected: { state: "completed", vendorState: "SCAN COMPLETE", verdict: "fail", evidence: countsAndEvents },
  },
  {
    name: "a Scan Complete of the domain group is not the target's scan",
    events: [started("2026-03-01 10:00"), event("Scan Complete", "2026-03-01 10:30", { key: "domain-scan-complete" })],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding(noEndingEvent),
    },
  },
  {
    name: "an ending event whose date cannot be read: unconfirmed",
    events: [started("2026-03-01 10:00"), completed("0000-00-00 00:00")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding('a "Scan Complete" event of target 1 has no readable date'),
    },
  },
  {
    name: "more events than scanstat reads: unconfirmed",
    events: { readable: true, truncated: true, events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")] },
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding("target 1 has more events than scanstat reads"),
    },
  },
  {
    name: "events refused (403): unconfirmed",
    events: { readable: false, reason: "Halo's events could not be read (halo listEvents: HTTP 403)" },
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding("Halo's events could not be read (halo listEvents: HTTP 403)"),
    },
  },
  {
    name: "get.json without a date: the window cannot be placed",
    scan: { date: "0000-00-00 00:00" },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding("Halo gave the scan no start date"),
    },
  },
  {
    name: "confirmed, but only issue_count (3) and no counts by severity: unknown findings, warn on partial evidence",
    scan: { issue_severity_count: undefined, issue_count: 3 },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "completed",
      vendorState: "Scan Complete",
      verdict: "warn",
      evidence: { sources: ["total-only", "events"], complete: false, gaps: ["Halo sent no issue_severity_count"] },
    },
  },
  {
    name: "confirmed, issue_count 0 and no counts by severity: not pass (the evidence is partial)",
    scan: { issue_severity_count: undefined, issue_count: 0 },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "completed",
      vendorState: "Scan Complete",
      verdict: "warn",
      evidence: { sources: ["total-only", "events"], complete: false, gaps: ["Halo sent no issue_severity_count"] },
    },
  },
  {
    name: "confirmed, but no count of any kind: no verdict",
    scan: { issue_severity_count: undefined, issue_count: undefined },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "completed",
      vendorState: "Scan Complete",
      verdict: undefined,
      evidence: {
        sources: ["events"],
        complete: false,
        gaps: ["Halo sent no issue_severity_count", "Halo sent no readable issue_count"],
      },
    },
  },
  {
    name: "confirmed, a fractional count: pass becomes warn",
    scan: { issue_severity_count: { "1": 2, "2": 1.5 } },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "completed",
      vendorState: "Scan Complete",
      verdict: "warn",
      evidence: {
        sources: ["severity-counts", "events"],
        complete: false,
        gaps: ["issue_severity_count of level 2 is not a whole number from 0"],
      },
    },
  },
  {
    name: "a status_display 'Canceled' on get.json (undocumented) wins over a Complete event",
    scan: { status_display: "Canceled", issue_severity_count: {} },
    events: [started("2026-03-01 10:00"), completed("2026-03-01 10:30")],
    expected: {
      state: "canceled",
      vendorState: "Canceled",
      verdict: undefined,
      evidence: noEnding('Halo says the scan is "Canceled"'),
    },
  },
  {
    name: "a status_display 'Complete' on get.json alone gives no verdict",
    scan: { status_display: "Complete", issue_severity_count: {} },
    events: [started("2026-03-01 10:00")],
    expected: {
      state: "completed",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: noEnding(noEndingEvent),
    },
  },
  {
    name: "canceled by this process and no ending event: canceled",
    canceledHere: true,
    scan: { issue_severity_count: {} },
    events: [started("2026-03-01 10:00")],
    expected: {
      state: "canceled",
      vendorState: "not in progress",
      verdict: undefined,
      evidence: { sources: [], complete: false, gaps: ["canceled by this scanstat process", noEndingEvent] },
    },
  },
  {
    name: "canceled by this process, but Halo recorded Scan Failed: failed",
    canceledHere: true,
    events: [started("2026-03-01 10:00"), failed("2026-03-01 10:05")],
    expected: {
      state: "failed",
      vendorState: "Scan Failed",
      verdict: undefined,
      evidence: { sources: ["events"], complete: true },
    },
  },
];

describe("how a finished Halo scan ends: get.json and the target's events", () => {
  it.each(cases)("$name", ({ scan, events, canceledHere, expected }) => {
    const body: HaloScanDetailsResponse = { scan: { ...example.scan, date: scanDate, target_id: 1, ...scan } };
    const targetEvents: HaloTargetEvents = Array.isArray(events)
      ? { readable: true, events, truncated: false }
      : events;
    const mapped = mapHaloScanDetails(body, {
      cancelRequestedHere: canceledHere === true,
      ending: confirmHaloScanEnding(haloDateToMinute(body.scan.date), body.scan.target_id, targetEvents),
    });
    expect({
      state: mapped.state,
      vendorState: mapped.vendorState,
      verdict: mapped.result?.verdict,
      evidence: mapped.result?.evidence,
    }).toEqual(expected);
  });
});
