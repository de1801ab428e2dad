import { getScans } from "../adapter/adapter-operations.js";
import type { ScanAdapter, ScanLookup } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";
import { ConfigError, InvalidScanRefError, RateLimitedError, VendorResponseError } from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import { isTerminalState, type Scan, type ScanRef } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import { hintedDelay } from "./next-poll-hint.js";
import { pollDelay } from "./poll-delay.js";
import { scanChanged } from "./scan-changed.js";
import { isTransientError, toScanstatError } from "./watch-error.js";

export type AdapterResolver = (vendor: VendorId) => ScanAdapter | Promise<ScanAdapter>;

export type WatchEvent =
  /** The first look at a scan, then every change of its state, vendor word, progress or result. */
  | { type: "update"; ref: ScanRef; scan: Scan; previous: Scan | undefined }
  /** A vendor word this version does not know: a warning, once per scan and word; the watch goes on. */
  | { type: "unknown-state"; ref: ScanRef; scan: Scan }
  /** A transient failure (network, timeout, 5xx, 429) that outlasted the HTTP layer's retries; the watch goes on. */
  | { type: "retrying"; ref: ScanRef; error: ScanstatError }
  /** This scan can no longer be watched; the others go on. */
  | { type: "error"; ref: ScanRef; error: ScanstatError }
  /** The last event. `terminal`: nothing is left to watch (every scan is terminal or failed). */
  | { type: "end"; reason: "terminal" | "timeout" | "aborted"; results: WatchResult[] };

/** One per ref, in the order of the refs given. `scan` is the last one seen. */
export interface WatchResult {
  ref: ScanRef;
  scan?: Scan;
  error?: ScanstatError;
}

export interface WatchOptions {
  clock?: Clock;
  /** Aborting ends the watch with an `end` event (reason `aborted`); it does not throw. */
  signal?: AbortSignal;
  /** A fixed delay between looks at a scan, ms (the rate budget still caps it). */
  intervalMs?: number;
  /** The first delay of the backoff, ms. Default 2000. */
  minDelayMs?: number;
  /** The longest delay of the backoff (and of a vendor's hint), ms. Default 30 000. */
  maxDelayMs?: number;
  /** Stop looking after this long, ms: the watch ends with reason `timeout`. */
  timeoutMs?: number;
  /** Jitter source; inject for deterministic tests. */
  random?: () => number;
  /** Requests in flight per vendor. Default 8. */
  concurrency?: number;
  /** Transient failures in a row after which a scan is given up (an `error` event). Default 5. */
  maxConsecutiveFailures?: number;
  /**
   * The longest `Retry-After` waited out, ms, as the HTTP client caps it. A vendor asking for
   * more ends that scan with its rate-limited error instead of a wait of days. Default 60 000.
   */
  maxRetryAfterMs?: number;
}

interface WatchSettings {
  clock: Clock;
  signal: AbortSignal | undefined;
  intervalMs: number | undefined;
  minDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number | undefined;
  random: () => number;
  concurrency: number;
  maxConsecutiveFailures: number;
  maxRetryAfterMs: number;
}

interface TrackedScan {
  ref: ScanRef;
  /** Position among the refs: the tie-break between scans due at the same time. */
  order: number;
  scan: Scan | undefined;
  error: ScanstatError | undefined;
  dueAt: number;
  /** Looks so far, failed ones included: the backoff's attempt number. */
  looks: number;
  consecutiveFailures: number;
  inFlight: boolean;
  done: boolean;
  warnedWords: Set<string>;
}

interface VendorLane {
  vendor: VendorId;
  status: "idle" | "resolving" | "ready" | "failed";
  adapter: ScanAdapter | undefined;
  inFlight: number;
  scans: TrackedScan[];
}

type Outcome =
  | { type: "adapter"; lane: VendorLane; adapter: ScanAdapter }
  | { type: "adapter-failed"; lane: VendorLane; error: ScanstatError }
  | { type: "scan"; tracked: TrackedScan; scan: Scan }
  | { type: "failure"; tracked: TrackedScan; error: ScanstatError };

const refKey = (ref: ScanRef) => `${ref.vendor}:${ref.id}`;

function isScan(value: unknown): value is Scan {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Scan).state === "string" &&
    typeof (value as Scan).vendorState === "string"
  );
}

