import type { ResultEvidence, Scan, Verdict } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { loadFixture } from "../__fixtures__/load-fixture.js";
import { assetRuns } from "./asset-runs.js";
import { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
import { mapTelmaiIncidentSeverity } from "./telmai-incidents.js";
import type { TelmaiVerdictContext } from "./telmai-result.js";
import type {
  TelmaiAssetRun,
  TelmaiAssetScanStatus,
  TelmaiIncident,
  TelmaiScanExecution,
} from "../client/telmai-schemas.js";

// The docs' examples: the assets' runs (`batch-uuid` running, `batch-uuid-prev` completed 08:00–08:30)
// and an incident page (`severity: "high"`, its detection time assumed to be `detectedAt`).
const docsAssets = loadFixture<{ data: TelmaiAssetScanStatus[] }>("assets-scan-status.json").data;
const docsIncident = loadFixture<{ data: TelmaiIncident[] }>("incidents-page.json").data[0]!;

const morning = { from: Date.parse("2026-03-24T06:00:00Z"), to: Date.parse("2026-03-24T12:00:00Z") };
const read = (...incidents: TelmaiIncident[]): TelmaiVerdictContext => ({ incidents: { ...morning, incidents } });
const incident = (severity: string | undefined, detectedAt: string | null, assetId = "uuid"): TelmaiIncident => ({
  ...docsIncident,
  severity,
  detectedAt,
  assetId,
});
const finished = (startedAt: string, finishedAt: string): TelmaiScanExecution => ({
  executionId: "aca-execution-id",
  status: "finished",
  startedAt,
  finishedAt,
});
/** The docs' last run (batch-uuid-prev, 08:00–08:30), with its status changed. */
const previousRun = (status: string, progress?: TelmaiAssetRun["progress"]) => ({
  linkedBy: "time" as const,
  runs: [
    {
      assetId: "uuid",
      assetName: "orders",
      run: { ...docsAssets[0]!.lastRun!, status, ...(progress ? { progress } : {}) },
    },
  ],
});
const at0800 = finished("2026-03-24T08:00:00Z", "2026-03-24T08:30:00Z");

interface Row {
  name: string;
  scan: () => Scan;
  state: Scan["state"];
  verdict: Verdict | undefined;
  evidence: ResultEvidence;
}

const both = { sources: ["incidents", "run-status"], complete: true } as ResultEvidence;
const unlinked = "its asset runs can no longer be linked";

const rows: Row[] = [
  {
    name: "the docs' last run completed, no incident in its window → pass on both sources",
    scan: () => mapTelmaiExecution("aca-execution-id", at0800, previousRun("completed"), read(docsIncident)),
    state: "completed",
    verdict: "pass",
    evidence: both,
  },
  {
    name: "the docs' incident (high) detected inside the window → fail",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("high", "2026-03-24T08:10:00Z")),
      ),
    state: "completed",
    verdict: "fail",
    evidence: both,
  },
  {
    name: "a critical incident detected 1.9 s after the end (timestamps cut to the second) → fail",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("critical", "2026-03-24T08:30:01.900Z")),
      ),
    state: "completed",
    verdict: "fail",
    evidence: both,
  },
  {
    name: "a high incident detected 3 s after the end, or just before the start, is another execution's → pass",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("high", "2026-03-24T08:30:03Z"), incident("high", "2026-03-24T07:59:59.900Z")),
      ),
    state: "completed",
    verdict: "pass",
    evidence: both,
  },
  {
    name: "a high incident on an asset its runs did not touch → pass",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("high", "2026-03-24T08:10:00Z", "other-asset")),
      ),
    state: "completed",
    verdict: "pass",
    evidence: both,
  },
  {
    name: "a medium incident → warn; a low one → pass (the default policy)",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("medium", "2026-03-24T08:10:00Z"), incident("low", "2026-03-24T08:11:00Z")),
      ),
    state: "completed",
    verdict: "warn",
    evidence: both,
  },
  {
    name: "a severity word Fabric does not document ('SEVERE') → unknown → warn",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("completed"),
        read(incident("SEVERE", "2026-03-24T08:10:00Z")),
      ),
    state: "completed",
    verdict: "warn",
    evidence: both,
  },
  {
    name: "an incident without a detection time is counted, and the evidence says so",
    scan: () => mapTelmaiExecution("aca-execution-id", at0800, previousRun("completed"), read(incident("low", null))),
    state: "completed",
    verdict: "warn",
    evidence: { sources: ["incidents", "run-status"], complete: false, gaps: ["an incident has no detection time"] },
  },
  {
    name: "runs partial_failure, no incident → warn (run-status)",
    scan: () => mapTelmaiExecution("aca-execution-id", at0800, previousRun("partial_failure"), read()),
    state: "completed",
    verdict: "warn",
    evidence: both,
  },
  {
    name: "runs failed and a low incident → fail (the worse of the two)",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        previousRun("failed"),
        read(incident("low", "2026-03-24T08:10:00Z")),
      ),
    state: "completed",
    verdict: "fail",
    evidence: both,
  },
  {
    name: "incidents refused (403 incidents:read), runs completed → warn, never pass",
    scan: () =>
      mapTelmaiExecution("aca-execution-id", at0800, previousRun("completed"), {
        incidents: { ...morning, error: "the token lacks the permission incidents:read" },
      }),
    state: "completed",
    verdict: "warn",
    evidence: {
      sources: ["run-status"],
      complete: false,
      gaps: ["incidents not read: the token lacks the permission incidents:read"],
    },
  },
  {
    name: "more incidents than the pages read, runs completed → warn",
    scan: () =>
      mapTelmaiExecution("aca-execution-id", at0800, previousRun("completed"), {
        incidents: { ...morning, incidents: [], truncated: true },
      }),
    state: "completed",
    verdict: "warn",
    evidence: {
      sources: ["incidents", "run-status"],
      complete: false,
      gaps: ["more incidents than were read"],
    },
  },
  {
    name: "runs no longer linked (a newer run replaced them), no incident → no verdict",
    scan: () => mapTelmaiExecution("aca-execution-id", at0800, { linkedBy: "none", runs: [] }, read()),
    state: "completed",
    verdict: undefined,
    evidence: { sources: ["incidents"], complete: false, gaps: [unlinked] },
  },
  {
    name: "runs no longer linked, a medium incident → no verdict (the runs might have said fail)",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        { linkedBy: "none", runs: [] },
        read(incident("medium", "2026-03-24T08:10:00Z")),
      ),
    state: "completed",
    verdict: undefined,
    evidence: { sources: ["incidents"], complete: false, gaps: [unlinked] },
  },
  {
    name: "runs no longer linked, a high incident → fail (nothing could make it better or worse)",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        { linkedBy: "none", runs: [] },
        read(incident("high", "2026-03-24T08:10:00Z")),
      ),
    state: "completed",
    verdict: "fail",
    evidence: { sources: ["incidents"], complete: false, gaps: [unlinked] },
  },
  {
    name: "runs no longer linked and incidents refused → no verdict, no evidence",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        at0800,
        { linkedBy: "none", runs: [] },
        {
          incidents: { ...morning, error: "HTTP 500" },
        },
      ),
    state: "completed",
    verdict: undefined,
    evidence: { sources: [], complete: false, gaps: ["incidents not read: HTTP 500", unlinked] },
  },
  {
    name: "a finished execution with no finishedAt: its window is unknown → incidents not read → warn at most",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        { executionId: "aca-execution-id", status: "finished", startedAt: "2026-03-24T08:00:00Z", finishedAt: null },
        previousRun("completed"),
        read(),
      ),
    state: "completed",
    verdict: "warn",
    evidence: {
      sources: ["run-status"],
      complete: false,
      gaps: ["incidents not read"],
    },
  },
  {
    name: "a window the read did not cover → incidents not read",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        finished("2026-03-25T08:00:00Z", "2026-03-25T08:30:00Z"),
        previousRun("completed"),
        read(),
      ),
    state: "completed",
    verdict: "warn",
    evidence: { sources: ["run-status"], complete: false, gaps: ["incidents not read"] },
  },
  {
    name: "the docs' running execution → running, no result",
    scan: () =>
      mapTelmaiExecution(
        "aca-execution-id",
        { executionId: "aca-execution-id", status: "running", startedAt: "2026-03-24T09:00:00Z", finishedAt: null },
        { linkedBy: "jobId", runs: assetRuns(docsAssets).filter((linked) => linked.run.jobId === "batch-uuid") },
        read(docsIncident),
      ),
    state: "running",
    verdict: undefined,
    evidence: { sources: [], complete: false },
  },
  {
    name: "the docs' batch-uuid-prev listed as a job, with the incident page read → pass",
    scan: () =>
      mapTelmaiJob(
        "batch-uuid-prev",
        assetRuns(docsAssets).filter((linked) => linked.run.jobId === "batch-uuid-prev"),
        read(docsIncident),
      ),
    state: "completed",
    verdict: "pass",
    evidence: both,
  },
];

