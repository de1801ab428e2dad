import { createBoundedMap } from "@scanstat/core/adapter-kit";
import type { TelmaiScanExecution } from "../client/telmai-schemas.js";

/** What an adapter keeps of one scan between lookups, so that later rounds need only the assets. */
export interface TelmaiRememberedScan {
  /** The execution as last read from `scan/status`. */
  execution?: TelmaiScanExecution;
  /** The batch its runs carry, when linked by time (runs that carry the execution's own id need no memory). */
  jobId?: string;
  /** The runs as last seen, and since when they have looked so: runs that stop moving get the execution read. */
  runsSeen?: string;
  runsSeenSince?: number;
}

export interface TelmaiScanMemory {
  get(id: string): TelmaiRememberedScan | undefined;
  /** Merges into what is kept of `id`; the oldest scan is dropped beyond the limit. */
  update(id: string, patch: TelmaiRememberedScan): void;
  forget(id: string): void;
  readonly size: number;
}

/** Scans still followed, newest last; bounded so a long-lived adapter does not grow without end. */
export function createTelmaiScanMemory(limit = 10_000): TelmaiScanMemory {
  const scans = createBoundedMap<string, TelmaiRememberedScan>(limit);
  return {
    get: (id) => scans.get(id),
    // The bounded map moves a key it sets to the newest end, dropping the oldest beyond the limit.
    update: (id, patch) => scans.set(id, { ...scans.get(id), ...patch }),
    forget: (id) => void scans.delete(id),
    get size() {
      return scans.size;
    },
  };
}
