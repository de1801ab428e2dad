import type { ScanState, Verdict } from "@scanstat/core";

interface SodaStateMapping {
  state: ScanState;
  verdict?: Verdict;
}

/**
 * DESIGN §1's Soda table, plus the two words only the cancel doc uses: `pending` (a cancel makes
 * it `canceled` at once: not yet handed over, queued) and `submitted` (a cancel makes it
 * `cancelationRequested`, which waits for the runner: the runner has it, running).
 */
const sodaScanStates: Readonly<Record<string, SodaStateMapping>> = {
  queuing: { state: "queued" },
  executing: { state: "running" },
  started: { state: "running" },
  cancelationRequested: { state: "canceling" },
  timeOutRequested: { state: "canceling" },
  canceled: { state: "canceled" },
  timedOut: { state: "timed_out" },
  failed: { state: "failed" },
  completed: { state: "completed", verdict: "pass" },
  completedWithWarnings: { state: "completed", verdict: "warn" },
  completedWithFailures: { state: "completed", verdict: "fail" },
  completedWithErrors: { state: "completed", verdict: "error" },
  pending: { state: "queued" },
  submitted: { state: "running" },
};

/** A Soda state word → scanstat's state (and verdict for completed scans). Unknown words → `unknown`, never a throw. */
export function mapSodaScanState(word: string): SodaStateMapping {
  return Object.hasOwn(sodaScanStates, word) ? sodaScanStates[word]! : { state: "unknown" };
}
