import type { ScanState } from "@scanstat/core";

/**
 * An execution's status (`GET /api/scan/status/{executionId}`): running | finished | failed.
 * The verdict of a finished execution comes from its assets' runs (see summarize-telmai-runs),
 * so this table gives states only. Unknown words are `unknown`, never a crash.
 */
export function mapTelmaiScanState(status: string): ScanState {
  switch (status.trim().toLowerCase()) {
    case "running":
      return "running";
    case "finished":
      return "completed";
    case "failed":
      return "failed";
    default:
      return "unknown";
  }
}
