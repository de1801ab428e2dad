import type { ResultEvidence } from "./result-evidence.js";
import type { VendorId } from "./vendor-id.js";

export const scanStates = [
  "queued",
  "running",
  "canceling",
  "completed",
  "failed",
  "canceled",
  "timed_out",
  "unknown",
] as const;

export type ScanState = (typeof scanStates)[number];

const terminalStates: ReadonlySet<ScanState> = new Set(["completed", "failed", "canceled", "timed_out"]);

/** Terminal states never change again; `unknown` is not terminal (a watch keeps looking). */
export function isTerminalState(state: ScanState): boolean {
  return terminalStates.has(state);
}

export const verdicts = ["pass", "warn", "fail", "error"] as const;
export type Verdict = (typeof verdicts)[number];

/** Ordered from most to least severe. */
export const severities = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof severities)[number];

export interface ScanRef {
  vendor: VendorId;
  id: string;
}

export interface CheckCounts {
  total: number;
  passed: number;
  warned: number;
  failed: number;
  errored: number;
  notEvaluated: number;
}

export interface FindingCounts {
  total: number;
  bySeverity: Record<Severity | "unknown", number>;
}

/**
 * How a terminal scan went. `verdict` is absent when the scan ended without one (exit 3): its
 * outcome could not be read. `evidence` says what the verdict rests on and whether it is complete.
 */
export interface ScanResult {
  verdict?: Verdict;
  evidence: ResultEvidence;
  checks?: CheckCounts;
  findings?: FindingCounts;
  riskScore?: number;
}

export interface ScanProgress {
  /** 0..1 */
  ratio?: number;
  completed?: number;
  total?: number;
}

export interface Scan {
  ref: ScanRef;
  /** Scan definition, scan name or target name. */
  name?: string;
  /** What was scanned: dataset, asset, host. */
  target?: string;
  state: ScanState;
  /** The vendor's own word, verbatim. */
  vendorState: string;
  /** Present once the scan is terminal: the verdict (when one can be given) and its evidence. */
  result?: ScanResult;
  progress?: ScanProgress;
  createdAt?: string;
  startedAt?: string;
  finishedAt?: string;
  updatedAt?: string;
  /** The scan's page in the vendor's app, where known. */
  url?: string;
  /** The vendor's own words on how the scan ended, e.g. why it failed (a vendor's failure reason field). */
  message?: string;
  /**
   * The vendor's hint of when to look again (ISO-8601), e.g. from a vendor's next-poll-time header.
   * The waiter prefers it over its own backoff.
   */
  nextPollAt?: string;
  /** The vendor payload(s) the scan was built from. */
  raw: unknown;
}

export function emptySeverityCounts(): Record<Severity | "unknown", number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0 };
}
