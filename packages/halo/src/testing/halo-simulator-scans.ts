import type { Clock } from "@scanstat/core";

/**
 * The outcomes a seeded or triggered scan can have: findings (pass, warn, fail) after a "Scan
 * Complete" event, or "failed" (a "Scan Failed" event). A cancel comes from the API only.
 */
export type HaloSimulatedOutcome = "pass" | "warn" | "fail" | "failed";

export interface HaloSimulatedTarget {
  id: number;
  /** Host name or address (`target` in scan/list.json, `target_name` in the in-progress list). */
  host: string;
  /** The friendly name (`target_name` in scan/list.json), often empty. */
  name?: string;
}

export interface HaloSimulatedScan {
  id: string;
  targetId: number;
  outcome: HaloSimulatedOutcome;
  createdAt: number;
  queuedMs: number;
  /** Running time after the queue. */
  durationMs: number;
  canceledAt?: number;
  /** Set by `failScan`: the scan fails now rather than at its end. */
  failedAt?: number;
}

export type HaloScanPhase = "queued" | "server" | "web" | "finished" | "canceled" | "failed";

/** An entry of event/list.json (`{event: {...}}`). */
export interface HaloSimulatedEvent {
  event_id: string;
  subject: string;
  date_created: string;
  key: string;
  url: string;
  target: { target_name: string; target_id: number; target: string };
}

/**
 * Event keys. `target-scan-start` is the one Halo's docs show; the keys of "Scan Complete" and
 * "Scan Failed" are not documented: these two are the simulator's guess (see testing/README.md).
 */
export const haloSimulatedEventKeys = {
  started: "target-scan-start",
  complete: "target-scan-complete",
  failed: "target-scan-failed",
} as const;

/**
 * `status` integers with their `status_display`. Halo does not document the integers: the page's
 * one example pairs 3 with "Server - Running"; 1 and 4 are the simulator's choice.
 */
const inProgressStatus: Readonly<Record<"queued" | "server" | "web", { status: number; display: string }>> = {
  queued: { status: 1, display: "Queued" },
  server: { status: 3, display: "Server - Running" },
  web: { status: 4, display: "Web - Running" },
};

type SeverityCounts = Record<"0" | "1" | "2" | "3" | "4" | "5", number>;

/** Findings consistent with each outcome under the default policy: pass → only 0/1/2, warn → 3, fail → 4/5. */
const findingsOf: Readonly<Record<"pass" | "warn" | "fail", { counts: SeverityCounts; riskScore: number }>> = {
  pass: { counts: { "0": 4, "1": 2, "2": 1, "3": 0, "4": 0, "5": 0 }, riskScore: 12 },
  warn: { counts: { "0": 4, "1": 2, "2": 3, "3": 2, "4": 0, "5": 0 }, riskScore: 46 },
  fail: { counts: { "0": 4, "1": 2, "2": 3, "3": 2, "4": 1, "5": 1 }, riskScore: 88 },
};

const noFindings: SeverityCounts = { "0": 0, "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };

/** Halo's `YYYY-MM-DD HH:MM` (UTC in the simulator). */
function haloDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 16).replace("T", " ");
}

function durationDisplay(seconds: number): string {
  return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
}

/** The simulator's targets and scans; every state is computed from the time asked, never from timers. */
export class HaloSimulatorScans {
  readonly targets = new Map<number, HaloSimulatedTarget>();
  /** In creation order. */
  readonly scans: HaloSimulatedScan[] = [];
  readonly #byId = new Map<string, HaloSimulatedScan>();
  readonly #clock: Clock;
  #sequence = 0;

  constructor(clock: Clock, targets: readonly HaloSimulatedTarget[]) {
    this.#clock = clock;
    for (const target of targets) this.targets.set(target.id, { ...target });
  }

  addTarget(host: string, name = ""): HaloSimulatedTarget {
    const id = Math.max(1000, ...this.targets.keys()) + 1;
    const target = { id, host, name };
    this.targets.set(id, target);
    return target;
  }

  create(
    targetId: number,
    outcome: HaloSimulatedOutcome,
    timing: { queuedMs: number; durationMs: number },
  ): HaloSimulatedScan {
    const createdAt = this.#clock.now();
    // Shaped like Halo's ids (202203161545TIa95TjO45S3ilhFzAvH): a minute stamp and 20 characters.
    const stamp = haloDate(createdAt).replace(/\D/g, "");
    const id = `${stamp}SIM${String(++this.#sequence).padStart(17, "0")}`;
    const scan: HaloSimulatedScan = { id, targetId, outcome, createdAt, ...timing };
    this.scans.push(scan);
    this.#byId.set(id, scan);
    return scan;
  }

  find(id: string): HaloSimulatedScan | undefined {
    return this.#byId.get(id);
  }

