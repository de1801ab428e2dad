import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { systemClock } from "../clock/clock.js";
import { createScaledClock } from "./virtual-clock.js";

// The clocks that follow the wall: their tests measure real milliseconds, so they run in the
// real-time step (`pnpm test:timing`), apart from the tests on virtual time.

describe("createScaledClock", () => {
  it("runs time faster by the factor", async () => {
    const clock = createScaledClock(100, 0);
    const wallStart = Date.now();
    await clock.sleep(2000);
    const wall = Date.now() - wallStart;
    expect(wall).toBeGreaterThanOrEqual(15);
    expect(wall).toBeLessThan(500);
    expect(clock.now()).toBeGreaterThanOrEqual(2000);
  });

  it("rejects an aborted sleep, and leaves no abort listener behind", async () => {
    const clock = createScaledClock(1000);
    const controller = new AbortController();
    for (let index = 0; index < 20; index++) await clock.sleep(10, controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const sleeping = clock.sleep(60_000, controller.signal);
    controller.abort("stop");
    await expect(sleeping).rejects.toBe("stop");
  });
});

describe("systemClock", () => {
  it("sleeps in real time, can be aborted, and leaves no listener behind", async () => {
    const controller = new AbortController();
    const wallStart = Date.now();
    await systemClock.sleep(20, controller.signal);
    expect(Date.now() - wallStart).toBeGreaterThanOrEqual(15);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const sleeping = systemClock.sleep(10_000, controller.signal);
    controller.abort("stop");
    await expect(sleeping).rejects.toBe("stop");
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(5);
  });
});
