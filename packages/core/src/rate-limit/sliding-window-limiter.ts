import type { RateLimit } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";

export interface RateLimiter {
  /** Resolves when one more request under `key` fits in `limit`; callers are served first come, first served. */
  acquire(key: string, limit: RateLimit, signal?: AbortSignal): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

interface Window {
  /** Start times of the requests still inside the window, oldest first. */
  sent: number[];
  queue: Waiter[];
  pumping: boolean;
}

/** Parts of the window a budget is spread over: a whole budget at once would stall the rest of the window. */
const paceParts = 10;

/**
 * At most N requests in any sliding window W: a log of send times, not a token bucket
 * (a bucket with a burst of N lets 2N through across one window boundary). Paced as well: at most
 * ⌈N/10⌉ in any W/10, so a burst of that size goes out at once and a longer run spreads over the
 * window instead of spending it in the first second and then waiting out the rest.
 */
export function createSlidingWindowLimiter(clock: Clock = systemClock): RateLimiter {
  const windows = new Map<string, Window>();

  /** When the next request may go: now, or the first moment both windows have room. */
  function nextSendAt(sent: readonly number[], limit: RateLimit, now: number): number {
    const burst = Math.ceil(limit.requests / paceParts);
    let at = now;
    if (sent.length >= limit.requests) at = sent[sent.length - limit.requests]! + limit.windowMs;
    // The burst-th latest send must have left the last tenth of the window; whole ms, so time moves on.
    if (sent.length >= burst) at = Math.max(at, Math.ceil(sent[sent.length - burst]! + limit.windowMs / paceParts));
    return at;
  }

  async function pump(window: Window, limit: RateLimit): Promise<void> {
    window.pumping = true;
    try {
      while (window.queue.length > 0) {
        const now = clock.now();
        while (window.sent.length > 0 && window.sent[0]! <= now - limit.windowMs) window.sent.shift();
        const sendAt = nextSendAt(window.sent, limit, now);
        if (sendAt <= now) {
          const waiter = window.queue.shift()!;
          waiter.signal?.removeEventListener("abort", waiter.onAbort);
          window.sent.push(now);
          waiter.resolve();
          continue;
        }
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
        window = { sent: [], queue: [], pumping: false };
        windows.set(key, window);
      }
      const current = window;
      return new Promise<void>((resolve, reject) => {
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
