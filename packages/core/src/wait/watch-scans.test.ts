import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { createHttpClient } from "../http/http-client.js";
import {
  ConfigError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  VendorError,
} from "../errors/errors.js";
import type { ScanRef } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import { createSlidingWindowLimiter } from "../rate-limit/sliding-window-limiter.js";
import { createVirtualClock } from "../testing/virtual-clock.js";
import { createFakeAdapter, type FakeAdapter, fakeScan, timeline } from "./__fixtures__/fake-adapter.js";
import { type WatchEvent, type WatchOptions, watchScans } from "./watch-scans.js";

async function collect(iterable: AsyncIterable<WatchEvent>): Promise<WatchEvent[]> {
  const events: WatchEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

const ref = (id: string, vendor: VendorId = "soda"): ScanRef => ({ vendor, id });
const only = (adapter: FakeAdapter) => () => adapter;
const lastEvent = (events: WatchEvent[]) => events[events.length - 1]!;
const summary = (events: WatchEvent[]) =>
  events.map((event) => {
    switch (event.type) {
      case "update":
        return `update ${event.ref.id} ${event.scan.vendorState}`;
      case "unknown-state":
        return `unknown ${event.ref.id} ${event.scan.vendorState}`;
      case "retrying":
      case "error":
        return `${event.type} ${event.ref.id} ${event.error.code}`;
      default:
        return `end ${event.reason}`;
    }
  });

/** A scan that runs forever. */
const endless = () => fakeScan("x", "running");

describe("watchScans: when it looks", () => {
  it("looks at once, then after 2 s, then longer, up to 30 s (random fixed at 1)", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    await collect(watchScans(only(adapter), [ref("a")], { clock, random: () => 1, timeoutMs: 150_000 }));
    expect(adapter.lookTimes("a", start)).toEqual([0, 2000, 6000, 14_000, 30_000, 60_000, 90_000, 120_000]);
  });

  it("draws each delay with full jitter between 2 s and the ceiling (random fixed at 0.5)", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    await collect(watchScans(only(adapter), [ref("a")], { clock, random: () => 0.5, timeoutMs: 60_000 }));
    // delays: 2000, 3000, 5000, 9000, 16000, 16000
    expect(adapter.lookTimes("a", start)).toEqual([0, 2000, 5000, 10_000, 19_000, 35_000, 51_000]);
  });

  it("uses minDelayMs and maxDelayMs when given", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    const options: WatchOptions = { clock, random: () => 1, minDelayMs: 500, maxDelayMs: 3000, timeoutMs: 12_000 };
    await collect(watchScans(only(adapter), [ref("a")], options));
    expect(adapter.lookTimes("a", start)).toEqual([0, 500, 1500, 3500, 6500, 9500]);
  });

  it("keeps a fixed interval when intervalMs is set", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "running") });
    await collect(
      watchScans(only(adapter), [ref("a")], { clock, intervalMs: 5000, random: () => 1, timeoutMs: 21_000 }),
    );
    expect(adapter.lookTimes("a", start)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
  });

  it("follows the vendor's nextPollAt hint, capped at maxDelayMs, and ignores one in the past", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const hints = [7000, 120_000, -5000];
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count, now }) => {
        const hint = hints[count - 1];
        return fakeScan(id, "running", hint === undefined ? {} : { nextPollAt: new Date(now + hint).toISOString() });
      },
    });
    await collect(watchScans(only(adapter), [ref("a")], { clock, random: () => 1, timeoutMs: 60_000 }));
    // 7 s (hint), 30 s (hint capped), then backoff: attempt 3 → 8 s, attempt 4 → 16 s
    expect(adapter.lookTimes("a", start)).toEqual([0, 7000, 37_000, 45_000]);
  });

  it("lets the hint win over intervalMs", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count, now }) =>
        fakeScan(id, "running", count === 1 ? { nextPollAt: new Date(now + 12_000).toISOString() } : {}),
    });
    await collect(watchScans(only(adapter), [ref("a")], { clock, intervalMs: 1000, timeoutMs: 14_500 }));
    expect(adapter.lookTimes("a", start)).toEqual([0, 12_000, 13_000, 14_000]);
  });

  it("is capped by the rate budget of the HTTP layer", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const sent: number[] = [];
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: "https://vendor.test",
      clock,
      limiter: createSlidingWindowLimiter(clock),
      rateLimits: { read: { requests: 2, windowMs: 10_000, documented: true } },
      fetch: async () => {
        sent.push(clock.now() - start);
        return new Response(JSON.stringify({ status: "executing" }), {
          headers: { "content-type": "application/json" },
        });
      },
    });
    const adapter = createFakeAdapter({
      clock,
      answer: async ({ id }) => {
        const { data } = await client.request<{ status: string }>({
          operation: "getScan",
          rateLimitClass: "read",
          method: "GET",
          path: `/scans/${id}`,
          idempotent: true,
        });
        return fakeScan(id, "running", { vendorState: data.status });
      },
    });
    await collect(watchScans(only(adapter), [ref("a")], { clock, intervalMs: 100, timeoutMs: 30_500 }));
    // 2 per 10 s, paced at most 1 per tenth of the window (1 s).
    expect(sent.slice(0, 6)).toEqual([0, 1000, 10_000, 11_000, 20_000, 21_000]);
    for (const at of sent)
      expect(sent.filter((other) => other >= at && other < at + 10_000).length).toBeLessThanOrEqual(2);
  });

  it("runs a one-hour scan in well under a second of wall time", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: timeline(start, [
        { at: 0, state: "queued" },
        { at: 60_000, state: "running" },
        {
          at: 3_600_000,
          state: "completed",
          result: { verdict: "pass", evidence: { sources: ["checks"], complete: true } },
        },
      ]),
    });
    const wallStart = Date.now();
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock }));
    expect(Date.now() - wallStart).toBeLessThan(1000);
    expect(summary(events)).toEqual(["update a queued", "update a running", "update a completed", "end terminal"]);
    const looks = adapter.lookTimes("a", start);
    expect(looks.at(-1)).toBeGreaterThanOrEqual(3_600_000);
    expect(looks.at(-1)).toBeLessThan(3_630_000);
    // No gap between looks exceeds the 30 s cap.
    for (let index = 1; index < looks.length; index++)
      expect(looks[index]! - looks[index - 1]!).toBeLessThanOrEqual(30_000);
  });
});

