import { backoffDelay } from "../http/backoff.js";

export interface PollDelayOptions {
  minDelayMs: number;
  maxDelayMs: number;
  /** A fixed delay; when set, no backoff. */
  intervalMs?: number;
}

/**
 * The delay before the next look at a scan, after `attempt` looks (the first is 1). The smithy
 * waiter rule: a random delay between `minDelayMs` and min(maxDelayMs, minDelayMs × 2^(attempt-1)),
 * so it starts at `minDelayMs` and grows to `maxDelayMs`. `intervalMs` fixes it instead.
 */
export function pollDelay(attempt: number, options: PollDelayOptions, random: () => number = Math.random): number {
  if (options.intervalMs !== undefined) return Math.max(0, options.intervalMs);
  return backoffDelay(
    attempt,
    { baseMs: options.minDelayMs, maxMs: options.maxDelayMs, minMs: options.minDelayMs },
    random,
  );
}
