import { type Clock, systemClock } from "../clock/clock.js";
import { ConfigError } from "../errors/errors.js";
import type { TransitionSettings } from "./watch-transition.js";

export interface WatchOptions {
  clock?: Clock;
  /** Aborting ends the watch with an `end` event (reason `aborted`); it does not throw. */
  signal?: AbortSignal;
  /** A fixed delay between looks at a scan, ms (the rate budget still caps it). */
  intervalMs?: number;
  /** The first delay of the backoff, ms. Default 2000. */
  minDelayMs?: number;
  /** The longest delay of the backoff (and of a vendor's hint), ms. Default 30 000. */
  maxDelayMs?: number;
  /** Stop looking after this long, ms: the watch ends with reason `timeout`. */
  timeoutMs?: number;
  /** Jitter source; inject for deterministic tests. */
  random?: () => number;
  /** Requests in flight per vendor. Default 8. */
  concurrency?: number;
  /** Transient failures in a row after which a scan is given up (an `error` event). Default 5. */
  maxConsecutiveFailures?: number;
  /**
   * The longest `Retry-After` waited out, ms, as the HTTP client caps it. A vendor asking for
   * more ends that scan with its rate-limited error instead of a wait of days. Default 60 000.
   */
  maxRetryAfterMs?: number;
}

/** The options checked, with their defaults. */
export interface WatchSettings extends TransitionSettings {
  clock: Clock;
  signal: AbortSignal | undefined;
  intervalMs: number | undefined;
  timeoutMs: number | undefined;
  concurrency: number;
}

/** The options with their defaults; bad ones throw ConfigError at once, before any request. */
export function checkedSettings(options: WatchOptions): WatchSettings {
  const nonNegative = (name: string, value: number | undefined) => {
    if (value !== undefined && !(typeof value === "number" && value >= 0)) {
      throw new ConfigError(`watch option ${name} must be a number of milliseconds >= 0, got ${String(value)}`);
    }
  };
  const positiveInteger = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new ConfigError(`watch option ${name} must be a whole number >= 1, got ${String(value)}`);
    }
  };
  nonNegative("intervalMs", options.intervalMs);
  nonNegative("minDelayMs", options.minDelayMs);
  nonNegative("maxDelayMs", options.maxDelayMs);
  nonNegative("timeoutMs", options.timeoutMs);
  positiveInteger("concurrency", options.concurrency);
  positiveInteger("maxConsecutiveFailures", options.maxConsecutiveFailures);
  nonNegative("maxRetryAfterMs", options.maxRetryAfterMs);
  const minDelayMs = options.minDelayMs ?? 2000;
  const maxDelayMs = options.maxDelayMs ?? Math.max(30_000, minDelayMs);
  if (minDelayMs > maxDelayMs) {
    throw new ConfigError(`watch option minDelayMs (${minDelayMs}) is above maxDelayMs (${maxDelayMs})`);
  }
  return {
    clock: options.clock ?? systemClock,
    signal: options.signal,
    intervalMs: options.intervalMs,
    minDelayMs,
    maxDelayMs,
    timeoutMs: options.timeoutMs,
    random: options.random ?? Math.random,
    concurrency: options.concurrency ?? 8,
    maxConsecutiveFailures: options.maxConsecutiveFailures ?? 5,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
  };
}