describe("watchScans: events", () => {
  it("reports the first look and every change, not repeats", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: timeline(start, [
        { at: 0, state: "queued", vendorState: "queuing" },
        { at: 5000, state: "running", vendorState: "executing", progress: { ratio: 0.2 } },
        { at: 9000, state: "running", vendorState: "executing", progress: { ratio: 0.6 } },
        {
          at: 20_000,
          state: "completed",
          vendorState: "completedWithWarnings",
          result: { verdict: "warn", evidence: { sources: ["checks"], complete: true } },
        },
      ]),
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, intervalMs: 1000 }));
    expect(summary(events)).toEqual([
      "update a queuing",
      "update a executing",
      "update a executing",
      "update a completedWithWarnings",
      "end terminal",
    ]);
    const updates = events.filter((event) => event.type === "update");
    expect(updates.map((event) => event.previous?.vendorState)).toEqual([
      undefined,
      "queuing",
      "executing",
      "executing",
    ]);
    expect(updates[2]!.scan.progress).toEqual({ ratio: 0.6 });
    // 21 looks (0..20 s), then a terminal scan is not looked at again.
    expect(adapter.calls).toHaveLength(21);
  });

  it("warns once per scan and vendor word about unknown states, and goes on", async () => {
    const clock = createVirtualClock();
    const words = ["paused", "paused", "executing", "paused", "hibernating", "hibernating", "completed"];
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count }) => {
        const word = words[count - 1]!;
        const state = word === "executing" ? "running" : word === "completed" ? "completed" : "unknown";
        return fakeScan(id, state, { vendorState: word });
      },
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, intervalMs: 1000 }));
    expect(summary(events)).toEqual([
      "update a paused",
      "unknown a paused",
      "update a executing",
      "update a paused",
      "update a hibernating",
      "unknown a hibernating",
      "update a completed",
      "end terminal",
    ]);
  });

  it("gives the results in the order of the refs, with the last scan seen", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const endsAt: Record<string, number> = { c: 3000, a: 9000, b: 1000 };
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, now }) => fakeScan(id, now - start >= endsAt[id]! ? "completed" : "running"),
    });
    const events = await collect(
      watchScans(only(adapter), [ref("c"), ref("a"), ref("b")], { clock, intervalMs: 1000 }),
    );
    const end = lastEvent(events);
    expect(end.type === "end" && end.reason).toBe("terminal");
    if (end.type !== "end") throw new Error("no end");
    expect(end.results.map((result) => `${result.ref.id}:${result.scan?.state}`)).toEqual([
      "c:completed",
      "a:completed",
      "b:completed",
    ]);
    expect(clock.now() - start).toBe(9000);
  });

  it("watches a ref given twice once, and reports it twice", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, answer: ({ id }) => fakeScan(id, "completed") });
    const events = await collect(watchScans(only(adapter), [ref("a"), ref("b"), ref("a")], { clock }));
    expect(adapter.calls.map((call) => call.ids.join())).toEqual(["a", "b"]);
    const end = lastEvent(events);
    if (end.type !== "end") throw new Error("no end");
    expect(end.results.map((result) => result.ref.id)).toEqual(["a", "b", "a"]);
  });

  it("ends at once with no refs", async () => {
    const events = await collect(
      watchScans(() => Promise.reject(new Error("unused")), [], { clock: createVirtualClock() }),
    );
    expect(events).toEqual([{ type: "end", reason: "terminal", results: [] }]);
  });
});

