import { describe, expect, it } from "vitest";
import { createVirtualClock } from "./virtual-clock.js";
import { virtualTimeSettings } from "./virtual-time-settings.js";

describe("virtualTimeSettings", () => {
  it("runs on the given clock, with a limiter of its own and no jitter", async () => {
    const clock = createVirtualClock({ start: 0 });
    const first = virtualTimeSettings(clock);
    const second = virtualTimeSettings(clock);
    expect(first.clock).toBe(clock);
    expect(first.random()).toBe(0.5);
    expect(first.limiter).not.toBe(second.limiter);
    // The limiter waits on the virtual clock: a second call in a one-per-minute budget waits a minute.
    const limit = { requests: 1, windowMs: 60_000, documented: true };
    (await first.limiter.acquire("test", limit))?.answered();
    await first.limiter.acquire("test", limit);
    expect(clock.now()).toBe(60_000);
  });
});
