import type { ScanState } from "@scanstat/core";

/**
 * The job status words (the job-status webhook page lists IN_PROGRESS, FINISHED, FAILED,
 * PREPARING, BATCH_WAIT). No canceled word is documented. Matched without regard to case
 * (an inference: the pages write them in capitals only); any other word is `unknown`.
 */
const states: Readonly<Record<string, ScanState>> = {
  PREPARING: "queued",
  BATCH_WAIT: "queued",
  IN_PROGRESS: "running",
  FINISHED: "completed",
  FAILED: "failed",
};

export function mapTelmaiClassicJobState(status: string): ScanState {
  return states[status.trim().toUpperCase()] ?? "unknown";
}