describe("watchScans: failures", () => {
  it("retries transient failures, then gives the scan up after maxConsecutiveFailures", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const failure = new NetworkError("soda getScan: ECONNRESET", { vendor: "soda", requestSent: true });
    const adapter = createFakeAdapter({ clock, answer: () => failure });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, random: () => 1 }));
    expect(summary(events)).toEqual([
      "retrying a network",
      "retrying a network",
      "retrying a network",
      "retrying a network",
      "error a network",
      "end terminal",
    ]);
    expect(adapter.lookTimes("a", start)).toEqual([0, 2000, 6000, 14_000, 30_000]);
    const end = lastEvent(events);
    if (end.type !== "end") throw new Error("no end");
    expect(end.results).toEqual([{ ref: ref("a"), error: failure }]);
  });

  it("goes by the error's own transient, not its code: the rule the HTTP client retries by", async () => {
    const clock = createVirtualClock();
    const final503 = new VendorError("soda getScan: HTTP 503", { status: 503, transient: false });
    const passingConfig = new ConfigError("soda getScan: the token is being rotated", { transient: true });
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count }) => (id === "final" ? final503 : count === 1 ? passingConfig : fakeScan(id, "completed")),
    });
    const events = await collect(watchScans(only(adapter), [ref("final"), ref("passing")], { clock }));
    expect(summary(events)).toEqual([
      "error final vendor",
      "retrying passing config",
      "update passing completed",
      "end terminal",
    ]);
  });

  it("ends a scan at once on an answer the HTTP client calls final (JSON of another shape)", async () => {
    const clock = createVirtualClock();
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: "https://vendor.test",
      clock,
      fetch: async () => Response.json({ id: 7 }),
    });
    const adapter = createFakeAdapter({
      clock,
      answer: async ({ id }) => {
        const { data } = await client.request<{ state: string }>({
          operation: "getScan",
          method: "GET",
          path: `/scans/${id}`,
          idempotent: true,
          schema: z.object({ id: z.string(), state: z.string() }),
        });
        return fakeScan(id, data.state as "running");
      },
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock }));
    expect(summary(events)).toEqual(["error a bad_response", "end terminal"]);
    expect(adapter.calls).toHaveLength(1);
  });

  it("counts only failures in a row, and honours maxConsecutiveFailures", async () => {
    const clock = createVirtualClock();
    const outcomes = ["5xx", "5xx", "ok", "5xx", "5xx", "5xx"];
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count }) =>
        outcomes[count - 1] === "ok"
          ? fakeScan(id, "running")
          : new VendorError("soda getScan: HTTP 503", { status: 503 }),
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, maxConsecutiveFailures: 3 }));
    expect(summary(events)).toEqual([
      "retrying a vendor",
      "retrying a vendor",
      "update a running",
      "retrying a vendor",
      "retrying a vendor",
      "error a vendor",
      "end terminal",
    ]);
    const end = lastEvent(events);
    if (end.type !== "end") throw new Error("no end");
    expect(end.results[0]!.scan?.state).toBe("running");
    expect(end.results[0]!.error?.code).toBe("vendor");
  });

  it("waits at least the vendor's Retry-After after a 429 that outlasted the HTTP retries", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count }) =>
        count === 1
          ? new RateLimitedError("soda getScan: HTTP 429", { retryAfterMs: 45_000 })
          : fakeScan(id, "completed"),
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, random: () => 1 }));
    expect(summary(events)).toEqual(["retrying a rate_limited", "update a completed", "end terminal"]);
    expect(adapter.lookTimes("a", start)).toEqual([0, 45_000]);
  });

  it("ends a scan whose vendor asks to wait beyond the cap (11 days) with its rate-limited error, at once", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const elevenDays = 11 * 24 * 3_600_000;
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id }) =>
        id === "a"
          ? new RateLimitedError("soda getScan: HTTP 429 — the vendor asks to wait 950400 s", {
              retryAfterMs: elevenDays,
            })
          : fakeScan(id, "completed"),
    });
    const events = await collect(watchScans(only(adapter), [ref("a"), ref("b")], { clock, random: () => 1 }));
    expect(summary(events)).toEqual(["error a rate_limited", "update b completed", "end terminal"]);
    expect(adapter.lookTimes("a", start)).toEqual([0]);
    expect(clock.now() - start).toBe(0);
  });

  it("gives a scan up at once on a permanent error; the others go on", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, now }) => {
        if (id === "gone") return new NotFoundError("soda getScan: HTTP 404");
        if (id === "secret") return new PermissionError("soda getScan: HTTP 403");
        return fakeScan(id, now - start >= 4000 ? "completed" : "running");
      },
    });
    const events = await collect(
      watchScans(only(adapter), [ref("gone"), ref("ok"), ref("secret")], { clock, intervalMs: 1000 }),
    );
    expect(summary(events)).toEqual([
      "error gone not_found",
      "update ok running",
      "error secret permission",
      "update ok completed",
      "end terminal",
    ]);
    expect(adapter.lookTimes("gone", start)).toEqual([0]);
    expect(adapter.lookTimes("secret", start)).toEqual([0]);
    expect(adapter.lookTimes("ok", start)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it("turns what an adapter throws that is not a ScanstatError into a bad-response error, looked at again like drift", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, answer: () => new TypeError("cannot read properties of undefined") });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, maxConsecutiveFailures: 3 }));
    const error = events.find((event) => event.type === "error");
    expect(error?.type === "error" && error.error.code).toBe("bad_response");
    expect(error?.type === "error" && error.error.message).toBe("soda getScan a: cannot read properties of undefined");
    expect(events.filter((event) => event.type === "retrying")).toHaveLength(2);
    expect(adapter.calls).toHaveLength(3);
  });

  it("reports the resolver's failure for that vendor's scans only; it asks once per vendor", async () => {
    const clock = createVirtualClock();
    const halo = createFakeAdapter({
      vendor: "halo",
      clock,
      answer: ({ id }) => fakeScan(id, "completed", {}, "halo"),
    });
    const asked: string[] = [];
    const resolve = (vendor: VendorId) => {
      asked.push(vendor);
      if (vendor === "soda") throw new ConfigError("soda: set SODA_API_KEY_ID");
      return halo;
    };
    const events = await collect(
      watchScans(resolve, [ref("s1"), ref("h1", "halo"), ref("s2"), ref("h2", "halo")], { clock }),
    );
    expect(asked).toEqual(["soda", "halo"]);
    expect(summary(events).sort()).toEqual(
      ["error s1 config", "error s2 config", "update h1 completed", "update h2 completed", "end terminal"].sort(),
    );
    expect(lastEvent(events).type).toBe("end");
  });

  it("reports a resolver that gives no adapter as a ConfigError", async () => {
    const clock = createVirtualClock();
    const resolve = (() => undefined) as unknown as () => FakeAdapter;
    const events = await collect(watchScans(resolve, [ref("a")], { clock }));
    const error = events.find((event) => event.type === "error");
    expect(error?.type === "error" && error.error.message).toBe("cannot set up soda: no adapter for it");
    expect(lastEvent(events).type).toBe("end");
  });

  it("rejects bad options with a one-line ConfigError", () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, answer: endless });
    expect(() => watchScans(only(adapter), [ref("a")], { concurrency: 0 })).toThrow(ConfigError);
    expect(() => watchScans(only(adapter), [ref("a")], { intervalMs: -1 })).toThrow(
      "watch option intervalMs must be a number of milliseconds >= 0, got -1",
    );
    expect(() => watchScans(only(adapter), [ref("a")], { minDelayMs: 5000, maxDelayMs: 1000 })).toThrow(
      "watch option minDelayMs (5000) is above maxDelayMs (1000)",
    );
    expect(() => watchScans(only(adapter), [ref("")])).toThrow(/cannot watch scan ref/);
  });
});