describe("how a Telmai verdict is decided (docs' bodies and tricky ones)", () => {
  it.each(rows)("$name", ({ scan, state, verdict, evidence }) => {
    const mapped = scan();
    expect(mapped.state).toBe(state);
    expect(mapped.result?.verdict).toBe(verdict);
    if (state === "completed") expect(mapped.result?.evidence).toEqual(evidence);
    else expect(mapped.result).toBeUndefined();
  });

  it("a stricter policy: fail on medium", () => {
    const context: TelmaiVerdictContext = {
      ...read(incident("medium", "2026-03-24T08:10:00Z")),
      severityPolicy: { failOn: "medium", warnOn: "low" },
    };
    expect(mapTelmaiExecution("aca-execution-id", at0800, previousRun("completed"), context).result?.verdict).toBe(
      "fail",
    );
  });

  it("incident counts are the findings shown", () => {
    const result = mapTelmaiExecution(
      "aca-execution-id",
      at0800,
      previousRun("completed"),
      read(
        incident("high", "2026-03-24T08:10:00Z"),
        incident("HIGH ", "2026-03-24T08:12:00Z"),
        incident(undefined, "2026-03-24T08:13:00Z"),
      ),
    ).result;
    expect(result?.findings).toEqual({
      total: 3,
      bySeverity: { critical: 0, high: 2, medium: 0, low: 0, info: 0, unknown: 1 },
    });
  });
});

describe("mapTelmaiIncidentSeverity", () => {
  it.each([
    ["critical", "critical"],
    ["high", "high"],
    ["medium", "medium"],
    ["low", "low"],
    [" High ", "high"],
    ["info", "unknown"],
    ["urgent", "unknown"],
    ["", "unknown"],
    [undefined, "unknown"],
    ["__proto__", "unknown"],
  ] as const)("%j → %s", (word, severity) => {
    expect(mapTelmaiIncidentSeverity(word)).toBe(severity);
  });
});