function checkedSettings(options: WatchOptions): WatchSettings {
  const nonNegative = (name: string, value: number | undefined) => {
    if (value !== undefined && !(typeof value === "number" && value >= 0)) {
      throw new ConfigError(`watch option ${name} must be a number of milliseconds >= 0, got ${String(value)}`);
    }
  };
  const positiveInteger = (name: string, value: number | undefined) => {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new ConfigError(`watch option ${name} must be a whole number >= 1, got ${String(value)}`);
    }
  };
  nonNegative("intervalMs", options.intervalMs);
  nonNegative("minDelayMs", options.minDelayMs);
  nonNegative("maxDelayMs", options.maxDelayMs);
  nonNegative("timeoutMs", options.timeoutMs);
  positiveInteger("concurrency", options.concurrency);
  positiveInteger("maxConsecutiveFailures", options.maxConsecutiveFailures);
  nonNegative("maxRetryAfterMs", options.maxRetryAfterMs);
  const minDelayMs = options.minDelayMs ?? 2000;
  const maxDelayMs = options.maxDelayMs ?? Math.max(30_000, minDelayMs);
  if (minDelayMs > maxDelayMs) {
    throw new ConfigError(`watch option minDelayMs (${minDelayMs}) is above maxDelayMs (${maxDelayMs})`);
  }
  return {
    clock: options.clock ?? systemClock,
    signal: options.signal,
    intervalMs: options.intervalMs,
    minDelayMs,
    maxDelayMs,
    timeoutMs: options.timeoutMs,
    random: options.random ?? Math.random,
    concurrency: options.concurrency ?? 8,
    maxConsecutiveFailures: options.maxConsecutiveFailures ?? 5,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
  };
}

/**
 * Follows scans until each is terminal (or can no longer be read), the time is up, or the
 * signal aborts. The first look is at once; then each scan is looked at again after its own
 * delay (`pollDelay`, or the vendor's `nextPollAt` hint). Batch-capable vendors get one
 * `getScans` per round for all their due scans; others one `getScan` per scan, at most
 * `concurrency` in flight per vendor, oldest-due first. Bad options throw ConfigError at once.
 */
export function watchScans(
  resolveAdapter: AdapterResolver,
  refs: readonly ScanRef[],
  options: WatchOptions = {},
): AsyncIterable<WatchEvent> {
  const settings = checkedSettings(options);
  for (const ref of refs) {
    if (typeof ref?.id !== "string" || ref.id.trim() === "" || typeof ref.vendor !== "string") {
      throw new InvalidScanRefError(`cannot watch scan ref ${JSON.stringify(ref)}: expected { vendor, id }`);
    }
  }
  return { [Symbol.asyncIterator]: () => runWatch(resolveAdapter, refs, settings) };
}