describe("watchScans: timeout and abort", () => {
  it("ends with reason timeout at the deadline and keeps the last scan", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id }) => fakeScan(id, "running", { vendorState: "executing" }),
    });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, intervalMs: 7000, timeoutMs: 60_000 }));
    expect(clock.now() - start).toBe(60_000);
    const end = lastEvent(events);
    if (end.type !== "end") throw new Error("no end");
    expect(end.reason).toBe("timeout");
    expect(end.results[0]!.scan?.vendorState).toBe("executing");
    expect(adapter.lookTimes("a", start)).toEqual([0, 7000, 14_000, 21_000, 28_000, 35_000, 42_000, 49_000, 56_000]);
  });

  it("ends at the deadline even while a request hangs, and aborts it", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const adapter = createFakeAdapter({ clock, latencyMs: 3_600_000, answer: endless });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, timeoutMs: 10_000 }));
    expect(summary(events)).toEqual(["end timeout"]);
    expect(clock.now() - start).toBe(10_000);
    expect(adapter.signals[0]!.aborted).toBe(true);
  });

  it("ends with reason aborted, without throwing, and aborts the requests in flight", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const controller = new AbortController();
    const adapter = createFakeAdapter({ clock, latencyMs: 3_600_000, answer: endless });
    void clock.sleep(10_000).then(() => controller.abort());
    const events = await collect(watchScans(only(adapter), [ref("a"), ref("b")], { clock, signal: controller.signal }));
    expect(summary(events)).toEqual(["end aborted"]);
    expect(clock.now() - start).toBe(10_000);
    expect(adapter.signals.map((signal) => signal.aborted)).toEqual([true, true]);
    const end = lastEvent(events);
    expect(end.type === "end" && end.results).toEqual([{ ref: ref("a") }, { ref: ref("b") }]);
  });

  it("ends at once when the signal is already aborted", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({ clock, answer: endless });
    const events = await collect(watchScans(only(adapter), [ref("a")], { clock, signal: AbortSignal.abort() }));
    expect(summary(events)).toEqual(["end aborted"]);
    expect(adapter.calls).toHaveLength(0);
  });

  it("stops after the event during which the consumer aborted, with the last scans", async () => {
    const clock = createVirtualClock();
    const controller = new AbortController();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id, count }) => fakeScan(id, "running", { progress: { completed: count } }),
    });
    const events: WatchEvent[] = [];
    for await (const event of watchScans(only(adapter), [ref("a")], {
      clock,
      signal: controller.signal,
      intervalMs: 1000,
    })) {
      events.push(event);
      if (event.type === "update" && event.scan.progress?.completed === 3) controller.abort();
    }
    expect(summary(events)).toEqual(["update a running", "update a running", "update a running", "end aborted"]);
    const end = lastEvent(events);
    expect(end.type === "end" && end.results[0]!.scan?.progress).toEqual({ completed: 3 });
    expect(adapter.calls).toHaveLength(3);
  });

  it("cleans up when the consumer stops early: requests in flight are aborted", async () => {
    const clock = createVirtualClock();
    const adapter = createFakeAdapter({
      clock,
      answer: ({ id }) => (id === "a" ? fakeScan(id, "running") : new Promise<never>(() => {})),
      latencyMs: 1,
    });
    for await (const event of watchScans(only(adapter), [ref("a"), ref("slow")], { clock })) {
      if (event.type === "update") break;
    }
    expect(adapter.signals).toHaveLength(2);
    expect(adapter.signals[1]!.aborted).toBe(true);
  });
});

