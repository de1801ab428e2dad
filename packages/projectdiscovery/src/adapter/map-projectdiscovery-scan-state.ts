import type { ScanState } from "@scanstat/core";

/**
 * ProjectDiscovery's `status` is a free string. The words the spec's filter and stats name, and
 * where each lands. `uploaded` is a nuclei run whose results were imported: already complete.
 */
const states: Readonly<Record<string, ScanState>> = {
  queued: "queued",
  scheduled: "queued",
  starting: "queued",
  running: "running",
  finished: "completed",
  uploaded: "completed",
  failed: "failed",
  stopped: "canceled",
};

/** Vendor word → normalized state. Words this version does not know become `unknown`, never an error. */
export function mapProjectDiscoveryScanState(word: string): { state: ScanState } {
  const key = word.trim().toLowerCase();
  return { state: Object.hasOwn(states, key) ? states[key]! : "unknown" };
}
