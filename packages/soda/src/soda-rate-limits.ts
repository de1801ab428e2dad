import type { AdapterOperation, RateLimit } from "@scanstat/core";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";

export type SodaRateLimitClass = "trigger" | "status" | "cancel" | "logs";

/** Soda's documented limits, per API key (docs "Rate limiting" of each scan endpoint). */
export const sodaRateLimits: Readonly<Record<SodaRateLimitClass, RateLimit>> = {
  trigger: { requests: 10, windowMs: 60_000, documented: true },
  status: { requests: 60, windowMs: 60_000, documented: true },
  cancel: { requests: 10, windowMs: 60_000, documented: true },
  logs: { requests: 60, windowMs: 60_000, documented: true },
};

/** Which budget each adapter operation spends. */
export const sodaRateLimitClassOf: Readonly<Partial<Record<AdapterOperation, SodaRateLimitClass>>> = {
  getScan: "status",
  triggerScan: "trigger",
  cancelScan: "cancel",
  getLogs: "logs",
};

/** The documented limits with the user's overrides (by class) on top; an unknown class is a ConfigError. */
export function resolveSodaRateLimits(
  overrides?: Readonly<Record<string, RateLimit>>,
): Record<SodaRateLimitClass, RateLimit> {
  return { ...resolveRateBudgets("soda", sodaRateLimits, overrides) };
}
