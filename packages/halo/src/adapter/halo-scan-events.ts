import { haloDateToMinute } from "../client/halo-dates.js";
import type { HaloEvent } from "../client/halo-schemas.js";

/** What a Halo event says about a target's scan, if anything. */
export type HaloScanEventKind = "started" | "complete" | "failed";

/** The only scan key Halo's docs show (for "Scan Started"); the others are not documented. */
const haloScanStartedKey = "target-scan-start";

const kindOfSubject: Readonly<Record<string, HaloScanEventKind>> = {
  "scan started": "started",
  "scan complete": "complete",
  "first scan complete": "complete",
  "scan failed": "failed",
};

/**
 * The scan event an event is, read from its subject (Halo's documented words) or the one
 * documented key. Inference: keys of another group (`domain-…`, `network-…`) are not a target's
 * scan; an event with no key, or a `target-…` key, is read by its subject.
 */
export function haloScanEventKind(event: Pick<HaloEvent, "subject" | "key">): HaloScanEventKind | undefined {
  const key = event.key?.trim().toLowerCase() ?? "";
  if (key === haloScanStartedKey) return "started";
  if (key !== "" && !key.startsWith("target-")) return undefined;
  const subject = event.subject?.trim().toLowerCase() ?? "";
  return Object.hasOwn(kindOfSubject, subject) ? kindOfSubject[subject] : undefined;
}

/** A target's scan event placed in time (whole minutes: Halo's dates have no seconds). */
export interface HaloTimedScanEvent {
  kind: HaloScanEventKind;
  minute: number;
  subject: string;
}

/** The events Halo recorded for one target, as far as scanstat read them. */
export type HaloTargetEvents =
  | { readable: true; events: readonly HaloEvent[]; truncated: boolean }
  | { readable: false; reason: string };

/** How a scan that left the in-progress list ended, as far as Halo's events confirm it. */
export type HaloScanEnding = { confirmed: "complete" | "failed"; subject: string } | { confirmed: false; gap: string };

/**
 * Ties a finished scan to the event that ended it. Events carry no scan id, only a target and a
 * minute, so the reading leans on what Halo's docs do say and answers "unconfirmed" whenever the
 * events allow another reading:
 * - a target runs one scan at a time ("Scan Already In Progress"), so a target's events follow
 *   Started, [Complete | Failed], Started, … in time; a canceled scan has no ending event;
 * - inference: every scan has one "Scan Started" event, dated in the minute of its `date` or later.
 *
 * The scan's Started is the first at or after its start minute. Its ending is the first ending
 * at or after that minute, and only when no other scan started in between (a later scan's
 * ending is not this one's: that is how a canceled scan would otherwise borrow a "Scan
 * Complete"). An ending in the very minute the scan started could be the previous scan's: it
 * counts only when the target's previous scan had plainly ended before that minute.
 */
export function confirmHaloScanEnding(
  scanStartMinute: number | undefined,
  targetId: number | string | undefined,
  targetEvents: HaloTargetEvents,
): HaloScanEnding {
  if (!targetEvents.readable) return { confirmed: false, gap: targetEvents.reason };
  if (scanStartMinute === undefined) return { confirmed: false, gap: "Halo gave the scan no start date" };
  if (targetId === undefined) return { confirmed: false, gap: "Halo gave the scan no target id" };
  if (targetEvents.truncated) {
    return { confirmed: false, gap: `target ${targetId} has more events than scanstat reads` };
  }
  const events: HaloTimedScanEvent[] = [];
  for (const event of targetEvents.events) {
    // The target filter is not trusted: another target's event says nothing of this scan.
    if (event.target?.target_id === undefined || String(event.target.target_id) !== String(targetId)) continue;
    const kind = haloScanEventKind(event);
    if (kind === undefined) continue;
    const minute = haloDateToMinute(event.date_created);
    if (minute === undefined) {
      return { confirmed: false, gap: `a "${event.subject ?? kind}" event of target ${targetId} has no readable date` };
    }
    events.push({ kind, minute, subject: event.subject?.trim() || kind });
  }
  events.sort((a, b) => a.minute - b.minute);

  const started = events.find((event) => event.kind === "started" && event.minute >= scanStartMinute);
  if (!started) {
    return {
      confirmed: false,
      gap: `Halo recorded no "Scan Started" event for target ${targetId} since the scan began`,
    };
  }
  const ending = events.find((event) => event.kind !== "started" && event.minute >= started.minute);
  if (!ending) {
    return {
      confirmed: false,
      gap: `Halo recorded no "Scan Complete" or "Scan Failed" event for target ${targetId} since the scan started (a canceled scan has none)`,
    };
  }
  const startsBeforeEnding = events.filter(
    (event) => event.kind === "started" && event.minute >= started.minute && event.minute <= ending.minute,
  ).length;
  if (startsBeforeEnding > 1) {
    return {
      confirmed: false,
      gap: `another scan started on target ${targetId} before Halo recorded an ending: this scan's ending is not recorded (canceled?)`,
    };
  }
  if (ending.minute === started.minute) {
    const before = events.filter((event) => event.minute < started.minute);
    const lastMinute = before.at(-1)?.minute;
    if (before.some((event) => event.minute === lastMinute && event.kind === "started")) {
      return {
        confirmed: false,
        gap: `the ending Halo recorded for target ${targetId} may be the previous scan's (same minute)`,
      };
    }
  }
  const endings = events.filter((event) => event.kind !== "started" && event.minute === ending.minute);
  if (endings.some((event) => event.kind !== ending.kind)) {
    return { confirmed: false, gap: `Halo recorded both "Scan Complete" and "Scan Failed" for target ${targetId}` };
  }
  return { confirmed: ending.kind === "failed" ? "failed" : "complete", subject: ending.subject };
}
