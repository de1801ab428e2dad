import { isTerminalState, type Scan, type ScanResult, severities } from "@scanstat/core";
import { sanitizeTerminalText } from "./sanitize-terminal-text.js";

/** `45s`, `3m05s`, `2h04m`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

function time(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** How long the scan has run (from its start, or creation, to now), or ran (to its end). */
export function scanElapsedMs(scan: Scan, now: number): number | undefined {
  const start = time(scan.startedAt) ?? time(scan.createdAt);
  if (start === undefined) return undefined;
  // A finished scan with no end time has no duration we could honestly show.
  const end = isTerminalState(scan.state) ? (time(scan.finishedAt) ?? time(scan.updatedAt)) : now;
  return end === undefined ? undefined : Math.max(0, end - start);
}

/** 0..1 where the vendor says, else undefined. */
export function progressRatio(scan: Scan): number | undefined {
  const progress = scan.progress;
  if (!progress) return undefined;
  if (typeof progress.ratio === "number") return Math.min(1, Math.max(0, progress.ratio));
  if (typeof progress.completed === "number" && typeof progress.total === "number" && progress.total > 0) {
    return Math.min(1, Math.max(0, progress.completed / progress.total));
  }
  return undefined;
}

export function formatPercent(ratio: number): string {
  return `${Math.floor(ratio * 100)}%`;
}

/** `██████░░░░  60%` */
export function progressBar(ratio: number, width = 10): string {
  const filled = Math.round(ratio * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${formatPercent(ratio).padStart(4)}`;
}

const severityLetters: Record<(typeof severities)[number] | "unknown", string> = {
  critical: "C",
  high: "H",
  medium: "M",
  low: "L",
  info: "I",
  unknown: "?",
};

/** Findings by severity (`C0 H2 M1 L4 I0`) for security scans, check counts for data-quality scans. */
export function resultDetails(result: ScanResult | undefined): string {
  if (!result) return "";
  const parts: string[] = [];
  if (result.findings) {
    const counts = result.findings.bySeverity;
    const letters = severities.map((severity) => `${severityLetters[severity]}${counts[severity] ?? 0}`);
    if ((counts.unknown ?? 0) > 0) letters.push(`${severityLetters.unknown}${counts.unknown}`);
    parts.push(letters.join(" "));
  }
  if (result.checks) {
    const checks = result.checks;
    const words = [`${checks.passed} passed`];
    if (checks.warned > 0) words.push(`${checks.warned} warned`);
    if (checks.failed > 0) words.push(`${checks.failed} failed`);
    if (checks.errored > 0) words.push(`${checks.errored} errored`);
    if (checks.notEvaluated > 0) words.push(`${checks.notEvaluated} not evaluated`);
    parts.push(`checks ${words.join(", ")}`);
  }
  if (typeof result.riskScore === "number") parts.push(`risk ${result.riskScore}`);
  return parts.join("; ");
}

/** The state, with the vendor's word verbatim when it says more (`running (executing)`): for reports that escape it. */
export function stateWords(scan: Scan): string {
  return scan.vendorState && scan.vendorState !== scan.state ? `${scan.state} (${scan.vendorState})` : scan.state;
}

/**
 * The verdict as people read it: `pass`, `warn (partial evidence)` when the evidence behind it is
 * incomplete, `no verdict` when a completed scan (or any with a result) has none. Empty while a
 * scan runs, and for one that ended without completing (its state says it all).
 */
export function verdictText(scan: Scan, options: { short?: boolean } = {}): string {
  const result = scan.result;
  if (!result) return scan.state === "completed" ? "no verdict" : "";
  if (!result.verdict) return "no verdict";
  if (result.evidence?.complete === false)
    return `${result.verdict} (${options.short ? "partial" : "partial evidence"})`;
  return result.verdict;
}

/** What the evidence rests on, for reports that have room: `severity-counts, partial: severity.high is "x", not a count`. */
export function evidenceText(result: ScanResult | undefined): string {
  const evidence = result?.evidence;
  if (!evidence) return "";
  const sources = evidence.sources.length > 0 ? evidence.sources.join(" + ") : "nothing readable";
  const gaps = evidence.gaps && evidence.gaps.length > 0 ? `: ${evidence.gaps.join("; ")}` : "";
  return `${sources}, ${evidence.complete ? "complete" : "partial"}${gaps}`;
}

/** The vendor's words on how the scan ended, on one line and short enough for a log line. */
export function scanMessage(scan: Scan): string {
  const text = (scan.message ?? "").replace(/\s+/g, " ").trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** `stateWords` for a terminal: the vendor's word with its control characters shown escaped. */
export function stateText(scan: Scan): string {
  return sanitizeTerminalText(stateWords(scan));
}
