import type { ScanState, Verdict } from "@scanstat/core";

export interface TelmaiRunStatusMapping {
  state: ScanState;
  verdict?: Verdict;
}

/**
 * An asset run's status (the asset status words: running | completed | failed |
 * partial_failure). `failed` and `partial_failure` say that monitors of the asset failed: the
 * run is over, and it went badly (a run that failed outright is `fail`, one that partly
 * failed is `warn`). Unknown words (and `idle`, which an asset has but a run never does) are
 * `unknown`.
 */
export function mapTelmaiRunStatus(status: string): TelmaiRunStatusMapping {
  return mappingOfWord(status) ?? mappingOfWord(status.trim().toLowerCase()) ?? { state: "unknown" };
}

// Telmai writes its words in lower case: those map without a copy (lists hold thousands of runs).
function mappingOfWord(word: string): TelmaiRunStatusMapping | undefined {
  switch (word) {
    case "running":
      return { state: "running" };
    case "completed":
      return { state: "completed", verdict: "pass" };
    case "partial_failure":
      return { state: "completed", verdict: "warn" };
    case "failed":
      return { state: "completed", verdict: "fail" };
    default:
      return undefined;
  }
}
