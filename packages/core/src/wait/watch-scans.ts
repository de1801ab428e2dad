import type { ScanAdapter } from "../adapter/scan-adapter.js";
import type { Clock } from "../clock/clock.js";
import { InvalidScanRefError } from "../errors/errors.js";
import type { ScanstatError } from "../errors/scanstat-error.js";
import type { ScanRef } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import type { WatchEvent, WatchResult } from "./watch-event.js";
import { type AdapterResolver, lookAtScan, lookAtScans, resolveVendorAdapter } from "./watch-looks.js";
import { checkedSettings, type WatchOptions, type WatchSettings } from "./watch-settings.js";
import { type LookOutcome, type WatchedScan, watchTransition } from "./watch-transition.js";

export type { WatchEvent, WatchResult } from "./watch-event.js";
export type { AdapterResolver } from "./watch-looks.js";
export type { WatchOptions } from "./watch-settings.js";

interface TrackedScan extends WatchedScan {
  /** Position among the refs: the tie-break between scans due at the same time. */
  order: number;
  inFlight: boolean;
}

/** A vendor's scans, its adapter (resolved on first need) and its requests in flight. */
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
  | { type: "look"; tracked: TrackedScan; outcome: LookOutcome };

/**
 * Follows scans until each is terminal (or can no longer be read), the time is up, or the
 * signal aborts. The first look is at once; then each scan is looked at again after its own
 * delay (`pollDelay`, or the vendor's `nextPollAt` hint). Batch-capable vendors get one
 * `getScans` per round for all their due scans; others one `getScan` per scan, at most
 * `concurrency` in flight per vendor, oldest-due first. Bad options throw ConfigError at once.
 * What each look does to its scan is `watchTransition`.
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
  const { tracked, lanes } = trackRefs(refs, startedAt);
  const requests = createRequestPool(clock, signal);
  const end = (reason: "terminal" | "timeout" | "aborted"): WatchEvent => ({
    type: "end",
    reason,
    results: results(refs, tracked),
  });
  try {
    while (true) {
      while (requests.outcomes.length > 0 && !signal?.aborted) {
        for (const event of settle(requests.outcomes.shift()!, clock.now(), settings)) {
          yield event;
          if (signal?.aborted) break;
        }
      }
      if (signal?.aborted) {
        yield end("aborted");
        return;
      }
      if ([...tracked.values()].every((scan) => scan.done)) {
        yield end("terminal");
        return;
      }
      if (clock.now() >= deadline) {
        yield end("timeout");
        return;
      }
      dispatch(requests, lanes, resolveAdapter, settings);
      if (requests.outcomes.length === 0) await requests.wakeBy(nextDueAt(lanes, clock.now(), deadline, settings));
    }
  } finally {
    requests.close();
  }
}

const refKey = (ref: ScanRef) => `${ref.vendor}:${ref.id}`;

/** One tracked scan per ref, in lanes by vendor. The same ref given twice is watched once and reported twice. */
function trackRefs(
  refs: readonly ScanRef[],
  startedAt: number,
): { tracked: Map<string, TrackedScan>; lanes: Map<VendorId, VendorLane> } {
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
  return { tracked, lanes };
}

function results(refs: readonly ScanRef[], tracked: Map<string, TrackedScan>): WatchResult[] {
  return refs.map((ref) => {
    const entry = tracked.get(refKey(ref))!;
    return { ref, ...(entry.scan ? { scan: entry.scan } : {}), ...(entry.error ? { error: entry.error } : {}) };
  });
}

/** What an outcome does: a lane gets its adapter (or fails all its scans), a scan moves on. */
function* settle(outcome: Outcome, now: number, settings: WatchSettings): Generator<WatchEvent> {
  switch (outcome.type) {
    case "adapter":
      outcome.lane.adapter = outcome.adapter;
      outcome.lane.status = "ready";
      return;
    case "adapter-failed":
      outcome.lane.status = "failed";
      for (const scan of outcome.lane.scans) {
        scan.done = true;
        scan.error = outcome.error;
      }
      for (const scan of outcome.lane.scans) yield { type: "error", ref: scan.ref, error: outcome.error };
      return;
    case "look": {
      const { state, events } = watchTransition(outcome.tracked, outcome.outcome, now, settings);
      Object.assign(outcome.tracked, state);
      yield* events;
      return;
    }
  }
}

type RequestPool = ReturnType<typeof createRequestPool>;

