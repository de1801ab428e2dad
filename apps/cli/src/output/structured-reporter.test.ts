import type { Clock } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import {
  fixedNow,
  partialProjectDiscoveryScan,
  verdictlessProjectDiscoveryScan,
  warnedSodaScan,
} from "../__fixtures__/scans.js";
import { createStructuredReporter } from "./structured-reporter.js";

const clock: Clock = { now: () => fixedNow, sleep: async () => undefined };

describe("createStructuredReporter, ndjson", () => {
  it("updates carry the whole scan (evidence included); the end event gives each verdict and its evidence", async () => {
    const chunks: string[] = [];
    const sink = { write: (chunk: string) => chunks.push(chunk), close: async () => {} };
    const reporter = createStructuredReporter("ndjson", sink, { clock });
    const scans = [warnedSodaScan, partialProjectDiscoveryScan, verdictlessProjectDiscoveryScan];
    for (const scan of scans) reporter.update(scan.ref, scan, undefined);
    await reporter.finish({ entries: scans.map((scan) => ({ ref: scan.ref, scan })), reason: "terminal", exitCode: 3 });
    const events = chunks
      .join("")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events[1].scan.result.evidence).toEqual(partialProjectDiscoveryScan.result?.evidence);
    expect(events.at(-1).results).toEqual([
      {
        ref: { vendor: "soda", id: "4651ba64-0000-4000-8000-000000000002" },
        refText: "soda:4651ba64-0000-4000-8000-000000000002",
        state: "completed",
        verdict: "warn",
        evidence: { sources: ["checks"], complete: true },
      },
      {
        ref: { vendor: "projectdiscovery", id: "cq9f2" },
        refText: "projectdiscovery:cq9f2",
        state: "completed",
        verdict: "warn",
        evidence: partialProjectDiscoveryScan.result?.evidence,
      },
      {
        ref: { vendor: "projectdiscovery", id: "cq9f3" },
        refText: "projectdiscovery:cq9f3",
        state: "completed",
        evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] },
      },
    ]);
  });
});
