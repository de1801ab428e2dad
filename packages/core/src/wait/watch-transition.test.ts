import { describe, expect, it } from "vitest";
import {
  AuthError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  TimeoutError,
  VendorError,
  VendorResponseError,
} from "../errors/errors.js";
import type { ScanstatError } from "../errors/scanstat-error.js";
import { completeEvidence } from "../model/result-evidence.js";
import type { Scan } from "../model/scan.js";
import { fakeScan } from "./__fixtures__/fake-adapter.js";
import type { ScanWatchEvent } from "./watch-event.js";
import { type LookOutcome, type TransitionSettings, type WatchedScan, watchTransition } from "./watch-transition.js";

const now = 100_000;
/** With random fixed at 0.5, the backoff after look n is 2000, 3000, 5000, 9000, 16 000 ms. */
const settings: TransitionSettings = {
  minDelayMs: 2000,
  maxDelayMs: 30_000,
  maxConsecutiveFailures: 3,
  maxRetryAfterMs: 60_000,
  random: () => 0.5,
};

const running = fakeScan("a", "running");
const watched = (fields: Partial<WatchedScan> = {}): WatchedScan => ({
  ref: { vendor: "soda", id: "a" },
  scan: undefined,
  error: undefined,
  dueAt: now,
  looks: 0,
  consecutiveFailures: 0,
  done: false,
  warnedWords: new Set(),
  ...fields,
});
const scanOutcome = (scan: Scan): LookOutcome => ({ type: "scan", scan });
const failure = (error: ScanstatError): LookOutcome => ({ type: "failure", error });
const inSeconds = (seconds: number) => new Date(now + seconds * 1000).toISOString();

const describeEvent = (event: ScanWatchEvent) =>
  event.type === "update" || event.type === "unknown-state"
    ? `${event.type} ${event.scan.vendorState}`
    : `${event.type} ${event.error.code}`;

interface Row {
  name: string;
  before: WatchedScan;
  outcome: LookOutcome;
  events: string[];
  /** The fields of the state after; the rest as they were, with looks + 1, the scan seen, the error that ended it. */
  after: Partial<WatchedScan>;
}