async function* runWatch(
  resolveAdapter: AdapterResolver,
  refs: readonly ScanRef[],
  settings: WatchSettings,
): AsyncGenerator<WatchEvent, void, undefined> {
  const { clock, signal } = settings;
  const startedAt = clock.now();
  const deadline = settings.timeoutMs === undefined ? Number.POSITIVE_INFINITY : startedAt + settings.timeoutMs;

  // The same ref given twice is watched once and reported twice.
  const tracked = new Map<string, TrackedScan>();
  const lanes = new Map<VendorId, VendorLane>();
  for (const ref of refs) {
    const key = refKey(ref);
    if (tracked.has(key)) continue;
    const scan: TrackedScan = {
      ref,
      order: tracked.size,
      scan: undefined,
      error: undefined,
      dueAt: startedAt,
      looks: 0,
      consecutiveFailures: 0,
      inFlight: false,
      done: false,
      warnedWords: new Set(),
    };
    tracked.set(key, scan);
    let lane = lanes.get(ref.vendor);
    if (!lane) {
      lane = { vendor: ref.vendor, status: "idle", adapter: undefined, inFlight: 0, scans: [] };
      lanes.set(ref.vendor, lane);
    }
    lane.scans.push(scan);
  }

  const outcomes: Outcome[] = [];
  // One controller per request (not one shared signal) so that many requests in flight do not
  // pile listeners on one AbortSignal; ending the watch aborts them all.
  const requestControllers = new Set<AbortController>();
  let wake: () => void = () => {};
  const onAbort = () => wake();
  signal?.addEventListener("abort", onAbort, { once: true });

  const results = (): WatchResult[] =>
    refs.map((ref) => {
      const entry = tracked.get(refKey(ref))!;
      return { ref, ...(entry.scan ? { scan: entry.scan } : {}), ...(entry.error ? { error: entry.error } : {}) };
    });
  const end = (reason: "terminal" | "timeout" | "aborted"): WatchEvent => ({ type: "end", reason, results: results() });

  function run(task: (signal: AbortSignal) => Promise<Outcome[]>, onSettled: () => void): void {
    const controller = new AbortController();
    requestControllers.add(controller);
    void task(controller.signal)
      .then((produced) => {
        if (!controller.signal.aborted) outcomes.push(...produced);
      })
      .finally(() => {
        requestControllers.delete(controller);
        onSettled();
        wake();
      });
  }

  function resolveLane(lane: VendorLane): void {
    lane.status = "resolving";
    run(
      async () => {
        try {
          const adapter: unknown = await resolveAdapter(lane.vendor);
          if (typeof (adapter as ScanAdapter | undefined)?.getScan !== "function") {
            throw new ConfigError(`cannot set up ${lane.vendor}: no adapter for it`, { vendor: lane.vendor });
          }
          return [{ type: "adapter", lane, adapter: adapter as ScanAdapter }];
        } catch (error) {
          const failure = ScanstatError.isInstance(error)
            ? error
            : new ConfigError(
                `cannot set up ${lane.vendor}: ${error instanceof Error ? error.message : String(error)}`,
                {
                  vendor: lane.vendor,
                  cause: error,
                },
              );
          return [{ type: "adapter-failed", lane, error: failure }];
        }
      },
      () => {},
    );
  }

  function lookAt(lane: VendorLane, adapter: ScanAdapter, scan: TrackedScan): void {
    scan.inFlight = true;
    lane.inFlight++;
    run(
      async (requestSignal) => {
        try {
          const found: unknown = await adapter.getScan(scan.ref.id, { signal: requestSignal });
          if (!isScan(found)) {
            const error = new VendorResponseError(
              `${lane.vendor} getScan ${scan.ref.id}: the adapter returned no scan`,
              {
                vendor: lane.vendor,
                operation: "getScan",
              },
            );
            return [{ type: "failure", tracked: scan, error }];
          }
          return [{ type: "scan", tracked: scan, scan: found }];
        } catch (error) {
          return [{ type: "failure", tracked: scan, error: toScanstatError(error, scan.ref, "getScan") }];
        }
      },
      () => {
        scan.inFlight = false;
        lane.inFlight--;
      },
    );
  }

  function lookAtBatch(lane: VendorLane, adapter: ScanAdapter, due: TrackedScan[]): void {
    for (const scan of due) scan.inFlight = true;
    lane.inFlight++;
    run(
      async (requestSignal) => {
        const ids = due.map((scan) => scan.ref.id);
        try {
          const answer: unknown = await getScans(adapter, ids, { signal: requestSignal });
          const lookups = Array.isArray(answer) ? (answer as ScanLookup[]) : [];
          const byId = new Map(lookups.map((lookup) => [lookup?.id, lookup]));
          return due.map((scan, index): Outcome => {
            const lookup = byId.get(scan.ref.id) ?? (lookups.length === ids.length ? lookups[index] : undefined);
            if (lookup?.ok && isScan(lookup.scan)) return { type: "scan", tracked: scan, scan: lookup.scan };
            if (lookup && lookup.ok === false) {
              return { type: "failure", tracked: scan, error: toScanstatError(lookup.error, scan.ref, "getScans") };
            }
            const error = new VendorResponseError(`${lane.vendor} getScans: no scan in the answer for ${scan.ref.id}`, {
              vendor: lane.vendor,
              operation: "getScans",
            });
            return { type: "failure", tracked: scan, error };
          });
        } catch (error) {
          return due.map(
            (scan): Outcome => ({
              type: "failure",
              tracked: scan,
              error: toScanstatError(error, scan.ref, "getScans"),
            }),
          );
        }
      },
      () => {
        for (const scan of due) scan.inFlight = false;
        lane.inFlight--;
      },
    );
  }

  const usesBatch = (adapter: ScanAdapter) => adapter.capabilities.batchGet && typeof adapter.getScans === "function";
  const hasRoom = (lane: VendorLane) =>
    lane.status === "ready" && lane.inFlight < (usesBatch(lane.adapter!) ? 1 : settings.concurrency);

  function dispatch(): void {
    const now = clock.now();
    for (const lane of lanes.values()) {
      if (lane.status === "idle") {
        resolveLane(lane);
        continue;
      }
      if (!hasRoom(lane)) continue;
      const adapter = lane.adapter!;
      // Oldest-due first: a scan waiting longest is served next, so none starves.
      const due = lane.scans
        .filter((scan) => !scan.done && !scan.inFlight && scan.dueAt <= now)
        .sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
      if (due.length === 0) continue;
      if (usesBatch(adapter)) {
        lookAtBatch(lane, adapter, due);
      } else {
        for (const scan of due.slice(0, settings.concurrency - lane.inFlight)) lookAt(lane, adapter, scan);
      }
    }
  }

  /** Waits for a request to finish, the next scan to fall due, the deadline, or the abort. */
  async function nextWake(): Promise<void> {
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    if (signal?.aborted) return;
    const now = clock.now();
    let until = deadline;
    for (const lane of lanes.values()) {
      if (!hasRoom(lane)) continue; // its scans wait for a request to finish, not for time
      for (const scan of lane.scans) {
        if (!scan.done && !scan.inFlight && scan.dueAt > now) until = Math.min(until, scan.dueAt);
      }
    }
    const sleeper = new AbortController();
    if (Number.isFinite(until)) {
      clock.sleep(Math.max(0, until - now), sleeper.signal).then(
        () => wake(),
        () => {},
      );
    }
    await woken;
    // A stale timer would make a virtual clock jump ahead for nothing.
    sleeper.abort();
  }

  function* settle(outcome: Outcome): Generator<WatchEvent> {
    const now = clock.now();
    if (outcome.type === "adapter") {
      outcome.lane.adapter = outcome.adapter;
      outcome.lane.status = "ready";
      return;
    }
    if (outcome.type === "adapter-failed") {
      outcome.lane.status = "failed";
      for (const scan of outcome.lane.scans) {
        scan.done = true;
        scan.error = outcome.error;
      }
      for (const scan of outcome.lane.scans) yield { type: "error", ref: scan.ref, error: outcome.error };
      return;
    }
    const entry = outcome.tracked;
    entry.looks++;
    if (outcome.type === "scan") {
      const { scan } = outcome;
      const previous = entry.scan;
      entry.scan = scan;
      entry.consecutiveFailures = 0;
      if (isTerminalState(scan.state)) entry.done = true;
      else {
        entry.dueAt =
          now +
          (hintedDelay(scan.nextPollAt, now, settings.maxDelayMs) ?? pollDelay(entry.looks, settings, settings.random));
      }
      if (!previous || scanChanged(previous, scan)) yield { type: "update", ref: entry.ref, scan, previous };
      if (scan.state === "unknown" && !entry.warnedWords.has(scan.vendorState)) {
        entry.warnedWords.add(scan.vendorState);
        yield { type: "unknown-state", ref: entry.ref, scan };
      }
      return;
    }
    const { error } = outcome;
    if (isTransientError(error)) {
      entry.consecutiveFailures++;
      const askedFor = RateLimitedError.isInstance(error) ? (error.retryAfterMs ?? 0) : 0;
      // A vendor asking for more than the cap (days, say) ends the scan, as it ends `status`.
      if (entry.consecutiveFailures < settings.maxConsecutiveFailures && askedFor <= settings.maxRetryAfterMs) {
        entry.dueAt = now + Math.max(pollDelay(entry.looks, settings, settings.random), askedFor);
        yield { type: "retrying", ref: entry.ref, error };
        return;
      }
    }
    entry.done = true;
    entry.error = error;
    yield { type: "error", ref: entry.ref, error };
  }

  try {
    while (true) {
      while (outcomes.length > 0 && !signal?.aborted) {
        for (const event of settle(outcomes.shift()!)) {
          yield event;
          if (signal?.aborted) break;
        }
      }
      if (signal?.aborted) {
        yield end("aborted");
        return;
      }
      let finished = true;
      for (const scan of tracked.values()) if (!scan.done) finished = false;
      if (finished) {
        yield end("terminal");
        return;
      }
      if (clock.now() >= deadline) {
        yield end("timeout");
        return;
      }
      dispatch();
      if (outcomes.length === 0) await nextWake();
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    for (const controller of requestControllers) controller.abort();
  }
}
