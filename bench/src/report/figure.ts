/** The goals of issue 8, in the order `pnpm bench` prints them. */
export type Goal = "cold start" | "bundle size" | "request economy" | "throughput" | "streaming" | "bounded bodies";

export interface Quantity {
  value: number;
  unit: string;
}

/**
 * One figure: what was measured, the baseline measured in the same run, their ratio, and the
 * ratio the goal allows. `met` is decided here, from the ratio alone.
 */
export interface Figure {
  goal: Goal;
  subject: string;
  measured: Quantity;
  baseline: Quantity & { label: string };
  ratio: number;
  /** `at-most`: the ratio must not exceed `limit` (time, bytes); `at-least`: it must reach it (speed). */
  direction: "at-most" | "at-least";
  limit: number;
  stretch?: number;
  /** How the ratio was formed, when it is not simply measured ÷ baseline. */
  note?: string;
}

export function isMet(figure: Figure, limit = figure.limit): boolean {
  if (!Number.isFinite(figure.ratio)) return false;
  return figure.direction === "at-most" ? figure.ratio <= limit : figure.ratio >= limit;
}

/** What a suite hands back: its figures and the lines that explain them (breakdowns, causes). */
export interface SuiteResult {
  figures: Figure[];
  details: string[];
}

export interface SuiteOptions {
  quick: boolean;
  /** Progress lines for stderr, so stdout keeps only the report. */
  log(line: string): void;
}

export interface Suite {
  goal: Goal;
  /** Short name for `--only`. */
  name: string;
  run(options: SuiteOptions): Promise<SuiteResult>;
}
