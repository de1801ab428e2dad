import { formatScanRef, type Verdict } from "@scanstat/core";
import type { ReportEnd } from "../../apps/cli/src/output/scan-reporter.js";

export interface ActionOutputs {
  /** The worst verdict of the scans (error, fail, warn, pass), or `none` when no scan has one yet. */
  verdict: Verdict | "none";
  "exit-code": string;
  /** The refs, space-separated, in text form: `watch` can take them as they are. */
  refs: string;
  /** The scans as JSON (`--format json`'s array without the vendors' raw payloads). */
  report: string;
}

const verdictOrder: readonly Verdict[] = ["error", "fail", "warn", "pass"];

export function actionOutputs(end: ReportEnd | undefined, exitCode: number): ActionOutputs {
  const entries = end?.entries ?? [];
  const verdicts = new Set(entries.map((entry) => entry.scan?.result?.verdict));
  const report = entries.map(({ ref, scan, error }) => {
    if (!scan) return { ref, ...(error ? { error } : {}) };
    const { raw: _raw, ...rest } = scan;
    return error ? { ...rest, error } : rest;
  });
  return {
    verdict: verdictOrder.find((verdict) => verdicts.has(verdict)) ?? "none",
    "exit-code": String(exitCode),
    refs: entries.map((entry) => formatScanRef(entry.ref)).join(" "),
    report: JSON.stringify(report),
  };
}

/**
 * `GITHUB_OUTPUT`'s multi-line form, `name<<DELIMITER` … `DELIMITER`, with a delimiter that
 * cannot occur in the value (a vendor's text must not be able to set another output).
 */
export function formatOutputFile(outputs: Readonly<Record<string, string>>, randomToken: () => string): string {
  return Object.entries(outputs)
    .map(([name, value]) => {
      let delimiter = `scanstat_${randomToken()}`;
      while (value.includes(delimiter)) delimiter = `scanstat_${randomToken()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join("");
}