const rows: Row[] = [
  // A scan was read.
  {
    name: "first look, running → reported, due after the first backoff",
    before: watched(),
    outcome: scanOutcome(running),
    events: ["update running"],
    after: { scan: running, dueAt: now + 2000, done: false },
  },
  {
    name: "running, unchanged → not reported, the backoff grows",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "running")),
    events: [],
    after: { dueAt: now + 3000 },
  },
  {
    name: "running, progress moved → reported",
    before: watched({ scan: running, looks: 2 }),
    outcome: scanOutcome(fakeScan("a", "running", { progress: { ratio: 0.5 } })),
    events: ["update running"],
    after: { dueAt: now + 5000 },
  },
  {
    name: "completed → done with its result, not due again",
    before: watched({ scan: running, looks: 3 }),
    outcome: scanOutcome(
      fakeScan("a", "completed", { result: { verdict: "pass", evidence: completeEvidence("checks") } }),
    ),
    events: ["update completed"],
    after: { done: true, dueAt: now },
  },
  {
    name: "failed (terminal, no verdict) → done",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "failed")),
    events: ["update failed"],
    after: { done: true, dueAt: now },
  },
  {
    name: "the vendor's nextPollAt hint wins over the backoff",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "running", { nextPollAt: inSeconds(7) })),
    events: [],
    after: { dueAt: now + 7000 },
  },
  {
    name: "a hint beyond maxDelayMs is capped",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "running", { nextPollAt: inSeconds(600) })),
    events: [],
    after: { dueAt: now + 30_000 },
  },
  {
    name: "a hint already past falls back to the backoff",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "running", { nextPollAt: inSeconds(-5) })),
    events: [],
    after: { dueAt: now + 3000 },
  },
  {
    name: "an unknown vendor word → reported and warned about once, still watched",
    before: watched({ scan: running, looks: 1 }),
    outcome: scanOutcome(fakeScan("a", "unknown", { vendorState: "reticulating" })),
    events: ["update reticulating", "unknown-state reticulating"],
    after: { done: false, dueAt: now + 3000, warnedWords: new Set(["reticulating"]) },
  },
  {
    name: "the same unknown word again → no second warning",
    before: watched({
      scan: fakeScan("a", "unknown", { vendorState: "reticulating" }),
      looks: 2,
      warnedWords: new Set(["reticulating"]),
    }),
    outcome: scanOutcome(fakeScan("a", "unknown", { vendorState: "reticulating" })),
    events: [],
    after: { done: false, dueAt: now + 5000 },
  },
  {
    name: "a scan after failures → the failure count starts again",
    before: watched({ scan: running, looks: 3, consecutiveFailures: 2 }),
    outcome: scanOutcome(fakeScan("a", "running")),
    events: [],
    after: { consecutiveFailures: 0, dueAt: now + 9000 },
  },
  // A look failed with a transient error: looked at again, until the count runs out.
  {
    name: "a network failure → retrying after the backoff",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new NetworkError("reset", { requestSent: true })),
    events: ["retrying network"],
    after: { consecutiveFailures: 1, dueAt: now + 3000, done: false },
  },
  {
    name: "a timeout → retrying",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new TimeoutError("slow")),
    events: ["retrying timeout"],
    after: { consecutiveFailures: 1, dueAt: now + 3000 },
  },
  {
    name: "a 503 → retrying",
    before: watched({ scan: running, looks: 1, consecutiveFailures: 1 }),
    outcome: failure(new VendorError("503", { status: 503 })),
    events: ["retrying vendor"],
    after: { consecutiveFailures: 2, dueAt: now + 3000 },
  },
  {
    name: "a body cut short → retrying",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new VendorResponseError("malformed JSON", { status: 200 })),
    events: ["retrying bad_response"],
    after: { consecutiveFailures: 1, dueAt: now + 3000 },
  },
  {
    name: "a transient failure that reaches maxConsecutiveFailures → ended with it",
    before: watched({ scan: running, looks: 3, consecutiveFailures: 2 }),
    outcome: failure(new VendorError("503", { status: 503 })),
    events: ["error vendor"],
    after: { consecutiveFailures: 3, done: true, dueAt: now },
  },
  {
    name: "a 429 with Retry-After longer than the backoff → due when the vendor asked",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new RateLimitedError("429", { retryAfterMs: 20_000 })),
    events: ["retrying rate_limited"],
    after: { consecutiveFailures: 1, dueAt: now + 20_000 },
  },
  {
    name: "a 429 with Retry-After shorter than the backoff → the backoff",
    before: watched({ scan: running, looks: 3 }),
    outcome: failure(new RateLimitedError("429", { retryAfterMs: 1000 })),
    events: ["retrying rate_limited"],
    after: { consecutiveFailures: 1, dueAt: now + 9000 },
  },
  {
    name: "a 429 asking for more than maxRetryAfterMs → ended at once",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new RateLimitedError("429", { retryAfterMs: 2 * 3_600_000 })),
    events: ["error rate_limited"],
    after: { consecutiveFailures: 1, done: true, dueAt: now },
  },
  // A look failed for good: the scan ends with that error.
  {
    name: "not found → ended",
    before: watched({ scan: running, looks: 1, consecutiveFailures: 1 }),
    outcome: failure(new NotFoundError("404", { status: 404 })),
    events: ["error not_found"],
    after: { consecutiveFailures: 1, done: true, dueAt: now },
  },
  {
    name: "refused credentials → ended",
    before: watched(),
    outcome: failure(new AuthError("401", { status: 401 })),
    events: ["error auth"],
    after: { done: true },
  },
  {
    name: "a missing permission → ended",
    before: watched(),
    outcome: failure(new PermissionError("403", { status: 403 })),
    events: ["error permission"],
    after: { done: true },
  },
  {
    name: "a 4xx the client has no name for → ended",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new VendorError("405", { status: 405 })),
    events: ["error vendor"],
    after: { done: true },
  },
  {
    name: "JSON of another shape (said not transient by the HTTP layer) → ended",
    before: watched({ scan: running, looks: 1 }),
    outcome: failure(new VendorResponseError('field "state" missing', { transient: false })),
    events: ["error bad_response"],
    after: { done: true },
  },
];

describe("watchTransition: what a look's outcome does to a watched scan", () => {
  it.each(rows)("$name", ({ before, outcome, events, after }) => {
    const transition = watchTransition(before, outcome, now, settings);
    expect(transition.events.map(describeEvent)).toEqual(events);
    // A scan ended by a failure keeps that very error, for the watch's results.
    const endedWith = outcome.type === "failure" && after.done ? { error: outcome.error } : {};
    const seen = outcome.type === "scan" ? { scan: outcome.scan } : {};
    expect(transition.state).toEqual({ ...before, looks: before.looks + 1, ...seen, ...endedWith, ...after });
    expect(transition.state.error).toBe(endedWith.error);
  });

  it("changes nothing it was given", () => {
    const before = Object.freeze(watched({ scan: running, looks: 1, warnedWords: Object.freeze(new Set<string>()) }));
    const unknown = scanOutcome(fakeScan("a", "unknown", { vendorState: "reticulating" }));
    expect(() => watchTransition(before, unknown, now, settings)).not.toThrow();
    expect(() => watchTransition(before, failure(new TimeoutError("slow")), now, settings)).not.toThrow();
    expect(before.warnedWords.size).toBe(0);
    expect(before.looks).toBe(1);
  });

  it("names the previous scan in an update, the event carrying the ref it was given", () => {
    const before = watched({ scan: running, looks: 1 });
    const completed = fakeScan("a", "completed");
    const [event] = watchTransition(before, scanOutcome(completed), now, settings).events;
    expect(event).toEqual({ type: "update", ref: before.ref, scan: completed, previous: running });
  });

  it("takes a fixed interval instead of the backoff, for scans and for transient failures", () => {
    const fixed = { ...settings, intervalMs: 10_000 };
    const before = watched({ scan: running, looks: 4 });
    expect(watchTransition(before, scanOutcome(running), now, fixed).state.dueAt).toBe(now + 10_000);
    expect(watchTransition(before, failure(new TimeoutError("slow")), now, fixed).state.dueAt).toBe(now + 10_000);
  });
});
