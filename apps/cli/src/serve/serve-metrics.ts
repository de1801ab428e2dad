import { type HttpTraceEvent, isTerminalState, type Scan, severities } from "@scanstat/core";
import type { RateBudgetReading } from "./metered-limiter.js";
import { Histogram, type Labels, metricFamily, type Sample } from "./prometheus-text.js";
import type { BoardEntry } from "./scan-board.js";

export type WebhookOutcome = "matched" | "unmatched" | "refused";

/** What a vendor request came to, as one label value: a few words, not every status code. */
function requestOutcome(event: HttpTraceEvent): string {
  const { status } = event;
  if (status === undefined) return "no_answer";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  if (status >= 400) return "client_error";
  return event.error === undefined ? "ok" : "bad_answer";
}

/** Seconds from a scan's start (or creation) to its end; undefined when the vendor gave no times. */
function secondsToEnd(scan: Scan): number | undefined {
  const start = Date.parse(scan.startedAt ?? scan.createdAt ?? "");
  const end = Date.parse(scan.finishedAt ?? "");
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  return (end - start) / 1000;
}

class Counter {
  readonly #series = new Map<string, Sample>();
  increment(labels: Labels): void {
    const key = JSON.stringify(labels);
    const sample = this.#series.get(key);
    if (sample) sample.value++;
    else this.#series.set(key, { labels, value: 1 });
  }
  samples(): Sample[] {
    return [...this.#series.values()];
  }
}

function tally(samples: Map<string, Sample>, labels: Labels, amount: number): void {
  const key = JSON.stringify(labels);
  const sample = samples.get(key);
  if (sample) sample.value += amount;
  else samples.set(key, { labels, value: amount });
}

export interface ServeMetrics {
  onTrace(event: HttpTraceEvent): void;
  webhook(vendor: string, outcome: WebhookOutcome): void;
  scanEnded(scan: Scan): void;
  render(entries: readonly BoardEntry[], budgets: readonly RateBudgetReading[]): string;
}

/** `/metrics`: the board's scans, the vendor requests, the budgets left and the webhooks received. */
export function createServeMetrics(): ServeMetrics {
  const requests = new Counter();
  const webhooks = new Counter();
  const timeToEnd = new Histogram(
    "scanstat_scan_duration_seconds",
    "Time from a scan's start (or creation) to its end, for each scan seen ending, by vendor and final state.",
    [10, 30, 60, 300, 600, 1800, 3600, 7200, 21_600, 86_400],
  );
  return {
    onTrace(event) {
      requests.increment({ vendor: event.vendor, operation: event.operation, outcome: requestOutcome(event) });
    },
    webhook(vendor, outcome) {
      webhooks.increment({ vendor, outcome });
    },
    scanEnded(scan) {
      const seconds = secondsToEnd(scan);
      if (seconds !== undefined) timeToEnd.observe({ vendor: scan.ref.vendor, state: scan.state }, seconds);
    },
    render(entries, budgets) {
      const scans = new Map<string, Sample>();
      const findings = new Map<string, Sample>();
      const ended = new Map<string, Sample>();
      for (const entry of entries) {
        const { scan } = entry;
        const state = scan?.state ?? "unread";
        const verdict = scan?.result?.verdict ?? "none";
        tally(scans, { vendor: entry.ref.vendor, state, verdict }, 1);
        if (entry.error) tally(ended, { vendor: entry.ref.vendor, code: entry.error.code }, 1);
        const counts = scan?.result?.findings?.bySeverity;
        if (counts) {
          for (const severity of [...severities, "unknown"] as const) {
            tally(findings, { vendor: entry.ref.vendor, severity }, counts[severity] ?? 0);
          }
        }
      }
      const watching = entries.filter((entry) => !entry.error && !(entry.scan && isTerminalState(entry.scan.state)));
      return [
        metricFamily(
          "scanstat_scans",
          "gauge",
          'Scans on the board by vendor, normalized state ("unread" before the first answer) and verdict ("none" without one).',
          [...scans.values()],
        ),
        metricFamily("scanstat_scans_watched", "gauge", "Scans still being watched (not ended, not given up).", [
          { labels: {}, value: watching.length },
        ]),
        metricFamily(
          "scanstat_scan_watch_errors",
          "gauge",
          "Scans that can no longer be watched, by vendor and error code.",
          [...ended.values()],
        ),
        metricFamily(
          "scanstat_findings",
          "gauge",
          "Security findings of the scans on the board, by vendor and severity.",
          [...findings.values()],
        ),
        timeToEnd.render(),
        metricFamily(
          "scanstat_vendor_requests_total",
          "counter",
          "HTTP requests sent to vendors (each attempt), by vendor, operation and outcome.",
          requests.samples(),
        ),
        metricFamily(
          "scanstat_rate_budget_remaining",
          "gauge",
          "Requests that still fit in each credential's rate window now, by vendor, credential fingerprint and rate class.",
          budgets.map((budget) => ({
            labels: { vendor: budget.vendor, credential: budget.credential, rate_class: budget.rateClass },
            value: budget.remaining,
          })),
        ),
        metricFamily(
          "scanstat_rate_budget_requests",
          "gauge",
          "The size of each rate budget (requests per window).",
          budgets.map((budget) => ({
            labels: { vendor: budget.vendor, credential: budget.credential, rate_class: budget.rateClass },
            value: budget.limit,
          })),
        ),
        metricFamily(
          "scanstat_webhooks_total",
          "counter",
          "Webhooks received, by vendor and outcome (matched a watched scan, matched none, refused).",
          webhooks.samples(),
        ),
      ].join("");
    },
  };
}
