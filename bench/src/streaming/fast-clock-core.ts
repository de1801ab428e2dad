// `@scanstat/core` as the CLI sees it in the streaming benchmark: all of core, except that the
// system clock runs SCANSTAT_BENCH_CLOCK_FACTOR times faster, so Soda's documented 60 log pages
// a minute pass in a blink while every request, parse and write stays real.
import { createScaledClock } from "../../../packages/core/src/testing/virtual-clock.js";

export * from "../../../packages/core/src/index.js";

export const systemClock = createScaledClock(Number(process.env.SCANSTAT_BENCH_CLOCK_FACTOR ?? "1000"));
