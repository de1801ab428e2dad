import { validate } from "@scanstat/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assetRuns, runsByJob } from "./asset-runs.js";
import { linkExecutionRuns } from "./link-execution-runs.js";
import { mapTelmaiExecution, mapTelmaiJob } from "./map-telmai-scan.js";
import type { TelmaiIncidentsReading } from "./telmai-incidents.js";
import {
  type TelmaiAssetScanStatus,
  type TelmaiIncident,
  telmaiAssetScanStatusSchema,
  telmaiIncidentSchema,
  telmaiScanExecutionSchema,
} from "../client/telmai-schemas.js";

const word = (...known: string[]) => fc.oneof(fc.constantFrom(...known, "", " HIGH ", "__proto__"), fc.string());
const time = fc.oneof(
  fc
    .integer({ min: Date.parse("2026-03-24T08:00:00Z"), max: Date.parse("2026-03-24T10:00:00Z") })
    .map((epoch) => new Date(epoch).toISOString()),
  fc.constantFrom(null, "", "not a time", "2026-03-24T09:00:00+01:00"),
);
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const count = fc.oneof(fc.nat(6), fc.constantFrom(-1, 0.5));
const run = fc.record({
  jobId: fc.constantFrom("aca-exec-1", "batch-1", "batch-2"),
  status: word("running", "completed", "failed", "partial_failure"),
  startedAt: maybe(time),
  finishedAt: maybe(time),
  progress: maybe(
    fc.record({
      total: maybe(count),
      completed: maybe(count),
      failed: maybe(count),
      running: maybe(count),
      pending: maybe(count),
    }),
  ),
});
const asset = fc.record({
  assetId: fc.constantFrom("a1", "a2", "a3"),
  status: word("idle", "running", "completed"),
  currentRun: maybe(fc.oneof(run, fc.constant(null))),
  lastRun: maybe(fc.oneof(run, fc.constant(null))),
});
const incident = fc.record({
  id: maybe(fc.oneof(fc.string(), fc.integer())),
  assetId: maybe(fc.constantFrom("a1", "a2", "a4")),
  severity: maybe(word("critical", "high", "medium", "low")),
  status: maybe(word("open", "in_progress", "resolved")),
  detectedAt: maybe(time),
});
const anyReading: fc.Arbitrary<TelmaiIncidentsReading> = fc
  .record({
    from: fc.integer({ min: Date.parse("2026-03-24T07:00:00Z"), max: Date.parse("2026-03-24T09:00:00Z") }),
    to: fc.integer({ min: Date.parse("2026-03-24T09:00:00Z"), max: Date.parse("2026-03-24T11:00:00Z") }),
    body: fc.oneof(
      fc.record({ incidents: fc.array(incident, { maxLength: 5 }), truncated: fc.boolean() }),
      fc.record({ error: fc.constant("HTTP 403 FORBIDDEN") }),
    ),
  })
  .map(({ from, to, body }) => ({ from, to, ...body }) as TelmaiIncidentsReading);
const execution = fc.record({
  executionId: fc.constantFrom("aca-exec-1", "aca-exec-9"),
  status: word("running", "finished", "failed"),
  startedAt: maybe(time),
  finishedAt: maybe(time),
});

describe("any Telmai bodies", () => {
  it("whenever the evidence is incomplete, the verdict is not pass; with no source there is no verdict", () => {
    fc.assert(
      fc.property(
        execution,
        fc.array(asset, { maxLength: 4 }),
        fc.option(anyReading, { nil: undefined }),
        fc.boolean(),
        (executionBody, assetBodies, reading, withContext) => {
          // Only bodies the client would accept reach the mappers.
          const checked = validate(telmaiScanExecutionSchema, executionBody);
          const assets = assetBodies.filter(
            (body) => validate(telmaiAssetScanStatusSchema, body).ok,
          ) as TelmaiAssetScanStatus[];
          const incidents = reading?.incidents ?? [];
          expect(incidents.every((item: TelmaiIncident) => validate(telmaiIncidentSchema, item).ok)).toBe(true);
          if (!checked.ok) return;
          const context = withContext && reading ? { incidents: reading } : undefined;
          const scans = [
            mapTelmaiExecution(
              checked.data.executionId,
              checked.data,
              linkExecutionRuns(checked.data, assets),
              context,
            ),
            ...[...runsByJob(assetRuns(assets))].map(([jobId, runs]) => mapTelmaiJob(jobId, runs, context)),
          ];
          for (const scan of scans) {
            const result = scan.result;
            if (!result) continue;
            if (!result.evidence.complete) expect(result.verdict).not.toBe("pass");
            if (result.evidence.sources.length === 0) expect(result.verdict).toBeUndefined();
            // Without incidents read, a verdict is never pass.
            if (!result.evidence.sources.includes("incidents")) expect(result.verdict).not.toBe("pass");
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
