import type { Severity } from "@scanstat/core";
import type { SimulatedOutcome } from "@scanstat/core/testing";

/** The endings the simulator can play. PDCP has no "completed with errors": `error` plays as `failed`. */
export type ProjectDiscoveryOutcome = "pass" | "warn" | "fail" | "failed" | "canceled";

type SeverityCounts = Record<Severity | "unknown", number>;

/** One scan of the simulator. Its status is computed from the clock at each request: no timers. */
export interface SimulatedScan {
  id: string;
  /** Insertion order: breaks ties between scans created in the same millisecond. */
  sequence: number;
  name: string;
  targets: string[];
  templates: string[];
  outcome: ProjectDiscoveryOutcome;
  createdAt: number;
  /** When the current run was queued (a rescan starts a new run). */
  runQueuedAt: number;
  queuedMs: number;
  durationMs: number;
  stoppedAt?: number;
  /** Created with `schedule_only`: waits for its schedule, which the simulator never reaches. */
  scheduleOnly?: boolean;
  /** Results imported from a local nuclei run: complete from the start. */
  uploaded?: boolean;
  rescanCount: number;
  /** How the counts are typed: numbers (today's examples) or numeric strings (the 2023 spec allowed both). */
  countsAs: "numbers" | "strings";
  /** Fields sent verbatim once the scan is done, over the computed ones (`undefined` drops a field). */
  reported?: ReportedFindings;
  /** `failure_reason` of a failed scan. */
  failureReason: string;
}

/**
 * A finished scan's findings fields as the vendor might send them, verbatim: numeric strings, a
 * `total_result` above the breakdown, an empty or missing `severity`. A key set to `undefined`
 * leaves that field out of the body.
 */
export interface ReportedFindings {
  severity?: unknown;
  total_result?: unknown;
}

/** The findings each ending has by the end of its run (pass → low/info only, warn → medium, fail → high/critical). */
const finalFindings: Readonly<Record<ProjectDiscoveryOutcome, SeverityCounts>> = {
  pass: { critical: 0, high: 0, medium: 0, low: 2, info: 6, unknown: 0 },
  warn: { critical: 0, high: 0, medium: 3, low: 2, info: 5, unknown: 0 },
  fail: { critical: 1, high: 2, medium: 3, low: 2, info: 4, unknown: 0 },
  failed: { critical: 0, high: 0, medium: 0, low: 0, info: 1, unknown: 0 },
  canceled: { critical: 0, high: 0, medium: 1, low: 1, info: 2, unknown: 0 },
};

export function outcomeOf(outcome: SimulatedOutcome | undefined): ProjectDiscoveryOutcome {
  switch (outcome ?? "pass") {
    case "pass":
      return "pass";
    case "warn":
      return "warn";
    case "fail":
      return "fail";
    case "error":
    case "failed":
      return "failed";
    case "canceled":
      return "canceled";
    default:
      throw new Error(`the projectdiscovery simulator cannot end a scan as "${outcome}" (PDCP has no such state)`);
  }
}

interface Moment {
  status: string;
  /** 0..100 */
  progress: number;
  /** Share of the run done, for the findings found so far. */
  done: number;
  /** When the status last changed (or progress moved). */
  updatedAt: number;
  completedAt?: number;
  runningSince?: number;
}

function momentOf(scan: SimulatedScan, now: number): Moment {
  if (scan.uploaded)
    return { status: "uploaded", progress: 100, done: 1, updatedAt: scan.createdAt, completedAt: scan.createdAt };
  if (scan.scheduleOnly) return { status: "scheduled", progress: 0, done: 0, updatedAt: scan.createdAt };
  const startsAt = scan.runQueuedAt + scan.queuedMs;
  const endsAt = startsAt + scan.durationMs;
  const share = (at: number) =>
    scan.durationMs <= 0 ? 1 : Math.min(1, Math.max(0, (at - startsAt) / scan.durationMs));
  const runningProgress = (at: number) => Math.min(99, Math.floor(share(at) * 100));
  if (scan.stoppedAt !== undefined && scan.stoppedAt <= now) {
    const at = scan.stoppedAt;
    return {
      status: "stopped",
      progress: runningProgress(at),
      done: share(at),
      updatedAt: at,
      completedAt: at,
      runningSince: startsAt,
    };
  }
  if (now < scan.runQueuedAt + scan.queuedMs / 2)
    return { status: "queued", progress: 0, done: 0, updatedAt: scan.runQueuedAt };
  if (now < startsAt)
    return { status: "starting", progress: 0, done: 0, updatedAt: scan.runQueuedAt + scan.queuedMs / 2 };
  if (now < endsAt) {
    return {
      status: "running",
      progress: runningProgress(now),
      done: share(now),
      updatedAt: now,
      runningSince: startsAt,
    };
  }
  const ended = { done: 1, updatedAt: endsAt, completedAt: endsAt, runningSince: startsAt };
  switch (scan.outcome) {
    case "failed":
      return { status: "failed", progress: runningProgress(endsAt - 1), ...ended };
    case "canceled":
      return { status: "stopped", progress: runningProgress(endsAt - 1), ...ended };
    default:
      return { status: "finished", progress: 100, ...ended };
  }
}

/** The vendor word of a scan at `now`. */
export function statusAt(scan: SimulatedScan, now: number): string {
  return momentOf(scan, now).status;
}

/** Go's `time.Duration` text for whole seconds: "0s", "45s", "2m0s", "1h0m5s". */
function goDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours}h${minutes}m${rest}s`;
  if (minutes > 0) return `${minutes}m${rest}s`;
  return `${rest}s`;
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

/** The scan as `GET /v1/scans/{scan_id}` shows it at `now` (a `ScanStatusItem`). */
export function scanItemAt(scan: SimulatedScan, now: number): Record<string, unknown> {
  const moment = momentOf(scan, now);
  const final = finalFindings[scan.outcome];
  // The webhook example's keys (critical…info); `unknown` (the 2023 spec's) only when there are some.
  const severity: Record<string, number | string> = {};
  let totalResult = 0;
  for (const name of Object.keys(final) as Array<keyof SeverityCounts>) {
    const count = Math.floor(final[name] * moment.done);
    if (name === "unknown" && count === 0) continue;
    severity[name] = scan.countsAs === "strings" ? String(count) : count;
    totalResult += count;
  }
  const done = moment.status === "finished" || moment.status === "uploaded";
  const elapsedUntil = moment.completedAt ?? now;
  const templates = scan.templates.length > 0 ? scan.templates.length : 120;
  return {
    scan_id: scan.id,
    name: scan.name,
    status: moment.status,
    progress: moment.progress,
    scan_time_elapsed: goDuration(moment.runningSince === undefined ? 0 : elapsedUntil - moment.runningSince),
    failure_reason: moment.status === "failed" ? scan.failureReason : "",
    created_at: iso(scan.createdAt),
    updated_at: iso(moment.updatedAt),
    completed_at: moment.completedAt === undefined ? "" : iso(moment.completedAt),
    total_target: scan.targets.length,
    total_template: templates,
    total_scan: scan.targets.length * templates,
    total_result: totalResult,
    severity,
    is_oss: scan.uploaded === true,
    is_cloud: scan.uploaded !== true,
    is_rescan: scan.rescanCount > 0,
    rescan_count: scan.rescanCount,
    public_templates: scan.templates,
    agent_behavior: "distribute",
    ...(done && scan.reported ? scan.reported : {}),
  };
}
