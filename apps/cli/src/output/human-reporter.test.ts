import type { Clock } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import {
  canceledHaloScan,
  failedProjectDiscoveryScan,
  fixedNow,
  partialProjectDiscoveryScan,
  queuedHaloScan,
  runningSodaScan,
  verdictlessProjectDiscoveryScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { noColors } from "./colors.js";
import { createHumanReporter, type HumanMode } from "./human-reporter.js";
import { createBufferOutput } from "./text-output.js";

const fixedClock: Clock = { now: () => fixedNow, sleep: async () => undefined };

function setup(mode: HumanMode, isTTY = mode === "live") {
  const stdout = createBufferOutput({ isTTY, columns: 200 });
  const stderr = createBufferOutput({ isTTY });
  const reporter = createHumanReporter({
    stdout,
    stderr,
    painter: noColors,
    clock: fixedClock,
    mode,
    quiet: false,
    verbose: false,
    summary: true,
    announceTriggered: true,
  });
  return { reporter, stdout, stderr };
}

describe("createHumanReporter", () => {
  it("live: redraws the table in place and prints notes above it", async () => {
    const { reporter, stdout, stderr } = setup("live");
    reporter.update(runningSodaScan.ref, runningSodaScan, undefined);
    reporter.update(queuedHaloScan.ref, queuedHaloScan, undefined);
    reporter.problem({ vendor: "telmai", id: "x" }, new Error("boom"));
    await reporter.finish({
      entries: [
        { ref: warnedSodaScan.ref, scan: warnedSodaScan },
        { ref: queuedHaloScan.ref, scan: queuedHaloScan },
      ],
      reason: "terminal",
      exitCode: 1,
    });
    const narrowHeader =
      "VENDOR  SCAN                                  STATE                PROGRESS         ELAPSED  VERDICT  FINDINGS";
    const runningRow = "soda    4651ba64-0000-4000-8000-000000000001  running (executing)                   9m00s";
    const queuedRow = "halo    812                                   queued (Queued)      ███░░░░░░░  25%  30s";
    const frames = stdout.text().split(/\u001b\[\d+A\r\u001b\[J/);
    expect(frames).toEqual([
      "VENDOR  SCAN                                  STATE                PROGRESS  ELAPSED  VERDICT  FINDINGS\nsoda    4651ba64-0000-4000-8000-000000000001  running (executing)            9m00s\n",
      `${narrowHeader}\n${runningRow}\n${queuedRow}\n`,
      // The error went to stderr above the table; the table came back below it.
      `${narrowHeader}\n${runningRow}\n${queuedRow}\ntelmai  x                                     error                                                   internal\n`,
      [
        "VENDOR  SCAN                                  STATE                              PROGRESS         ELAPSED  VERDICT  FINDINGS",
        "soda    4651ba64-0000-4000-8000-000000000002  completed (completedWithWarnings)                   3m05s    warn     checks 10 passed, 2 warned",
        "halo    812                                   queued (Queued)                    ███░░░░░░░  25%  30s",
        "",
      ].join("\n"),
    ]);
    expect(stderr.text()).toBe(
      "scanstat: telmai:x: unexpected error: boom\nscanstat: 2 scans: 1 warn, 1 not finished; exit 1\n",
    );
  });

  it("stream: one line per change, unchanged looks print nothing", async () => {
    const { reporter, stdout } = setup("stream");
    reporter.triggered(runningSodaScan.ref);
    reporter.update(runningSodaScan.ref, runningSodaScan, undefined);
    reporter.update(runningSodaScan.ref, { ...runningSodaScan }, runningSodaScan);
    reporter.update(runningSodaScan.ref, { ...warnedSodaScan, ref: runningSodaScan.ref }, runningSodaScan);
    await reporter.finish({
      entries: [{ ref: runningSodaScan.ref, scan: { ...warnedSodaScan, ref: runningSodaScan.ref } }],
      reason: "terminal",
      exitCode: 1,
    });
    expect(stdout.text()).toBe(
      [
        "soda:4651ba64-0000-4000-8000-000000000001 triggered",
        "soda:4651ba64-0000-4000-8000-000000000001 running (executing)",
        "soda:4651ba64-0000-4000-8000-000000000001 completed (completedWithWarnings) warn checks 10 passed, 2 warned in 3m05s",
        "",
      ].join("\n"),
    );
  });

  it("stream, interrupted: every ref once more at the end", async () => {
    const { reporter, stdout } = setup("stream");
    reporter.update(queuedHaloScan.ref, queuedHaloScan, undefined);
    await reporter.finish({
      entries: [{ ref: queuedHaloScan.ref, scan: queuedHaloScan }],
      reason: "aborted",
      exitCode: 130,
    });
    expect(stdout.text()).toBe("halo:812 queued (Queued) 25%\nhalo:812 queued (Queued) 25%\n");
  });

  it("final: nothing until the end, then plain lines (not a terminal)", async () => {
    const { reporter, stdout } = setup("final", false);
    reporter.update(queuedHaloScan.ref, queuedHaloScan, undefined);
    expect(stdout.text()).toBe("");
    await reporter.finish({
      entries: [{ ref: queuedHaloScan.ref, scan: queuedHaloScan }],
      reason: "done",
      exitCode: 5,
    });
    expect(stdout.text()).toBe("halo:812 queued (Queued) 25%\n");
  });

  it("the summary counts scans without a verdict, and verdicts on partial evidence apart", async () => {
    const { reporter, stderr } = setup("final", false);
    const scans = [
      warnedSodaScan,
      partialProjectDiscoveryScan,
      verdictlessProjectDiscoveryScan,
      canceledHaloScan,
      failedProjectDiscoveryScan,
    ];
    await reporter.finish({ entries: scans.map((scan) => ({ ref: scan.ref, scan })), reason: "terminal", exitCode: 3 });
    expect(stderr.text()).toBe("scanstat: 5 scans: 1 warn, 1 warn (partial evidence), 1 fail, 2 no verdict; exit 3\n");
  });
});
