import type { AdapterOperation, RateLimit } from "@scanstat/core";
import { resolveRateBudgets } from "@scanstat/core/adapter-kit";

/** The client's rate classes: every request is a read or a write. */
export type ProjectDiscoveryRateClass = "read" | "write";

/**
 * ProjectDiscovery publishes no rate limits (an authenticated and an anonymous tier exist),
 * so these are scanstat's conservative defaults, per API key. `settings.rateLimits` overrides them.
 */
export const projectDiscoveryDefaultRateLimits: Readonly<Record<ProjectDiscoveryRateClass, RateLimit>> = Object.freeze({
  read: { requests: 60, windowMs: 60_000, documented: false },
  write: { requests: 10, windowMs: 60_000, documented: false },
});

/** The defaults with the caller's overrides (by class name) on top; an unknown class is a ConfigError. */
export function resolveProjectDiscoveryRateLimits(
  overrides: Readonly<Record<string, RateLimit>> | undefined,
): Record<ProjectDiscoveryRateClass, RateLimit> {
  return { ...resolveRateBudgets("projectdiscovery", projectDiscoveryDefaultRateLimits, overrides) };
}

/** Which budget each adapter operation spends (cancel reads the scan first, then stops it: a write). */
export const projectDiscoveryOperationClasses: Readonly<Partial<Record<AdapterOperation, ProjectDiscoveryRateClass>>> =
  {
    getScan: "read",
    getScans: "read",
    listScans: "read",
    triggerScan: "write",
    cancelScan: "write",
  };
