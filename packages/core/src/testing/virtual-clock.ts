import { clampTimerMs } from "../clock/clamp-timer.js";
import type { Clock } from "../clock/clock.js";

interface Timer {
  at: number;
  order: number;
  resolve: () => void;
}

export interface VirtualClockOptions {
  /** Start time: epoch ms or ISO string. Default 2026-01-01T00:00:00Z. */
  start?: number | string;
  /**
   * When true (default), the clock jumps to the next timer as soon as the process has nothing
   * else to do, so a test of a one-hour scan takes milliseconds. When false, call `advance`.
   */
  autoAdvance?: boolean;
}

/** A Clock whose time moves only when timers are due: polls, backoffs and rate windows in virtual time. */
export class VirtualClock implements Clock {
  #now: number;
  #timers: Timer[] = [];
  #order = 0;
  #autoAdvance: boolean;
  #scheduled = false;

  constructor(options: VirtualClockOptions = {}) {
    const start = options.start ?? "2026-01-01T00:00:00Z";
    this.#now = typeof start === "number" ? start : Date.parse(start);
    this.#autoAdvance = options.autoAdvance ?? true;
  }

  now(): number {
    return this.#now;
  }

  /** Timers still waiting. */
  get pendingTimers(): number {
    return this.#timers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = {
        at: this.#now + Math.max(0, ms),
        order: this.#order++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#timers = this.#timers.filter((candidate) => candidate !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#timers.push(timer);
      this.#timers.sort((a, b) => a.at - b.at || a.order - b.order);
      if (this.#autoAdvance) this.#scheduleAutoAdvance();
    });
  }

  /** Moves time forward by `ms`, firing every timer due on the way, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    while (this.#timers.length > 0 && this.#timers[0]!.at <= target) {
      const timer = this.#timers.shift()!;
      this.#now = Math.max(this.#now, timer.at);
      timer.resolve();
      await settle();
    }
    this.#now = target;
  }

  /** Sets the time without firing timers (for simulators' timelines in hand-driven tests). */
  setTime(epochMs: number): void {
    this.#now = epochMs;
  }

  #scheduleAutoAdvance(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    void (async () => {
      // Let pending I/O and promise chains run first; only an idle process moves virtual time.
      await settle();
      this.#scheduled = false;
      const next = this.#timers.shift();
      if (!next) return;
      this.#now = Math.max(this.#now, next.at);
      next.resolve();
      if (this.#timers.length > 0) this.#scheduleAutoAdvance();
    })();
  }
}

/** A few macrotask turns: enough for in-process fetch handlers and promise chains to settle. */
async function settle(turns = 5): Promise<void> {
  for (let index = 0; index < turns; index++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function createVirtualClock(options?: VirtualClockOptions): VirtualClock {
  return new VirtualClock(options);
}

/** Real time, sped up: the demo's scans take minutes of vendor time and seconds of wall time. */
export function createScaledClock(factor: number, start = Date.now()): Clock {
  const realStart = Date.now();
  const now = () => start + (Date.now() - realStart) * factor;
  return {
    now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const target = now() + Math.max(0, ms);
        let timer: ReturnType<typeof setTimeout>;
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        // Timers may fire a millisecond early, which is `factor` ms of scaled time: wait out the rest.
        const wait = () => {
          const left = target - now();
          if (left <= 0) {
            // The listener goes when the sleep ends: a long watch must not pile listeners on one signal.
            signal?.removeEventListener("abort", onAbort);
            resolve();
            return;
          }
          timer = setTimeout(wait, clampTimerMs(Math.max(1, left / factor)));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        wait();
      }),
  };
}
