import type { AdapterOperation, RateLimit } from "@scanstat/core";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";

/** The client's rate classes: starting scans, and reading status. */
export type TelmaiRateClass = "trigger" | "read";

/**
 * Telmai publishes no rate limits: these are scanstat's conservative defaults
 * (`documented: false`). Override them with `settings.rateLimits` (`{ read: {…}, trigger: {…} }`).
 */
export const telmaiDefaultRateLimits: Readonly<Record<TelmaiRateClass, RateLimit>> = {
  trigger: { requests: 5, windowMs: 60_000, documented: false },
  read: { requests: 60, windowMs: 60_000, documented: false },
};

/** The defaults with the overrides on top; an unknown class is a ConfigError. */
export function resolveTelmaiRateLimits(
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Record<TelmaiRateClass, RateLimit> {
  return { ...resolveRateBudgets("telmai", telmaiDefaultRateLimits, overrides) };
}

/** The adapter's operations, by the class their requests are budgeted in. */
export function telmaiOperationRateLimits(
  limits: Record<TelmaiRateClass, RateLimit>,
): Partial<Record<AdapterOperation, RateLimit>> {
  return { triggerScan: limits.trigger, getScan: limits.read, getScans: limits.read, listScans: limits.read };
}
