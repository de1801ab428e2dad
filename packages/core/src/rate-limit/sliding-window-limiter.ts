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

/**
 * At most N requests in any sliding window W: a log of send times, not a token bucket
 * (a bucket with a burst of N lets 2N through across one window boundary).
 */
export function createSlidingWindowLimiter(clock: Clock = systemClock): RateLimiter {
  const windows = new Map<string, Window>();

  async function pump(window: Window, limit: RateLimit): Promise<void> {
    window.pumping = true;
    try {
      while (window.queue.length > 0) {
        const now = clock.now();
        while (window.sent.length > 0 && window.sent[0]! <= now - limit.windowMs) window.sent.shift();
        if (window.sent.length < limit.requests) {
          const waiter = window.queue.shift()!;
          waiter.signal?.removeEventListener("abort", waiter.onAbort);
          window.sent.push(now);
          waiter.resolve();
          continue;
        }
        await clock.sleep(window.sent[0]! + limit.windowMs - now);
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
