import type { RateLimit } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";

/**
 * One request's place in a budget. It counts from the moment the answer arrived — the latest
 * moment the vendor can have counted the request — so call `answered` when the answer (or the
 * failure) comes back. Until then the request counts as happening now: it cannot leave a window.
 */
export interface RateLimitSlot {
  /** The answer (or the failure) arrived now. Calling it again changes nothing. */
  answered(): void;
}

export interface RateLimiter {
  /**
   * Resolves when one more request under `key` fits in `limit`; callers are served first come,
   * first served. A limiter that keeps no log (a test's unlimited one) may resolve with nothing.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: `async () => {}` (an unlimited limiter) must still fit.
  acquire(key: string, limit: RateLimit, signal?: AbortSignal): Promise<RateLimitSlot | void>;
}

interface Waiter {
  resolve: (slot: RateLimitSlot) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface Slot {
  /** When the request was let go: pacing spreads these. */
  grantedAt: number;
  /** When its answer arrived; undefined while it is in flight (it then counts as now). */
  answeredAt: number | undefined;
}

interface Window {
  /** The requests that may still be inside the window, in the order they were let go. */
  slots: Slot[];
  queue: Waiter[];
  pumping: boolean;
}

/** Parts of the window a budget is spread over: a whole budget at once would stall the rest of the window. */
const paceParts = 10;

/**
 * At most N requests in any sliding window W of the vendor's clock: a log of answer times, not a
 * token bucket (a bucket with a burst of N lets 2N through across one window boundary). A request
 * can reach the vendor any time between being sent and being answered, so the (N+1)th goes out
 * only W after the first was answered. Paced as well: at most ⌈N/10⌉ let go in any W/10, so a
 * burst of that size goes out at once and a longer run spreads over the window instead of
 * spending it in the first second and then waiting out the rest.
 */
export function createSlidingWindowLimiter(clock: Clock = systemClock): RateLimiter {
  const windows = new Map<string, Window>();

  /** When the next request may go: now, or the first moment both the window and the pace have room. */
  function nextSendAt(slots: readonly Slot[], limit: RateLimit, now: number): number {
    const burst = Math.ceil(limit.requests / paceParts);
    let at = now;
    if (slots.length >= limit.requests) {
      // In flight counts as now: such a request may yet reach the vendor at any moment.
      const counted = slots.map((slot) => slot.answeredAt ?? now).sort((a, b) => a - b);
      at = counted[counted.length - limit.requests]! + limit.windowMs;
    }
    // The burst-th latest grant must have left the last tenth of the window; whole ms, so time moves on.
    if (slots.length >= burst) {
      at = Math.max(at, Math.ceil(slots[slots.length - burst]!.grantedAt + limit.windowMs / paceParts));
    }
    return at;
  }

  /**
   * Drops the oldest slots once they can no longer matter: answered more than a window ago and let
   * go more than a tenth ago. Slots go in the order they were let go; one still in flight keeps
   * the later ones (a few, for a moment) rather than costing a scan of the whole log each time.
   */
  function forget(window: Window, limit: RateLimit, now: number): void {
    const { slots } = window;
    let stale = 0;
    while (stale < slots.length) {
      const slot = slots[stale]!;
      const done = slot.answeredAt !== undefined && slot.answeredAt <= now - limit.windowMs;
      if (!done || slot.grantedAt > now - limit.windowMs / paceParts) break;
      stale++;
    }
    if (stale > 0) slots.splice(0, stale);
  }

  async function pump(window: Window, limit: RateLimit): Promise<void> {
    window.pumping = true;
    try {
      while (window.queue.length > 0) {
        const now = clock.now();
        forget(window, limit, now);
        const sendAt = nextSendAt(window.slots, limit, now);
        if (sendAt <= now) {
          const waiter = window.queue.shift()!;
          waiter.signal?.removeEventListener("abort", waiter.onAbort);
          const slot: Slot = { grantedAt: now, answeredAt: undefined };
          window.slots.push(slot);
          waiter.resolve({
            answered: () => {
              slot.answeredAt ??= clock.now();
            },
          });
          continue;
        }
        // An answer only ever moves the next moment later, never earlier: sleep, then look again.
        await clock.sleep(sendAt - now);
      }
    } finally {
      window.pumping = false;
    }
  }

  return {
    acquire(key, limit, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      let window = windows.get(key);
      if (!window) {
        window = { slots: [], queue: [], pumping: false };
        windows.set(key, window);
      }
      const current = window;
      return new Promise<RateLimitSlot>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const index = current.queue.indexOf(waiter);
            if (index >= 0) current.queue.splice(index, 1);
            reject(signal?.reason);
          },
        };
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        current.queue.push(waiter);
        if (!current.pumping) void pump(current, limit);
      });
    },
  };
}

/** The limiter every client in this process shares unless given another (one budget per credential). */
export const sharedRateLimiter: RateLimiter = createSlidingWindowLimiter(systemClock);
