import {
  type Clock,
  formatScanRef,
  isTerminalState,
  type Scan,
  type ScanAdapter,
  type ScanRef,
  type VendorId,
  watchScans,
} from "@scanstat/core";
import { type ErrorSummary, summarizeError } from "../output/report-entry.js";

/** Where a scan on the board came from. */
export type BoardSource = "command-line" | "api" | "active";

export interface BoardEntry {
  ref: ScanRef;
  /** The last scan read (or set by a webhook); undefined until the first look answers. */
  scan?: Scan;
  /** Why the scan can no longer be watched (the last scan read stays). */
  error?: ErrorSummary;
  /** What a vendor's webhook said of the scan, e.g. ProjectDiscovery's `failure_reason`. */
  message?: string;
  source: BoardSource;
}

export type BoardChange =
  | { type: "scan"; entry: BoardEntry }
  | { type: "remove"; ref: ScanRef }
  /** The board is closing: subscribers let go. */
  | { type: "close" };

export interface ScanBoardOptions {
  clock: Clock;
  adapter: (vendor: VendorId) => Promise<ScanAdapter>;
  /** A fixed delay between looks, ms (`--interval`); the watcher's backoff otherwise. */
  intervalMs?: number;
  /** Jitter source of the watcher's backoff (tests). */
  random?: () => number;
  /** At most this many scans; beyond it, the oldest ended ones make room. Default 1000. */
  maxScans?: number;
  /** Called once per scan when it is first seen terminal (metrics). */
  onEnded?: (scan: Scan) => void;
}

export interface ScanBoard {
  /** Every scan, in the order added. */
  list(): BoardEntry[];
  get(ref: ScanRef): BoardEntry | undefined;
  /** Starts watching the refs not yet on the board; returns the ones added. Throws BoardFullError. */
  add(refs: readonly ScanRef[], source: BoardSource): ScanRef[];
  /** Stops watching a scan and drops it; false when it was not on the board. */
  remove(ref: ScanRef): boolean;
  /** Looks at a scan again at once (a webhook named it), then goes on watching it. */
  refresh(ref: ScanRef): void;
  /** Puts a scan learned elsewhere (a vendor's webhook) on the board as if a look had read it. */
  apply(scan: Scan, message?: string): void;
  subscribe(listener: (change: BoardChange) => void): () => void;
  close(): void;
}

export class BoardFullError extends Error {
  constructor(maxScans: number) {
    super(`the board watches at most ${maxScans} scans: DELETE some first`);
    this.name = "BoardFullError";
  }
}

interface Tracked extends BoardEntry {
  watch: AbortController | undefined;
}

const keyOf = formatScanRef;

/** Everything the board shows of a scan (all but the vendor payload) is the same. */
function sameShown(a: Scan, b: Scan): boolean {
  const { raw: _a, ...shownA } = a;
  const { raw: _b, ...shownB } = b;
  return JSON.stringify(shownA) === JSON.stringify(shownB);
}

/**
 * The scans `serve` watches. Each scan has its own run of the core watcher (`watchScans`), so
 * that scans can come and go and a webhook can make one look again at once; they share the
 * command's adapters and with them each credential's rate budget.
 */
export function createScanBoard(options: ScanBoardOptions): ScanBoard {
  const maxScans = options.maxScans ?? 1000;
  const entries = new Map<string, Tracked>();
  const listeners = new Set<(change: BoardChange) => void>();
  let closed = false;

  const publicEntry = (tracked: Tracked): BoardEntry => ({
    ref: tracked.ref,
    ...(tracked.scan ? { scan: tracked.scan } : {}),
    ...(tracked.error ? { error: tracked.error } : {}),
    ...(tracked.message ? { message: tracked.message } : {}),
    source: tracked.source,
  });
  const emit = (change: BoardChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  const changed = (tracked: Tracked) => emit({ type: "scan", entry: publicEntry(tracked) });

  /** A scan read or pushed: an ended scan never goes back to running because a later answer lags. */
  function store(tracked: Tracked, scan: Scan): void {
    const previous = tracked.scan;
    const wasTerminal = previous !== undefined && isTerminalState(previous.state);
    if (wasTerminal && !isTerminalState(scan.state)) return;
    // A fresh watch (a webhook's re-read) reports its first look even when nothing moved: say nothing then.
    const unchanged = previous !== undefined && tracked.error === undefined && sameShown(previous, scan);
    tracked.scan = scan;
    tracked.error = undefined;
    if (unchanged) return;
    if (!wasTerminal && isTerminalState(scan.state)) options.onEnded?.(scan);
    changed(tracked);
  }

  function watch(tracked: Tracked): void {
    tracked.watch?.abort();
    const controller = new AbortController();
    tracked.watch = controller;
    const events = watchScans(options.adapter, [tracked.ref], {
      clock: options.clock,
      signal: controller.signal,
      ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    const current = () => !controller.signal.aborted && tracked.watch === controller;
    void (async () => {
      for await (const event of events) {
        if (!current()) return;
        if (event.type === "update") store(tracked, event.scan);
        else if (event.type === "error") {
          tracked.error = summarizeError(event.error);
          changed(tracked);
        }
      }
      if (tracked.watch === controller) tracked.watch = undefined;
    })();
  }

  /** Drops the oldest ended scans until `needed` more fit. */
  function makeRoom(needed: number): void {
    for (const tracked of [...entries.values()]) {
      if (entries.size + needed <= maxScans) return;
      const ended = (tracked.scan && isTerminalState(tracked.scan.state)) || tracked.error !== undefined;
      if (ended) board.remove(tracked.ref);
    }
  }

  const board: ScanBoard = {
    list: () => [...entries.values()].map(publicEntry),
    get(ref) {
      const tracked = entries.get(keyOf(ref));
      return tracked ? publicEntry(tracked) : undefined;
    },
    add(refs, source) {
      if (closed) return [];
      const fresh = [...new Map(refs.map((ref) => [keyOf(ref), ref])).values()].filter(
        (ref) => !entries.has(keyOf(ref)),
      );
      if (entries.size + fresh.length > maxScans) makeRoom(fresh.length);
      if (entries.size + fresh.length > maxScans) throw new BoardFullError(maxScans);
      for (const ref of fresh) {
        const tracked: Tracked = { ref: { vendor: ref.vendor, id: ref.id }, source, watch: undefined };
        entries.set(keyOf(ref), tracked);
        changed(tracked);
        watch(tracked);
      }
      return fresh;
    },
    remove(ref) {
      const tracked = entries.get(keyOf(ref));
      if (!tracked) return false;
      tracked.watch?.abort();
      tracked.watch = undefined;
      entries.delete(keyOf(ref));
      emit({ type: "remove", ref: tracked.ref });
      return true;
    },
    refresh(ref) {
      const tracked = entries.get(keyOf(ref));
      if (tracked && !closed) watch(tracked);
    },
    apply(scan, message) {
      const tracked = entries.get(keyOf(scan.ref));
      if (!tracked || closed) return;
      if (message !== undefined) tracked.message = message;
      store(tracked, scan);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      if (closed) return;
      closed = true;
      for (const tracked of entries.values()) tracked.watch?.abort();
      emit({ type: "close" });
      listeners.clear();
    },
  };
  return board;
}
