import type { RateLimit } from "@scanstat/core";
import { manifest, type ProjectDiscoveryRateClass } from "./manifest.js";

/**
 * ProjectDiscovery publishes no rate limits (an authenticated and an anonymous tier exist),
 * so these are scanstat's conservative defaults, per API key. `settings.rateLimits` overrides them.
 */
export const projectDiscoveryDefaultRateLimits: Readonly<Record<ProjectDiscoveryRateClass, RateLimit>> =
  manifest.rateLimits.classes;
