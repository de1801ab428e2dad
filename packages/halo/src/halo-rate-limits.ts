import type { RateLimit } from "@scanstat/core";
import { manifest } from "./manifest.js";

/** Reads (list, get, in-progress list) and the two state-changing calls (start, cancel) have separate budgets. */
export type HaloRateLimitClass = "read" | "write";

/**
 * Halo publishes no rate limits: these are scanstat's conservative defaults (`documented: false`),
 * per API key, shared by every client in the process. Override them with `settings.rateLimits`.
 * They live in the manifest, said once.
 */
export const haloDefaultRateLimits: Readonly<Record<HaloRateLimitClass, RateLimit>> = manifest.rateLimits.classes;
