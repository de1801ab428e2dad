import { isSeverityThreshold, type SeverityThreshold } from "@scanstat/core";
import { UsageError } from "./usage-error.js";

export const outputFormats = ["table", "json", "ndjson", "junit"] as const;
export type OutputFormat = (typeof outputFormats)[number];

export const completionShells = ["bash", "zsh", "fish"] as const;
export type CompletionShell = (typeof completionShells)[number];

export function parseOutputFormat(value: string, source = "--format"): OutputFormat {
  if ((outputFormats as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`${source} must be one of ${outputFormats.join(", ")} (got "${value}")`);
}

/** The longest wait a flag may ask for: a day (far below the 2^31 ms a timer can take). */
const maxFlagSeconds = 24 * 60 * 60;

/** Seconds as the user writes them (`30`, `0.5`) → milliseconds; at most a day. */
export function parseSeconds(value: string, source: string): number {
  const seconds = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`${source} takes a positive number of seconds (got "${value}")`);
  }
  if (seconds > maxFlagSeconds) {
    throw new UsageError(`${source} takes at most ${maxFlagSeconds} seconds (24 h) (got "${value}")`);
  }
  return Math.round(seconds * 1000);
}

export function parseSeverityThreshold(value: string, source: string): SeverityThreshold {
  const lower = value.toLowerCase();
  if (isSeverityThreshold(lower)) return lower;
  throw new UsageError(`${source} takes critical, high, medium, low, info or none (got "${value}")`);
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(`--port takes a port number from 0 to 65535 (got "${value}")`);
  return port;
}

export function parsePositiveInteger(value: string, source: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1)
    throw new UsageError(`${source} takes a whole number of at least 1 (got "${value}")`);
  return number;
}

/** ISO-8601 with a date and a time (Soda's `dataTimestamp`), kept as the user wrote it. */
export function parseTimestamp(value: string, source: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${source} takes an ISO-8601 timestamp such as 2026-01-31T10:15:30Z (got "${value}")`);
  }
  return value;
}
