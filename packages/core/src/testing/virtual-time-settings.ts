import type { Clock } from "../clock/clock.js";
import { createSlidingWindowLimiter, type RateLimiter } from "../rate-limit/sliding-window-limiter.js";

export interface VirtualTimeSettings {
  clock: Clock;
  limiter: RateLimiter;
  random: () => number;
}

/**
 * The common settings that run an adapter or client on a test's clock, the same way every time: the
 * clock, a rate limiter of its own on that clock (no budget shared between tests), and a fixed
 * `random` so retry and poll delays have no jitter. Spread them into the vendor's settings.
 */
export function virtualTimeSettings(clock: Clock): VirtualTimeSettings {
  return { clock, limiter: createSlidingWindowLimiter(clock), random: () => 0.5 };
}
