import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { createVirtualClock } from "./virtual-clock.js";

describe("createVirtualClock", () => {
  it("starts at 2026-01-01T00:00:00Z, or at the given time", () => {
    expect(createVirtualClock().now()).toBe(Date.parse("2026-01-01T00:00:00Z"));
    expect(createVirtualClock({ start: "2025-06-01T12:00:00Z" }).now()).toBe(Date.parse("2025-06-01T12:00:00Z"));
    expect(createVirtualClock({ start: 1000 }).now()).toBe(1000);
  });

  it("moves time only to the timers that are due, in order (ties in call order)", async () => {
    const clock = createVirtualClock({ start: 0 });
    const fired: string[] = [];
    const sleep = (ms: number, name: string) => clock.sleep(ms).then(() => fired.push(`${name}@${clock.now()}`));
    await Promise.all([sleep(3000, "c"), sleep(1000, "a"), sleep(1000, "b"), sleep(0, "zero")]);
    expect(fired).toEqual(["zero@0", "a@1000", "b@1000", "c@3000"]);
    expect(clock.now()).toBe(3000);
  });

  it("runs an hour of sleeps in milliseconds of wall time", async () => {
    const clock = createVirtualClock({ start: 0 });
    const wallStart = Date.now();
    for (let index = 0; index < 120; index++) await clock.sleep(30_000);
    expect(clock.now()).toBe(3_600_000);
    expect(Date.now() - wallStart).toBeLessThan(1000);
  });

  it("lets promise chains settle before it moves time", async () => {
    const clock = createVirtualClock({ start: 0 });
    const seen: number[] = [];
    const chain = (async () => {
      for (let index = 0; index < 20; index++) await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(clock.now());
    })();
    await Promise.all([clock.sleep(5000), chain]);
    expect(seen).toEqual([0]);
  });

  it("with autoAdvance off, moves only on advance(), firing what is due on the way", async () => {
    const clock = createVirtualClock({ start: 0, autoAdvance: false });
    const fired: number[] = [];
    void clock.sleep(100).then(() => fired.push(clock.now()));
    void clock.sleep(250).then(() => fired.push(clock.now()));
    void clock.sleep(1000).then(() => fired.push(clock.now()));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fired).toEqual([]);
    expect(clock.pendingTimers).toBe(3);
    await clock.advance(300);
    expect(fired).toEqual([100, 250]);
    expect(clock.now()).toBe(300);
    expect(clock.pendingTimers).toBe(1);
  });

  it("sets the time without firing timers", async () => {
    const clock = createVirtualClock({ start: 0, autoAdvance: false });
    let fired = false;
    void clock.sleep(100).then(() => {
      fired = true;
    });
    clock.setTime(5000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fired).toBe(false);
    expect(clock.now()).toBe(5000);
  });

  it("rejects an aborted sleep with the reason and drops its timer", async () => {
    const clock = createVirtualClock({ start: 0, autoAdvance: false });
    const controller = new AbortController();
    const sleeping = clock.sleep(1000, controller.signal);
    expect(clock.pendingTimers).toBe(1);
    controller.abort("stop");
    await expect(sleeping).rejects.toBe("stop");
    expect(clock.pendingTimers).toBe(0);
    await expect(clock.sleep(10, AbortSignal.abort("early"))).rejects.toBe("early");
  });

  it("does not jump ahead for a timer that was aborted", async () => {
    const clock = createVirtualClock({ start: 0 });
    const controller = new AbortController();
    const long = clock.sleep(3_600_000, controller.signal).catch(() => "aborted");
    controller.abort();
    await clock.sleep(10);
    expect(await long).toBe("aborted");
    expect(clock.now()).toBe(10);
  });

  it("leaves no abort listener behind", async () => {
    const clock = createVirtualClock();
    const controller = new AbortController();
    for (let index = 0; index < 20; index++) await clock.sleep(10, controller.signal);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
