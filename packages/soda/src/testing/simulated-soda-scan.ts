import type { SimulatedOutcome } from "@scanstat/core/testing";

/** One scan as the simulator keeps it: times and the planned ending; its state word is computed when asked. */
export interface SimulatedSodaScan {
  id: string;
  definition: string;
  outcome: SimulatedOutcome;
  submittedAt: number;
  queuedMs: number;
  durationMs: number;
  dataTimestamp?: string;
  /** A cancel request: a queuing scan is canceled at once, an executing one after the runner picks it up. */
  cancel?: { requestedAt: number; whileQueuing: boolean };
}

export interface SodaScanPhase {
  word: string;
  terminal: boolean;
  startedAt?: number;
  endedAt?: number;
  /** When the word changes next; undefined once terminal. */
  nextChangeAt?: number;
  /** Share of the running time done, 0..1. */
  ratio: number;
}

/** How long a runner takes to pick up a cancel or time-out request. */
export const runnerPickupMs = 2_000;

const endingWords: Record<SimulatedOutcome, string> = {
  pass: "completed",
  warn: "completedWithWarnings",
  fail: "completedWithFailures",
  error: "completedWithErrors",
  failed: "failed",
  canceled: "canceled",
  timed_out: "timedOut",
};

/**
 * The scan's state at `now`: queuing → executing → the ending word, with cancelationRequested /
 * timeOutRequested in the last moments of a scan that ends canceled or timed out. Computed from
 * the clock at request time, so the simulator needs no timers and time only moves forward.
 */
export function sodaScanPhase(scan: SimulatedSodaScan, now: number): SodaScanPhase {
  const startAt = scan.submittedAt + scan.queuedMs;
  const endAt = startAt + scan.durationMs;
  const ratio = scan.durationMs <= 0 ? 1 : Math.min(1, Math.max(0, (now - startAt) / scan.durationMs));

  if (scan.cancel?.whileQueuing) {
    return { word: "canceled", terminal: true, endedAt: scan.cancel.requestedAt, ratio: 0 };
  }
  if (scan.cancel) {
    const canceledAt = scan.cancel.requestedAt + runnerPickupMs;
    if (now < canceledAt) {
      return { word: "cancelationRequested", terminal: false, startedAt: startAt, nextChangeAt: canceledAt, ratio };
    }
    return { word: "canceled", terminal: true, startedAt: startAt, endedAt: canceledAt, ratio };
  }
  if (now < startAt) return { word: "queuing", terminal: false, nextChangeAt: startAt, ratio: 0 };

  const stopped = scan.outcome === "canceled" || scan.outcome === "timed_out";
  const stopRequestedAt = stopped ? endAt - Math.min(runnerPickupMs, scan.durationMs / 2) : endAt;
  if (now < stopRequestedAt) {
    return { word: "executing", terminal: false, startedAt: startAt, nextChangeAt: stopRequestedAt, ratio };
  }
  if (now < endAt) {
    const word = scan.outcome === "canceled" ? "cancelationRequested" : "timeOutRequested";
    return { word, terminal: false, startedAt: startAt, nextChangeAt: endAt, ratio };
  }
  return { word: endingWords[scan.outcome], terminal: true, startedAt: startAt, endedAt: endAt, ratio: 1 };
}

/** Per-check evaluation words that agree with each completed ending (five checks per definition). */
const checkResults: Readonly<Record<string, readonly string[]>> = {
  completed: ["pass", "pass", "pass", "pass", "pass"],
  completedWithWarnings: ["pass", "pass", "pass", "pass", "warn"],
  completedWithFailures: ["pass", "pass", "pass", "warn", "fail"],
  // An errored check cannot be evaluated: Soda lists it as notEvaluated and counts it in `errors`.
  completedWithErrors: ["pass", "pass", "pass", "pass", "notEvaluated"],
};

const errorCounts: Readonly<Record<string, number>> = { completedWithErrors: 1, failed: 1 };

const iso = (time: number | undefined) => (time === undefined ? null : new Date(time).toISOString());

/** The `GET /api/v1/scans/{scanId}` body (nulls where Soda's backend writes them). */
export function sodaStatusBody(
  scan: SimulatedSodaScan,
  phase: SodaScanPhase,
  appOrigin: string,
): Record<string, unknown> {
  const words = (phase.terminal && checkResults[phase.word]) || [];
  const checks = words.map((evaluationStatus, index) => ({ id: `${scan.id}-check-${index + 1}`, evaluationStatus }));
  const created = new Date(scan.submittedAt).toISOString();
  return {
    id: scan.id,
    scanDefinition: { id: `definition-${scan.definition}`, name: scan.definition },
    state: phase.word,
    created,
    submitted: created,
    scanTime: scan.dataTimestamp ?? created,
    started: iso(phase.startedAt),
    ended: iso(phase.endedAt),
    runnerId: phase.startedAt === undefined ? null : "sandbox-runner",
    cloudUrl: `${appOrigin}/scans/${encodeURIComponent(scan.id)}`,
    checks,
    warnings: words.filter((word) => word === "warn").length,
    failures: words.filter((word) => word === "fail").length,
    errors: phase.terminal ? (errorCounts[phase.word] ?? 0) : 0,
    postProcessingStages: [],
  };
}