  /** How and when the scan ends: the first of its cancel, its forced failure, and its natural end. */
  ending(scan: HaloSimulatedScan): { phase: "finished" | "canceled" | "failed"; at: number } {
    let ending: { phase: "finished" | "canceled" | "failed"; at: number } = {
      phase: scan.outcome === "failed" ? "failed" : "finished",
      at: scan.createdAt + scan.queuedMs + scan.durationMs,
    };
    if (scan.failedAt !== undefined && scan.failedAt < ending.at) ending = { phase: "failed", at: scan.failedAt };
    if (scan.canceledAt !== undefined && scan.canceledAt < ending.at)
      ending = { phase: "canceled", at: scan.canceledAt };
    return ending;
  }

  phase(scan: HaloSimulatedScan, now: number): HaloScanPhase {
    const ending = this.ending(scan);
    if (now >= ending.at) return ending.phase;
    const running = now - scan.createdAt - scan.queuedMs;
    if (running < 0) return "queued";
    return running < scan.durationMs / 2 ? "server" : "web";
  }

  isInProgress(scan: HaloSimulatedScan, now: number): boolean {
    const phase = this.phase(scan, now);
    return phase === "queued" || phase === "server" || phase === "web";
  }

  runningOn(targetId: number, now: number): HaloSimulatedScan | undefined {
    return this.scans.find((scan) => scan.targetId === targetId && this.isInProgress(scan, now));
  }

  /** Seconds the scan has run (to its end, its cancel, or now). */
  durationSeconds(scan: HaloSimulatedScan, now: number): number {
    const end = Math.min(now, this.ending(scan).at);
    return Math.max(0, Math.floor((end - scan.createdAt) / 1000));
  }

  /** An entry of scan/inprogress-list.json. */
  inProgressItem(scan: HaloSimulatedScan, now: number): Record<string, unknown> {
    const phase = this.phase(scan, now) as keyof typeof inProgressStatus;
    const duration = this.durationSeconds(scan, now);
    return {
      date: haloDate(scan.createdAt),
      duration,
      status_display: inProgressStatus[phase].display,
      target_name: this.targets.get(scan.targetId)?.host ?? "",
      target_id: scan.targetId,
      scan_id: scan.id,
      duration_display: durationDisplay(duration),
      status: inProgressStatus[phase].status,
    };
  }

  /**
   * scan/get.json. It has no status field, as on Halo. Findings appear only once the scan has
   * finished; a scan still running, canceled or failed answers with what it has: no findings
   * (the simulator's decision). So a canceled or failed scan looks like a clean completed one:
   * only the events tell them apart.
   */
  details(scan: HaloSimulatedScan, now: number): Record<string, unknown> {
    const { counts, riskScore } =
      this.phase(scan, now) === "finished" && scan.outcome !== "failed"
        ? findingsOf[scan.outcome]
        : { counts: noFindings, riskScore: 0 };
    const instances = Object.fromEntries(Object.entries(counts).map(([level, count]) => [level, count * 3]));
    return {
      scan: {
        date: haloDate(scan.createdAt),
        duration: this.durationSeconds(scan, now),
        issue_severity_count: { ...counts },
        issue_instance_severity_count: instances,
        issue_count: Object.values(counts).reduce((sum, count) => sum + count, 0),
        scan_web: 1,
        scan_fw: 1,
        risk_score: riskScore,
        scan_was: 0,
        target_id: scan.targetId,
        scan_id: scan.id,
        scan_vms: 1,
      },
    };
  }

  /**
   * The events a scan has produced by `now`: "Scan Started" when it was started, then "Scan
   * Complete" or "Scan Failed" when it ends. A canceled scan gets no ending event: Halo's event
   * list names no "Scan Canceled".
   */
  events(scan: HaloSimulatedScan, now: number): HaloSimulatedEvent[] {
    const target = this.targets.get(scan.targetId);
    const event = (number: number, subject: string, key: string, at: number): HaloSimulatedEvent => {
      const id = `${scan.id}E${number}`;
      return {
        event_id: id,
        subject,
        date_created: haloDate(at),
        key,
        url: `https://www.halosecurity.com/link?q=user-event&id=${id}`,
        target: { target_name: target?.name ?? "", target_id: scan.targetId, target: target?.host ?? "" },
      };
    };
    if (now < scan.createdAt) return [];
    const events = [event(1, "Scan Started", haloSimulatedEventKeys.started, scan.createdAt)];
    const ending = this.ending(scan);
    if (now >= ending.at && ending.phase === "finished") {
      events.push(event(2, "Scan Complete", haloSimulatedEventKeys.complete, ending.at));
    } else if (now >= ending.at && ending.phase === "failed") {
      events.push(event(2, "Scan Failed", haloSimulatedEventKeys.failed, ending.at));
    }
    return events;
  }

  /** An entry of scan/list.json. */
  listItem(scan: HaloSimulatedScan): Record<string, unknown> {
    const target = this.targets.get(scan.targetId);
    return {
      scan: { date: haloDate(scan.createdAt), scan_id: scan.id },
      target: { target_name: target?.name ?? "", target_id: scan.targetId, target: target?.host ?? "" },
    };
  }
}
