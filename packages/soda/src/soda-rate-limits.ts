import type { RateLimit } from "@scanstat/core";
import { manifest } from "./manifest.js";

export type SodaRateLimitClass = "trigger" | "status" | "cancel" | "logs";

/** Soda's documented limits, per API key (docs "Rate limiting" of each scan endpoint). */
export const sodaDefaultRateLimits: Readonly<Record<SodaRateLimitClass, RateLimit>> = manifest.rateLimits.classes;
