import { describe, expect, it } from "vitest";
import { clampTimerMs, maxTimerMs } from "./clamp-timer.js";
import { systemClock } from "./clock.js";

describe("timers beyond Node's 2^31 ms", () => {
  it("clampTimerMs keeps a delay within what a timer can take", () => {
    expect(clampTimerMs(30 * 24 * 3_600_000)).toBe(maxTimerMs);
    expect(clampTimerMs(-5)).toBe(0);
    expect(clampTimerMs(Number.NaN)).toBe(0);
    expect(clampTimerMs(1500)).toBe(1500);
  });

  it("systemClock sleeps 30 days without a TimeoutOverflowWarning and without waking at once", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const controller = new AbortController();
      let woke = false;
      const sleeping = systemClock.sleep(30 * 24 * 3_600_000, controller.signal).then(() => {
        woke = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(woke).toBe(false);
      controller.abort(new Error("stop"));
      await expect(sleeping).rejects.toThrow("stop");
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain("TimeoutOverflowWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
