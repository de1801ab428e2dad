import type { RateLimit } from "@scanstat/core";
import { type OperationRateClasses, resolveRateBudgets } from "@scanstat/core/adapter-kit";

/** The classic client's rate classes: starting scans, reading jobs and alerts, asking for tokens. */
export type TelmaiClassicRateClass = "trigger" | "read" | "auth";

/**
 * Telmai documents no rate limits (a grep of the whole Actian docs tree finds none): these are
 * scanstat's conservative defaults (`documented: false`). Override with `settings.rateLimits`.
 */
export const telmaiClassicDefaultRateLimits: Readonly<Record<TelmaiClassicRateClass, RateLimit>> = {
  trigger: { requests: 5, windowMs: 60_000, documented: false },
  read: { requests: 60, windowMs: 60_000, documented: false },
  auth: { requests: 10, windowMs: 60_000, documented: false },
};

export function resolveTelmaiClassicRateLimits(
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Readonly<Record<TelmaiClassicRateClass, RateLimit>> {
  // An unknown class is a ConfigError: a typo must not leave the default in force.
  return resolveRateBudgets("telmai", telmaiClassicDefaultRateLimits, overrides);
}

/** A scan read is two requests once the job has ended (the job, then its alerts): both in `read`. */
export const telmaiClassicOperations: OperationRateClasses<TelmaiClassicRateClass> = {
  triggerScan: "trigger",
  getScan: "read",
  getScans: "read",
};
