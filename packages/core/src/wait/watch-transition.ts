import { RateLimitedError } from "../errors/errors.js";
import type { ScanstatError } from "../errors/scanstat-error.js";
import { isTerminalState, type Scan, type ScanRef } from "../model/scan.js";
import { hintedDelay } from "./next-poll-hint.js";
import { type PollDelayOptions, pollDelay } from "./poll-delay.js";
import { scanChanged } from "./scan-changed.js";
import type { ScanWatchEvent } from "./watch-event.js";

/** What a watch knows of one scan between two looks. */
export interface WatchedScan {
  ref: ScanRef;
  /** The last scan seen. */
  scan: Scan | undefined;
  /** Why the scan is no longer watched, when a failure ended it. */
  error: ScanstatError | undefined;
  /** When the next look is due, on the watch's clock (ms). */
  dueAt: number;
  /** Looks so far, failed ones included: the backoff's attempt number. */
  looks: number;
  consecutiveFailures: number;
  /** Terminal, or given up: never looked at again. */
  done: boolean;
  /** Unknown vendor words already warned about: each is warned about once. */
  warnedWords: ReadonlySet<string>;
}

/** What one look at a scan gave. */
export type LookOutcome = { type: "scan"; scan: Scan } | { type: "failure"; error: ScanstatError };

export interface TransitionSettings extends PollDelayOptions {
  /** Transient failures in a row after which the scan is given up. */
  maxConsecutiveFailures: number;
  /** The longest `Retry-After` waited out (ms); a vendor asking for more ends the scan. */
  maxRetryAfterMs: number;
  /** Jitter source for the backoff. */
  random: () => number;
}

interface Transition {
  state: WatchedScan;
  events: ScanWatchEvent[];
}

/**
 * What a look's outcome does to a watched scan, at `now`. Pure: the state it is given is not
 * changed, and nothing but `settings.random` is consulted.
 * - a scan: kept; done when terminal, else due again after the vendor's hint or the backoff;
 *   reported when it changed (or is the first), warned about once per unknown word
 * - a transient failure (`error.transient`): looked at again after the backoff, or after the
 *   vendor's `Retry-After` when longer, until `maxConsecutiveFailures` in a row or a
 *   `Retry-After` beyond `maxRetryAfterMs`
 * - any other failure: the scan ends with that error
 */
export function watchTransition(
  watched: WatchedScan,
  outcome: LookOutcome,
  now: number,
  settings: TransitionSettings,
): Transition {
  const looks = watched.looks + 1;
  return outcome.type === "scan"
    ? afterScan({ ...watched, looks }, outcome.scan, now, settings)
    : afterFailure({ ...watched, looks }, outcome.error, now, settings);
}

function afterScan(watched: WatchedScan, scan: Scan, now: number, settings: TransitionSettings): Transition {
  const previous = watched.scan;
  const done = isTerminalState(scan.state);
  const dueAt = done
    ? watched.dueAt
    : now +
      (hintedDelay(scan.nextPollAt, now, settings.maxDelayMs) ?? pollDelay(watched.looks, settings, settings.random));
  const events: ScanWatchEvent[] = [];
  if (!previous || scanChanged(previous, scan)) events.push({ type: "update", ref: watched.ref, scan, previous });
  let warnedWords = watched.warnedWords;
  if (scan.state === "unknown" && !warnedWords.has(scan.vendorState)) {
    warnedWords = new Set([...warnedWords, scan.vendorState]);
    events.push({ type: "unknown-state", ref: watched.ref, scan });
  }
  return { state: { ...watched, scan, consecutiveFailures: 0, done, dueAt, warnedWords }, events };
}

function afterFailure(
  watched: WatchedScan,
  error: ScanstatError,
  now: number,
  settings: TransitionSettings,
): Transition {
  if (error.transient) {
    const consecutiveFailures = watched.consecutiveFailures + 1;
    const askedFor = RateLimitedError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
    // A vendor asking for more than the cap (days, say) ends the scan, as it ends `status`.
    if (consecutiveFailures < settings.maxConsecutiveFailures && askedFor <= settings.maxRetryAfterMs) {
      const dueAt = now + Math.max(pollDelay(watched.looks, settings, settings.random), askedFor);
      return {
        state: { ...watched, consecutiveFailures, dueAt },
        events: [{ type: "retrying", ref: watched.ref, error }],
      };
    }
    return ended({ ...watched, consecutiveFailures }, error);
  }
  return ended(watched, error);
}

function ended(watched: WatchedScan, error: ScanstatError): Transition {
  return { state: { ...watched, done: true, error }, events: [{ type: "error", ref: watched.ref, error }] };
}
