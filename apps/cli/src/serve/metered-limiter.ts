import type { Clock, RateLimit, RateLimiter } from "@scanstat/core";

export interface RateBudgetReading {
  vendor: string;
  /** The credential's fingerprint as core keys its budget (a short hash, never the secret). */
  credential: string;
  rateClass: string;
  limit: number;
  windowSeconds: number;
  /** Requests that still fit in the window now. */
  remaining: number;
}

interface Budget {
  limit: RateLimit;
  /** Times requests were let through, oldest first (at most `limit.requests` kept). */
  sent: number[];
}

export interface MeteredLimiter extends RateLimiter {
  readings(): RateBudgetReading[];
}

/**
 * Wraps the process's rate limiter to tell what is left of each budget. Core keys a budget
 * `vendor:credential:class`; the credential part is a fingerprint and may itself hold colons.
 */
export function meterLimiter(inner: RateLimiter, clock: Clock): MeteredLimiter {
  const budgets = new Map<string, Budget>();
  return {
    async acquire(key, limit, signal) {
      await inner.acquire(key, limit, signal);
      let budget = budgets.get(key);
      if (!budget) {
        budget = { limit, sent: [] };
        budgets.set(key, budget);
      }
      budget.limit = limit;
      budget.sent.push(clock.now());
      if (budget.sent.length > limit.requests) budget.sent.splice(0, budget.sent.length - limit.requests);
    },
    readings() {
      const now = clock.now();
      return [...budgets].map(([key, { limit, sent }]) => {
        const first = key.indexOf(":");
        const last = key.lastIndexOf(":");
        const inWindow = sent.filter((time) => time > now - limit.windowMs).length;
        return {
          vendor: key.slice(0, first),
          credential: key.slice(first + 1, last),
          rateClass: key.slice(last + 1),
          limit: limit.requests,
          windowSeconds: limit.windowMs / 1000,
          remaining: Math.max(0, limit.requests - inWindow),
        };
      });
    },
  };
}
