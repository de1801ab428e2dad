import { getEventListeners } from "node:events";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RateLimit } from "../adapter/scan-adapter.js";
import { createVirtualClock } from "../testing/virtual-clock.js";
import { type RateLimiter, createSlidingWindowLimiter as createLimiter } from "./sliding-window-limiter.js";

/** The limiter with every request answered the moment it is let go (a network of zero latency). */
function createSlidingWindowLimiter(clock: Parameters<typeof createLimiter>[0]): RateLimiter {
  const limiter = createLimiter(clock);
  return {
    async acquire(key, rateLimit, signal) {
      const slot = await limiter.acquire(key, rateLimit, signal);
      slot?.answered();
      return slot;
    },
  };
}

const limit = (requests: number, windowMs: number): RateLimit => ({ requests, windowMs, documented: true });

/** Acquires at each arrival time (ms after start) and returns the grant times, in arrival order. */
async function grantTimes(arrivals: readonly number[], rateLimit: RateLimit): Promise<number[]> {
  const clock = createVirtualClock();
  const start = clock.now();
  const limiter = createSlidingWindowLimiter(clock);
  const granted = arrivals.map(async (at) => {
    await clock.sleep(at);
    await limiter.acquire("key", rateLimit);
    return clock.now() - start;
  });
  return Promise.all(granted);
}

