import type { Clock } from "../clock/clock.js";
import type { HttpTraceEvent, RetryOptions } from "../http/http-client.js";
import type { SeverityPolicy } from "../model/severity-policy.js";
import type { RateLimiter } from "../rate-limit/sliding-window-limiter.js";
import type { RateLimit } from "./scan-adapter.js";

/** Settings every adapter accepts beside its credentials. */
export interface CommonAdapterSettings {
  /** The vendor API's origin (optionally with a proxy's path prefix); the vendor's default when omitted. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  /** Shared by default across the process, so every client of one credential shares its budget. */
  limiter?: RateLimiter;
  /** One HTTP request's time limit, ms. Default 30 000. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Jitter source; inject for deterministic tests. */
  random?: () => number;
  /** Request lines and timings, secrets already redacted (a front end's verbose trace). */
  onTrace?: (event: HttpTraceEvent) => void;
  /** Security vendors: turns findings into a verdict. Default failOn high, warnOn medium. */
  severityPolicy?: SeverityPolicy;
  /** Overrides of the rate budgets, by the client's rate classes (e.g. `{ read: { requests: 120, windowMs: 60000 } }`). */
  rateLimits?: Readonly<Record<string, RateLimit>>;
}
