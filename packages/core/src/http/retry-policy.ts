import type { ScanstatError } from "../errors/scanstat-error.js";
import { backoffDelay } from "./backoff.js";

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited out: the call fails with RateLimitedError. Default 60 s. */
  maxRetryAfterMs: number;
}

export const defaultRetry: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/**
 * One attempt that did not give an answer to keep, and what it proves. Whether asking again may
 * help is the error's own `transient` (one rule with the watcher), not a field of its own here.
 */
export interface AttemptFailure {
  error: ScanstatError;
  /** The vendor provably did not act (a 429, a connection never made): even a trigger may be sent again. */
  notActedOn: boolean;
  /** The vendor's `Retry-After`, in ms. */
  retryAfterMs?: number;
  /** The vendor may have acted on it (it saw the request, or may have): a trigger's error must say so. */
  mayHaveActed: boolean;
  /** What the trace of this attempt says: its status, or the error when there was no answer to name. */
  trace: { status?: number; error?: string };
}

export interface RetryContext {
  /** Whether repeating the request is harmless (reads; never a trigger, even one sent with GET). */
  idempotent: boolean;
  /** The attempt that failed, from 1. */
  attempt: number;
  retry: RetryOptions;
  random: () => number;
}

/**
 * Whether to send the request again after `failure`, and after how long (ms); undefined to stop.
 * Reads are repeated after any transient failure; anything else only when the vendor provably did
 * not act. The vendor's `Retry-After` wins over the backoff, and one beyond the cap is not waited out.
 */
export function retryDelay(failure: AttemptFailure, context: RetryContext): number | undefined {
  const { retry } = context;
  if (context.attempt >= retry.maxAttempts) return undefined;
  if (!failure.notActedOn && !(context.idempotent && failure.error.transient)) return undefined;
  const delay =
    failure.retryAfterMs ??
    backoffDelay(context.attempt, { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs }, context.random);
  return delay <= retry.maxRetryAfterMs ? delay : undefined;
}
