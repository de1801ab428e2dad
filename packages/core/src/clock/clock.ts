import { clampTimerMs } from "./clamp-timer.js";

/**
 * Time as the core sees it. Polling, backoff and rate limiting all go through a Clock so that
 * tests can run an hour-long scan in virtual time.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      // Node's timers take at most 2^31-1 ms (a longer one fires at once): a long sleep is a chain of them.
      const until = Date.now() + Math.max(0, Number.isNaN(ms) ? 0 : ms);
      let timer: ReturnType<typeof setTimeout>;
      const wait = () => {
        const left = until - Date.now();
        if (left <= 0) {
          signal?.removeEventListener("abort", onAbort);
          resolve();
          return;
        }
        timer = setTimeout(wait, clampTimerMs(left));
      };
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      timer = setTimeout(wait, clampTimerMs(until - Date.now()));
    }),
};
