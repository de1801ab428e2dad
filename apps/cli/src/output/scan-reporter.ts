import type { Scan, ScanRef } from "@scanstat/core";
import type { ReportEntry } from "./report-entry.js";
import type { EndReason } from "./report-event.js";

export interface ReportEnd {
  /** One per ref, in the order given. */
  entries: ReportEntry[];
  reason: EndReason;
  exitCode: number;
}

/** Receives what happens to the scans being followed and shows it in one output format. */
export interface ScanReporter {
  /** A scan scanstat just started: printed at once, so its id is never lost. */
  triggered(ref: ScanRef): void;
  /** A look at a scan (the first, or one that changed). */
  update(ref: ScanRef, scan: Scan, previous: Scan | undefined): void;
  /** The vendor said a word this version does not know (warned once per scan). */
  unknownState(ref: ScanRef, scan: Scan): void;
  /** A look failed and will be tried again (`--verbose`). */
  retrying(ref: ScanRef, error: unknown): void;
  /** A look failed for good: scanstat cannot learn this scan's status. */
  problem(ref: ScanRef, error: unknown): void;
  /** The end: prints (or writes) what must be printed once, with every ref. */
  finish(end: ReportEnd): Promise<void>;
}

export function combineReporters(reporters: readonly ScanReporter[]): ScanReporter {
  return {
    triggered: (ref) => {
      for (const reporter of reporters) reporter.triggered(ref);
    },
    update: (ref, scan, previous) => {
      for (const reporter of reporters) reporter.update(ref, scan, previous);
    },
    unknownState: (ref, scan) => {
      for (const reporter of reporters) reporter.unknownState(ref, scan);
    },
    retrying: (ref, error) => {
      for (const reporter of reporters) reporter.retrying(ref, error);
    },
    problem: (ref, error) => {
      for (const reporter of reporters) reporter.problem(ref, error);
    },
    finish: async (end) => {
      // Every reporter finishes even if one fails (a full disk must not hide the refs on stdout).
      const results = await Promise.allSettled(reporters.map((reporter) => reporter.finish(end)));
      const failed = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}

/** A reporter that only acts once every scan has ended (a job summary, the action's outputs). */
export function atFinishReporter(finish: (end: ReportEnd) => Promise<void> | void): ScanReporter {
  const ignore = () => undefined;
  return {
    triggered: ignore,
    update: ignore,
    unknownState: ignore,
    retrying: ignore,
    problem: ignore,
    finish: async (end) => finish(end),
  };
}