describe("watchScans: batching and concurrency", () => {
  it("polls a batch vendor with one getScans per round for all its due scans", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const endsAt: Record<string, number> = { s1: 2000, s2: 4000, s3: 4000 };
    const soda = createFakeAdapter({
      clock,
      batch: true,
      answer: ({ id, now }) => fakeScan(id, now - start >= endsAt[id]! ? "completed" : "running"),
    });
    const halo = createFakeAdapter({
      vendor: "halo",
      clock,
      answer: ({ id, now }) => fakeScan(id, now - start >= 3000 ? "completed" : "running", {}, "halo"),
    });
    const resolve = (vendor: VendorId) => (vendor === "soda" ? soda : halo);
    const refs = [ref("s1"), ref("h1", "halo"), ref("s2"), ref("h2", "halo"), ref("s3")];
    const events = await collect(watchScans(resolve, refs, { clock, intervalMs: 1000 }));
    expect(lastEvent(events).type === "end" && (lastEvent(events) as { reason: string }).reason).toBe("terminal");
    expect(soda.calls.map((call) => `${call.operation}@${call.at - start}:${call.ids.join(",")}`)).toEqual([
      "getScans@0:s1,s2,s3",
      "getScans@1000:s1,s2,s3",
      "getScans@2000:s1,s2,s3",
      "getScans@3000:s2,s3",
      "getScans@4000:s2,s3",
    ]);
    expect(halo.calls.map((call) => `${call.operation}@${call.at - start}:${call.ids.join(",")}`)).toEqual([
      "getScan@0:h1",
      "getScan@0:h2",
      "getScan@1000:h1",
      "getScan@1000:h2",
      "getScan@2000:h1",
      "getScan@2000:h2",
      "getScan@3000:h1",
      "getScan@3000:h2",
    ]);
  });

  it("gives each scan of a batch its own result: a not-found entry does not hide the others", async () => {
    const clock = createVirtualClock();
    const soda = createFakeAdapter({
      clock,
      batch: true,
      answer: ({ id }) =>
        id === "gone" ? new NotFoundError("soda getScans: no scan gone") : fakeScan(id, "completed"),
    });
    const events = await collect(watchScans(only(soda), [ref("a"), ref("gone")], { clock }));
    expect(summary(events)).toEqual(["update a completed", "error gone not_found", "end terminal"]);
    expect(soda.calls).toHaveLength(1);
  });

  it("has at most `concurrency` requests in flight per vendor", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    const soda = createFakeAdapter({ clock, latencyMs: 1000, answer: ({ id }) => fakeScan(id, "completed") });
    const halo = createFakeAdapter({
      vendor: "halo",
      clock,
      latencyMs: 1000,
      answer: ({ id }) => fakeScan(id, "completed", {}, "halo"),
    });
    const refs = [
      ...Array.from({ length: 10 }, (_, index) => ref(`s${index}`)),
      ...Array.from({ length: 10 }, (_, index) => ref(`h${index}`, "halo")),
    ];
    const events = await collect(
      watchScans((vendor) => (vendor === "soda" ? soda : halo), refs, { clock, concurrency: 3 }),
    );
    expect(soda.maxInFlight).toBe(3);
    expect(halo.maxInFlight).toBe(3);
    expect(soda.calls.map((call) => call.at - start)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000, 2000, 2000, 3000]);
    expect(events.filter((event) => event.type === "update")).toHaveLength(20);
    expect(clock.now() - start).toBe(4000);
  });

  it("is fair with 200 scans: oldest due first, none starves", async () => {
    const clock = createVirtualClock();
    const start = clock.now();
    // 8 requests per second at most (8 in flight × 1 s); 200 scans that want a look every 2 s.
    const adapter = createFakeAdapter({ clock, latencyMs: 1000, answer: ({ id }) => fakeScan(id, "running") });
    const ids = Array.from({ length: 200 }, (_, index) => `scan-${index}`);
    await collect(
      watchScans(
        only(adapter),
        ids.map((id) => ref(id)),
        { clock, intervalMs: 2000, timeoutMs: 100_000 },
      ),
    );
    expect(adapter.maxInFlight).toBe(8);
    const looksPerScan = ids.map((id) => adapter.lookTimes(id, start));
    const counts = looksPerScan.map((looks) => looks.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(Math.min(...counts)).toBe(4);
    // Every scan is first looked at within 25 s (200 / 8 rounds of 1 s), and then at most ~27 s apart.
    for (const looks of looksPerScan) {
      expect(looks[0]).toBeLessThan(25_000);
      for (let index = 1; index < looks.length; index++)
        expect(looks[index]! - looks[index - 1]!).toBeLessThanOrEqual(27_000);
    }
    // Round robin: the first 8 looks of the second pass are the scans looked at first.
    const secondPass = adapter.calls.slice(200, 208).map((call) => call.ids[0]);
    expect(secondPass).toEqual(ids.slice(0, 8));
  });
});