/** The requests in flight and the outcomes they left, and the wait for either a wake or a time. */
function createRequestPool(clock: Clock, signal: AbortSignal | undefined) {
  const outcomes: Outcome[] = [];
  // One controller per request (not one shared signal) so that many requests in flight do not
  // pile listeners on one AbortSignal; ending the watch aborts them all.
  const controllers = new Set<AbortController>();
  let wake: () => void = () => {};
  const onAbort = () => wake();
  signal?.addEventListener("abort", onAbort, { once: true });
  return {
    outcomes,
    run(task: (signal: AbortSignal) => Promise<Outcome[]>, onSettled: () => void): void {
      const controller = new AbortController();
      controllers.add(controller);
      void task(controller.signal)
        .then((produced) => {
          if (!controller.signal.aborted) outcomes.push(...produced);
        })
        .finally(() => {
          controllers.delete(controller);
          onSettled();
          wake();
        });
    },
    /** Waits for a request to finish, the time `until`, or the abort. */
    async wakeBy(until: number): Promise<void> {
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      if (signal?.aborted) return;
      const sleeper = new AbortController();
      if (Number.isFinite(until)) {
        clock.sleep(Math.max(0, until - clock.now()), sleeper.signal).then(
          () => wake(),
          () => {},
        );
      }
      await woken;
      // A stale timer would make a virtual clock jump ahead for nothing.
      sleeper.abort();
    },
    close(): void {
      signal?.removeEventListener("abort", onAbort);
      for (const controller of controllers) controller.abort();
    },
  };
}

const usesBatch = (adapter: ScanAdapter) => adapter.capabilities.batchGet && typeof adapter.getScans === "function";

function hasRoom(lane: VendorLane, settings: WatchSettings): boolean {
  return lane.status === "ready" && lane.inFlight < (usesBatch(lane.adapter!) ? 1 : settings.concurrency);
}

/** Resolves the adapters not asked for yet, and looks at every scan that is due where a lane has room. */
function dispatch(
  requests: RequestPool,
  lanes: Map<VendorId, VendorLane>,
  resolveAdapter: AdapterResolver,
  settings: WatchSettings,
): void {
  const now = settings.clock.now();
  for (const lane of lanes.values()) {
    if (lane.status === "idle") {
      startResolving(requests, lane, resolveAdapter);
      continue;
    }
    if (!hasRoom(lane, settings)) continue;
    const adapter = lane.adapter!;
    // Oldest-due first: a scan waiting longest is served next, so none starves.
    const due = lane.scans
      .filter((scan) => !scan.done && !scan.inFlight && scan.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
    if (due.length === 0) continue;
    if (usesBatch(adapter)) {
      startBatchLook(requests, lane, adapter, due);
    } else {
      for (const scan of due.slice(0, settings.concurrency - lane.inFlight)) startLook(requests, lane, adapter, scan);
    }
  }
}

/** When the loop must wake at the latest: the first scan to fall due in a lane with room, or the deadline. */
function nextDueAt(lanes: Map<VendorId, VendorLane>, now: number, deadline: number, settings: WatchSettings): number {
  let until = deadline;
  for (const lane of lanes.values()) {
    if (!hasRoom(lane, settings)) continue; // its scans wait for a request to finish, not for time
    for (const scan of lane.scans) {
      if (!scan.done && !scan.inFlight && scan.dueAt > now) until = Math.min(until, scan.dueAt);
    }
  }
  return until;
}

function startResolving(requests: RequestPool, lane: VendorLane, resolveAdapter: AdapterResolver): void {
  lane.status = "resolving";
  requests.run(
    async () => {
      const resolved = await resolveVendorAdapter(resolveAdapter, lane.vendor);
      return [
        resolved.ok
          ? { type: "adapter", lane, adapter: resolved.adapter }
          : { type: "adapter-failed", lane, error: resolved.error },
      ];
    },
    () => {},
  );
}

function startLook(requests: RequestPool, lane: VendorLane, adapter: ScanAdapter, scan: TrackedScan): void {
  scan.inFlight = true;
  lane.inFlight++;
  requests.run(
    async (signal) => [{ type: "look", tracked: scan, outcome: await lookAtScan(adapter, scan.ref, signal) }],
    () => {
      scan.inFlight = false;
      lane.inFlight--;
    },
  );
}

function startBatchLook(requests: RequestPool, lane: VendorLane, adapter: ScanAdapter, due: TrackedScan[]): void {
  for (const scan of due) scan.inFlight = true;
  lane.inFlight++;
  requests.run(
    async (signal) => {
      const outcomes = await lookAtScans(
        adapter,
        due.map((scan) => scan.ref),
        signal,
      );
      return due.map((scan, index): Outcome => ({ type: "look", tracked: scan, outcome: outcomes[index]! }));
    },
    () => {
      for (const scan of due) scan.inFlight = false;
      lane.inFlight--;
    },
  );
}
