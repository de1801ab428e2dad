import {
  completeEvidence,
  noEvidence,
  resultForFindings,
  type Scan,
  type ScanResult,
  type SeverityPolicy,
} from "@scanstat/core";
import { countTelmaiClassicAlerts } from "./map-telmai-classic-alerts.js";
import { mapTelmaiClassicJobState } from "./map-telmai-classic-job-state.js";
import type { TelmaiClassicAlert, TelmaiClassicJob } from "../client/telmai-classic-schemas.js";

/** The alerts of a finished job: read, or why they could not be. */
export type TelmaiClassicAlertsRead = { ok: true; alerts: TelmaiClassicAlert[] } | { ok: false; reason: string };

export interface MapTelmaiClassicScanInput {
  /** The scan id as the user holds it (`<asset>~<job>` or a bare job id). */
  id: string;
  assetId?: string;
  job: TelmaiClassicJob;
  /** Read only once the job has FINISHED. */
  alerts?: TelmaiClassicAlertsRead;
  severityPolicy?: SeverityPolicy;
}

function resultOf(input: MapTelmaiClassicScanInput, state: Scan["state"]): ScanResult | undefined {
  if (state === "failed") {
    // The job's `details` is the vendor's account of the failure: kept as the result's message.
    return { evidence: noEvidence(input.job.details?.trim() || "the job failed (Telmai gave no details)") };
  }
  if (state !== "completed") return undefined;
  const read = input.alerts;
  if (!read?.ok) {
    // Without the alerts nothing says how the data looked: no verdict (exit 3), never a pass.
    return {
      evidence: noEvidence(
        read ? `the job's alerts could not be read: ${read.reason}` : "the job's alerts were not read",
      ),
    };
  }
  // No pagination is documented for alerts: the array is taken as all of them (an inference).
  return resultForFindings(countTelmaiClassicAlerts(read.alerts), completeEvidence("alerts"), input.severityPolicy);
}

/** A classic job (and, once it has finished, its alerts) as a normalized scan. */
export function mapTelmaiClassicScan(input: MapTelmaiClassicScanInput): Scan {
  const state = mapTelmaiClassicJobState(input.job.status);
  const result = resultOf(input, state);
  return {
    ref: { vendor: "telmai", id: input.id },
    ...(input.assetId !== undefined ? { target: input.assetId } : {}),
    state,
    vendorState: input.job.status,
    ...(result ? { result } : {}),
    ...(state === "completed" ? { progress: { ratio: 1 } } : {}),
    raw: input.alerts?.ok ? { job: input.job, alerts: input.alerts.alerts } : { job: input.job },
  };
}
