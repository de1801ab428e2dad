import type { ScanState } from "@scanstat/core";

/**
 * Where Halo shows a scan. Halo has no status field on a finished scan: state is composite.
 * - listed by `scan/inprogress-list.json` → not finished; `status_display` refines it;
 * - not listed but answered by `scan/get.json` → finished.
 * `cancelRequestedHere` is this adapter's own memory of a cancel it sent: Halo's API cannot tell a
 * canceled scan from a completed one, so a scan canceled elsewhere reads as completed.
 */
export type HaloScanPresence =
  | { listedInProgress: true; statusDisplay: string | null | undefined; cancelRequestedHere?: boolean }
  | { listedInProgress: false; cancelRequestedHere?: boolean };

/** Our label for "not in progress, found by get.json": Halo itself has no word for it. */
export const haloFinishedVendorState = "not in progress";
/** Our label for a listed scan without a `status_display`. */
const haloInProgressVendorState = "in progress";

const queuedWords = /queued|pending|waiting/i;
const cancelingWords = /cancel|stopping/i;
const canceledWords = /cancel|abort|stopped/i;
const failedWords = /fail|error/i;
const runningWords = /running|in progress/i;

/**
 * The scan's state and its vendor word (verbatim where Halo gives one). Every word listed in
 * progress is non-terminal: Queued / Pending / Waiting → queued, Cancel… / Stopping → canceling,
 * anything else ("Server - Running", "Web - Running", a word this version has not seen) → running,
 * because being listed is Halo's own statement that the scan is in progress.
 */
export function mapHaloScanState(presence: HaloScanPresence): { state: ScanState; vendorState: string } {
  if (!presence.listedInProgress) {
    return { state: presence.cancelRequestedHere ? "canceled" : "completed", vendorState: haloFinishedVendorState };
  }
  const word = presence.statusDisplay?.trim() ?? "";
  const vendorState = word === "" ? haloInProgressVendorState : (presence.statusDisplay as string);
  if (cancelingWords.test(word) || presence.cancelRequestedHere) return { state: "canceling", vendorState };
  if (queuedWords.test(word)) return { state: "queued", vendorState };
  return { state: "running", vendorState };
}

// A list repeats a handful of words over up to 1000 scans a page: each word is read once.
// Bounded, so a vendor that puts ids or times in the word cannot grow it without end.
const listedWords = new Map<string, Readonly<{ state: ScanState; vendorState: string }>>();
const listedWordLimit = 64;

/**
 * `mapHaloScanState` of a scan listed in progress with this `status_display` and no cancel sent
 * from here, read once per word. The answer is shared: read it, do not change it.
 */
export function mapHaloListedWord(statusDisplay: string): Readonly<{ state: ScanState; vendorState: string }> {
  let mapped = listedWords.get(statusDisplay);
  if (mapped === undefined) {
    mapped = Object.freeze(mapHaloScanState({ listedInProgress: true, statusDisplay }));
    if (listedWords.size >= listedWordLimit) listedWords.clear();
    listedWords.set(statusDisplay, mapped);
  }
  return mapped;
}

/**
 * A `status_display` on `scan/get.json` (not documented there; read if Halo sends one) of a scan
 * that left the in-progress list. Words that say how it ended badly, or that it has not ended,
 * decide the state; any other word (Complete, a word not seen before) leaves it to the events:
 * a word alone never gives a verdict.
 */
export function mapHaloFinishedWord(
  statusDisplay: string | null | undefined,
): { state: ScanState; vendorState: string } | undefined {
  const word = statusDisplay?.trim() ?? "";
  if (word === "") return undefined;
  const vendorState = statusDisplay as string;
  if (/cancel(l)?ing|stopping/i.test(word)) return { state: "canceling", vendorState };
  if (canceledWords.test(word)) return { state: "canceled", vendorState };
  if (failedWords.test(word)) return { state: "failed", vendorState };
  if (queuedWords.test(word)) return { state: "queued", vendorState };
  if (runningWords.test(word)) return { state: "running", vendorState };
  return undefined;
}
