import { describe, expect, it } from "vitest";
import { NotFoundError, TimeoutError } from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import type { Scan } from "../model/scan.js";
import { createVirtualClock } from "../testing/virtual-clock.js";
import { createFakeAdapter, fakeScan, timeline } from "./__fixtures__/fake-adapter.js";
import { waitForScan } from "./wait-for-scan.js";
import { WaitTimeoutError } from "./wait-timeout-error.js";

describe("waitForScan", () => {
  it("resolves with the terminal scan and reports each change to onUpdate", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: timeline(start, [
        { at: 0, state: "queued", vendorState: "queuing" },
        { at: 3000, state: "running", vendorState: "executing" },
        {
          at: 600_000,
          state: "completed",
          vendorState: "completedWithFailures",
          result: { verdict: "fail", evidence: { sources: ["checks"], complete: true } },
        },
      ]),
    });
    const seen: string[] = [];
    const scan = await waitForScan(adapter, "a", { clock, onUpdate: (update) => seen.push(update.vendorState) });
    expect(scan.state).toBe("completed");
    expect(scan.result).toEqual({ verdict: "fail", evidence: { sources: ["checks"], complete: true } });
    expect(scan.ref).toEqual({ vendor: "soda", id: "a" });
    expect(seen).toEqual(["queuing", "executing", "completedWithFailures"]);
    expect(clock.now() - start).toBeGreaterThanOrEqual(600_000);
    expect(clock.now() - start).toBeLessThanOrEqual(630_000);
  });

  it("rejects with a WaitTimeoutError (code timeout) that carries the last scan", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id }) => fakeScan(id, "running", { vendorState: "executing" }),
    });
    const error = await waitForScan(adapter, "a", { clock, timeoutMs: 90_000 }).catch((caught: unknown) => caught);
    expect(clock.now() - start).toBe(90_000);
    expect(WaitTimeoutError.isInstance(error)).toBe(true);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(TimeoutError);
    const timeout = error as WaitTimeoutError;
    expect(timeout.code).toBe("timeout");
    expect(timeout.message).toBe("stopped waiting for soda:a after 90 s: it is still running (executing)");
    expect(timeout.lastScan?.vendorState).toBe("executing");
    expect(timeout.ref).toEqual({ vendor: "soda", id: "a" });
  });

  it("says so when time ran out before the first answer", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, latencyMs: 3_600_000, answer: ({ id }) => fakeScan(id, "running") });
    const error = (await waitForScan(adapter, "a", { clock, timeoutMs: 1500 }).catch(
      (caught: unknown) => caught,
    )) as WaitTimeoutError;
    expect(error.message).toBe("stopped waiting for soda:a after 1.5 s: no answer came");
    expect(error.lastScan).toBeUndefined();
  });

  it("rejects with the scan's error", async () => {
    const clock = createVirtualClock();
    const missing = new NotFoundError("soda getScan: HTTP 404: scan not found", { vendor: "soda", status: 404 });
    const adapter = createFakeAdapter({ clock, answer: () => missing });
    await expect(waitForScan(adapter, "nope", { clock })).rejects.toBe(missing);
  });

  it("rejects with the signal's reason when aborted", async () => {
    const clock = createVirtualClock();
    const controller = new AbortController();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    const reason = new Error("interrupted");
    void clock.sleep(5000).then(() => controller.abort(reason));
    await expect(waitForScan(adapter, "a", { clock, signal: controller.signal })).rejects.toBe(reason);
  });

  it("lets an exception from onUpdate through and stops polling", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    const onUpdate = (_scan: Scan) => {
      throw new Error("display failed");
    };
    await expect(waitForScan(adapter, "a", { clock, onUpdate })).rejects.toThrow("display failed");
    expect(adapter.calls).toHaveLength(1);
  });

  it("WaitTimeoutError.isInstance is false for a plain TimeoutError", () => {
    expect(WaitTimeoutError.isInstance(new TimeoutError("soda getScan: no answer within 30000 ms"))).toBe(false);
    expect(ScanstatError.isInstance(new WaitTimeoutError("x", { ref: { vendor: "soda", id: "a" } }))).toBe(true);
  });
});
