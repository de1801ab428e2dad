import type { RateLimit } from "@scanstat/core";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";
import { manifest, type TelmaiRateClass } from "./manifest.js";

export type { TelmaiRateClass } from "./manifest.js";

/**
 * Telmai publishes no rate limits: these are scanstat's conservative defaults
 * (`documented: false`), kept once in the manifest. Override them with `settings.rateLimits`
 * (`{ read: {…}, trigger: {…} }`).
 */
export const telmaiDefaultRateLimits: Readonly<Record<TelmaiRateClass, RateLimit>> = manifest.rateLimits.classes;

/** The defaults with the overrides on top; an unknown class is a ConfigError. */
export function resolveTelmaiRateLimits(
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Readonly<Record<TelmaiRateClass, RateLimit>> {
  return resolveRateBudgets("telmai", telmaiDefaultRateLimits, overrides);
}
