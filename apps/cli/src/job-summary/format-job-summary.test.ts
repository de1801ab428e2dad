import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  canceledHaloScan,
  failedProjectDiscoveryScan,
  passedTelmaiScan,
  queuedHaloScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { formatJobSummary } from "./format-job-summary.js";
import { createJobSummaryReporter } from "./job-summary-reporter.js";
import { markdownCellText, markdownLink } from "./markdown-text.js";

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "scanstat-summary-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("formatJobSummary", () => {
  it("matches the golden table: one row per ref, in order, errors included", async () => {
    const markdown = formatJobSummary(
      [
        { ref: warnedSodaScan.ref, scan: { ...warnedSodaScan, url: "https://cloud.soda.io/scans/4651ba64(2)" } },
        { ref: failedProjectDiscoveryScan.ref, scan: failedProjectDiscoveryScan },
        { ref: passedTelmaiScan.ref, scan: passedTelmaiScan },
        { ref: queuedHaloScan.ref, scan: queuedHaloScan },
        { ref: canceledHaloScan.ref, scan: canceledHaloScan },
        {
          ref: { vendor: "soda", id: "gone" },
          error: { code: "not_found", message: "scan gone | deleted\nat <b>noon</b>" },
        },
      ],
      { exitCode: 4, command: "watch" },
    );
    expect(markdown).toBe(await readFile(new URL("__fixtures__/job-summary.golden.md", import.meta.url), "utf8"));
  });

  it("one scan: singular heading", () => {
    expect(
      formatJobSummary([{ ref: passedTelmaiScan.ref, scan: passedTelmaiScan }], { exitCode: 0, command: "status" }),
    ).toContain("### scanstat status: 1 scan, exit 0\n");
  });
});

describe("markdownCellText", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["line one\nline two\r\nthree", "line one line two three"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["[click](javascript:x)", "\\[click\\](javascript:x)"],
    ["**bold** `code` _it_", "\\*\\*bold\\*\\* \\`code\\` \\_it\\_"],
    ["a & b", "a &amp; b"],
    ["back\\slash", "back\\\\slash"],
  ])("%j → %j", (input, expected) => {
    expect(markdownCellText(input)).toBe(expected);
    expect(markdownCellText(input)).not.toMatch(/(^|[^\\])\|/);
  });
});

describe("markdownLink", () => {
  it("links only http(s) URLs, with parentheses encoded", () => {
    expect(markdownLink("open", "https://app.example/scan/(1)")).toBe("[open](https://app.example/scan/%281%29)");
    expect(markdownLink("open", "javascript:alert(1)")).toBe("");
    expect(markdownLink("open", "not a url")).toBe("");
    expect(markdownLink("open", undefined)).toBe("");
  });
});

describe("createJobSummaryReporter", () => {
  it("appends to the file (GitHub may have other steps' summaries in it) and redacts secrets", async () => {
    const path = join(directory, "summary.md");
    await writeFile(path, "earlier step\n");
    const reporter = createJobSummaryReporter({
      path,
      command: "status",
      redact: (text) => text.replaceAll("s3cret", "[redacted]"),
      note: () => undefined,
    });
    await reporter.finish({
      entries: [{ ref: { vendor: "halo", id: "1" }, error: { code: "auth", message: "key s3cret refused" } }],
      reason: "done",
      exitCode: 4,
    });
    const text = await readFile(path, "utf8");
    expect(text.startsWith("earlier step\n### scanstat status: 1 scan, exit 4\n")).toBe(true);
    expect(text).toContain("| halo:1 | error |  | auth: key [redacted] refused |  |");
    expect(text).not.toContain("s3cret");
  });

  it("a summary that cannot be written is a note, not an error", async () => {
    const notes: string[] = [];
    const reporter = createJobSummaryReporter({
      path: join(directory, "missing-directory", "summary.md"),
      command: "watch",
      redact: (text) => text,
      note: (text) => notes.push(text),
    });
    await expect(reporter.finish({ entries: [], reason: "done", exitCode: 0 })).resolves.toBeUndefined();
    expect(notes).toEqual(["scanstat: cannot write the job summary (GITHUB_STEP_SUMMARY, ENOENT)\n"]);
  });
});