describe("createSlidingWindowLimiter", () => {
  it("lets ⌈N/10⌉ through at once, paces the rest a tenth of the window apart, and holds N per window", async () => {
    // N = 20 per second: bursts of 2 every 100 ms.
    expect(await grantTimes([0, 0, 0, 0, 0, 0, 0], limit(20, 1000))).toEqual([0, 0, 100, 100, 200, 200, 300]);
    // N = 3: one per 100 ms, then the window is full until the first leaves it.
    expect(await grantTimes([0, 0, 0, 0, 0, 0, 0], limit(3, 1000))).toEqual([0, 100, 200, 1000, 1100, 1200, 2000]);
  });

  it("spreads a whole window's budget over the window instead of spending it at once", async () => {
    // 60 a minute, 70 asked at once: 6 every 6 s, and the 61st waits for the first to leave the window.
    const grants = await grantTimes(new Array<number>(70).fill(0), limit(60, 60_000));
    expect(grants.slice(0, 13)).toEqual([0, 0, 0, 0, 0, 0, 6000, 6000, 6000, 6000, 6000, 6000, 12_000]);
    expect(grants[59]).toBe(54_000);
    expect(grants.slice(60)).toEqual([60_000, 60_000, 60_000, 60_000, 60_000, 60_000, 66_000, 66_000, 66_000, 66_000]);
  });

  it("sends a burst of up to ⌈N/10⌉ at once after a quiet spell", async () => {
    expect(await grantTimes([0, 7000, 7000, 7000, 7000, 7000, 7000, 7000], limit(60, 60_000))).toEqual([
      0, 7000, 7000, 7000, 7000, 7000, 7000, 13_000,
    ]);
  });

  it("slides: a request leaves the window exactly windowMs after it was sent", async () => {
    expect(await grantTimes([0, 400, 700, 800], limit(2, 1000))).toEqual([0, 400, 1000, 1400]);
    expect(await grantTimes([0, 999, 1000], limit(1, 1000))).toEqual([0, 1000, 2000]);
  });

  it("never lets more than N into any window nor ⌈N/10⌉ into any tenth, serves first come first served, and wastes no capacity", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 50, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 15_000 }), { minLength: 1, maxLength: 40 }),
        async (requests, windowMs, unsorted) => {
          const arrivals = [...unsorted].sort((a, b) => a - b);
          const grants = await grantTimes(arrivals, limit(requests, windowMs));
          const burst = Math.ceil(requests / 10);
          const tenth = windowMs / 10;
          for (const [index, grant] of grants.entries()) {
            // At most N in the window, and ⌈N/10⌉ in the tenth of it, that start at any grant.
            expect(grants.filter((other) => other >= grant && other < grant + windowMs).length).toBeLessThanOrEqual(
              requests,
            );
            expect(grants.filter((other) => other >= grant && other < grant + tenth).length).toBeLessThanOrEqual(burst);
            // FIFO and as early as both windows allow: max(arrival, previous grant, the grant N back + window,
            // the grant ⌈N/10⌉ back + a tenth, in whole ms).
            const earliest = Math.max(
              arrivals[index]!,
              index > 0 ? grants[index - 1]! : 0,
              index >= requests ? grants[index - requests]! + windowMs : 0,
              index >= burst ? Math.ceil(grants[index - burst]! + tenth) : 0,
            );
            expect(grant).toBe(earliest);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps separate budgets per key", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const limiter = createSlidingWindowLimiter(clock);
    const times: string[] = [];
    const take = async (key: string) => {
      await limiter.acquire(key, limit(1, 1000));
      times.push(`${key}@${clock.now() - start}`);
    };
    await Promise.all([take("a"), take("b"), take("a"), take("b")]);
    expect(times).toEqual(["a@0", "b@0", "a@1000", "b@1000"]);
  });

  it("serves waiters in the order they asked", async () => {
    const clock = createVirtualClock();
    const limiter = createSlidingWindowLimiter(clock);
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, index) => limiter.acquire("k", limit(2, 500)).then(() => order.push(index))),
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("rejects an aborted waiter with the signal's reason and gives its turn to the next", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const limiter = createSlidingWindowLimiter(clock);
    await limiter.acquire("k", limit(1, 1000));
    const controller = new AbortController();
    const reason = new Error("gave up");
    const aborted = limiter.acquire("k", limit(1, 1000), controller.signal);
    const next = limiter.acquire("k", limit(1, 1000)).then(() => clock.now() - start);
    const after = limiter.acquire("k", limit(1, 1000)).then(() => clock.now() - start);
    controller.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    expect(await next).toBe(1000);
    expect(await after).toBe(2000);
  });

  it("rejects at once when the signal is already aborted, and takes no capacity", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const limiter = createSlidingWindowLimiter(clock);
    await expect(limiter.acquire("k", limit(1, 1000), AbortSignal.abort("stop"))).rejects.toBe("stop");
    await limiter.acquire("k", limit(1, 1000));
    expect(clock.now() - start).toBe(0);
  });

  it("leaves no abort listener behind once a waiter is served", async () => {
    const clock = createVirtualClock();
    const limiter = createSlidingWindowLimiter(clock);
    const controller = new AbortController();
    for (let index = 0; index < 20; index++) await limiter.acquire("k", limit(5, 100), controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("counts a slot from its answer: with the first connections 4 s late, no window of the vendor's clock gets more than N", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const limiter = createLimiter(clock);
    const budget = limit(60, 60_000);
    const reachedVendor: number[] = [];
    await Promise.all(
      Array.from({ length: 200 }, async (_, index) => {
        const slot = await limiter.acquire("soda:key-1:getScan", budget);
        // The first connections are slow to open; the vendor counts a request when it reaches it.
        await clock.sleep(index < 10 ? 4000 : 50);
        reachedVendor.push(clock.now() - start);
        slot?.answered();
      }),
    );
    const busiest = Math.max(
      ...reachedVendor.map((from) => reachedVendor.filter((at) => at >= from && at < from + 60_000).length),
    );
    expect(busiest).toBe(60);
  });

  it("holds an unanswered request inside the window: it may reach the vendor at any moment", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const limiter = createLimiter(clock);
    const slot = await limiter.acquire("k", limit(1, 1000));
    const next = limiter.acquire("k", limit(1, 1000)).then(() => clock.now() - start);
    await clock.sleep(2500);
    slot?.answered();
    expect(await next).toBe(3500);
  });
});
