import { ConfigError, type RateLimit } from "@scanstat/core";

/** Reads (list, get, in-progress list) and the two state-changing calls (start, cancel) have separate budgets. */
export type HaloRateLimitClass = "read" | "write";

/**
 * Halo publishes no rate limits: these are scanstat's conservative defaults (`documented: false`),
 * per API key, shared by every client in the process. Override them with `settings.rateLimits`.
 */
export const haloDefaultRateLimits: Readonly<Record<HaloRateLimitClass, RateLimit>> = Object.freeze({
  read: Object.freeze({ requests: 60, windowMs: 60_000, documented: false }),
  write: Object.freeze({ requests: 10, windowMs: 60_000, documented: false }),
});

const classes = Object.keys(haloDefaultRateLimits) as HaloRateLimitClass[];

/** The defaults with the user's overrides applied; an unknown class or a non-positive limit is a ConfigError. */
export function resolveHaloRateLimits(
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Readonly<Record<HaloRateLimitClass, RateLimit>> {
  const resolved = { ...haloDefaultRateLimits };
  for (const [name, limit] of Object.entries(overrides ?? {})) {
    if (!(classes as string[]).includes(name)) {
      throw new ConfigError(`halo rate limits are set per class (${classes.join(", ")}), not "${name}"`, {
        vendor: "halo",
      });
    }
    if (!(limit.requests > 0 && limit.windowMs > 0)) {
      throw new ConfigError(`halo rate limit "${name}" needs requests > 0 and windowMs > 0`, { vendor: "halo" });
    }
    resolved[name as HaloRateLimitClass] = limit;
  }
  return resolved;
}
