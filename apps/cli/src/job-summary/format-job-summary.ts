import { formatScanRef } from "@scanstat/core";
import type { ReportEntry } from "../output/report-entry.js";
import { resultDetails, stateText } from "../output/scan-text.js";
import { markdownCellText, markdownLink } from "./markdown-text.js";

export interface JobSummaryOptions {
  /** The command's exit code, shown in the heading. */
  exitCode: number;
  /** `status`, `watch`, `trigger`: what produced the table. */
  command: string;
}

const headers = ["Ref", "State", "Verdict", "Findings / checks", "Link"];

function row(entry: ReportEntry): string[] {
  const { scan, error } = entry;
  const ref = markdownCellText(formatScanRef(entry.ref));
  if (!scan) {
    // Triggered and not watched: the ref alone, so the summary still lists the scan.
    if (!error) return [ref, "not read", "", "", ""];
    return [ref, "error", "", markdownCellText(`${error.code}: ${error.message}`), ""];
  }
  const details = resultDetails(scan.result);
  const problem = error ? `${error.code}: ${error.message}` : "";
  return [
    ref,
    markdownCellText(stateText(scan)),
    markdownCellText(scan.result?.verdict ?? ""),
    markdownCellText([details, problem].filter((part) => part !== "").join("; ")),
    markdownLink("open", scan.url),
  ];
}

/**
 * The Markdown that `status`, `watch`, `trigger --wait` and the GitHub Action append to the
 * job summary (`GITHUB_STEP_SUMMARY`): a heading and one table row per ref, in the order given.
 * Every cell is escaped: a vendor's text cannot break the table or inject HTML.
 */
export function formatJobSummary(entries: readonly ReportEntry[], options: JobSummaryOptions): string {
  const count = entries.length === 1 ? "1 scan" : `${entries.length} scans`;
  const lines = [
    `### scanstat ${markdownCellText(options.command)}: ${count}, exit ${options.exitCode}`,
    "",
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...entries.map((entry) => `| ${row(entry).join(" | ")} |`),
    "",
  ];
  return `${lines.join("\n")}\n`;
}
