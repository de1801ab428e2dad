import { createSlidingWindowLimiter, gateVerdict, type SeverityPolicy } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHaloAdapter } from "./halo-adapter.js";
import { haloDateToMinute } from "../client/halo-dates.js";
import { confirmHaloScanEnding, type HaloTargetEvents } from "./halo-scan-events.js";
import type { HaloEvent, HaloScanDetailsResponse } from "../client/halo-schemas.js";
import { mapHaloScanDetails } from "./map-halo-scan.js";
import { createHaloSimulator, haloSandboxApiKey } from "../testing/index.js";

const minuteText = (minute: number) =>
  `2026-03-01 ${String(10 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

const date = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 30 }).map(minuteText) },
  { weight: 1, arbitrary: fc.constantFrom("0000-00-00 00:00", "", "yesterday", "2026-02-31 10:00") },
);

const count = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY) },
);

const details = fc.record(
  {
    date,
    target_id: fc.constantFrom(1, "1", 2),
    issue_severity_count: fc.option(
      fc.dictionary(fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "x"), count, { maxKeys: 6 }),
      { nil: undefined },
    ),
    issue_count: fc.option(count, { nil: undefined }),
    status_display: fc.option(fc.constantFrom("Complete", "Canceled", "Failed", "Web - Running", "Archived", " "), {
      nil: undefined,
    }),
  },
  { requiredKeys: ["date", "target_id"] },
);

const event = fc.record({
  event_id: fc.uuid(),
  subject: fc.constantFrom("Scan Started", "Scan Complete", "First Scan Complete", "Scan Failed", "Target Added", "x"),
  date_created: date,
  key: fc.constantFrom("", "target-scan-start", "target-scan-complete", "domain-scan-complete", "other"),
  target: fc.record({ target_id: fc.constantFrom(1, "1", 2) }),
});

const targetEvents: fc.Arbitrary<HaloTargetEvents> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      readable: fc.constant(true as const),
      events: fc.array(event, { maxLength: 8 }),
      truncated: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constant({ readable: false as const, reason: "Halo's events could not be read (HTTP 403)" }),
  },
);

const threshold = fc.constantFrom("critical", "high", "medium", "low", "info", "none") as fc.Arbitrary<
  SeverityPolicy["failOn"]
>;
const policy = fc.record({ failOn: threshold, warnOn: threshold, failOnUnknown: fc.boolean() });

const completes = (event: HaloEvent) => /^(first )?scan complete$/i.test(event.subject?.trim() ?? "");

describe("Halo verdicts over random bodies and events", () => {
  it("incomplete evidence is never pass; no Scan Complete of the scan's target, no verdict at all", () => {
    fc.assert(
      fc.property(details, targetEvents, fc.boolean(), policy, (scan, events, canceledHere, severityPolicy) => {
        const body = { scan: { scan_id: "s1", ...scan } } as HaloScanDetailsResponse;
        const ending = confirmHaloScanEnding(haloDateToMinute(body.scan.date), body.scan.target_id, events);
        const mapped = mapHaloScanDetails(body, { ending, cancelRequestedHere: canceledHere, severityPolicy });
        const result = mapped.result;
        const verdict = result?.verdict;
        if (result && !result.evidence.complete) expect(verdict).not.toBe("pass");
        if (result && result.evidence.sources.length === 0) expect(verdict).toBeUndefined();
        if (verdict !== undefined) {
          expect(gateVerdict(verdict, result!.evidence)).toBe(verdict);
          expect(mapped.state).toBe("completed");
          expect(result!.evidence.sources).toContain("events");
          const start = haloDateToMinute(body.scan.date)!;
          expect(
            events.readable &&
              !events.truncated &&
              events.events.some(
                (event) =>
                  completes(event) &&
                  String(event.target?.target_id) === String(body.scan.target_id) &&
                  (haloDateToMinute(event.date_created) ?? -1) >= start,
              ),
          ).toBe(true);
        }
        if (mapped.state === "failed" || mapped.state === "canceled") expect(verdict).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("against the simulator, a scan canceled or failed on a shared target never has a verdict in a new process", async () => {
    const step = fc.record({
      action: fc.constantFrom("trigger", "trigger", "cancel", "fail", "wait"),
      waitMs: fc.integer({ min: 0, max: 150_000 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1_000, max: 120_000 }),
        async (steps, durationMs) => {
          const clock = createVirtualClock();
          const simulator = createHaloSimulator({ clock, durationMs, queuedMs: 0, outcomes: ["pass", "fail"] });
          const settings = { apiKey: haloSandboxApiKey, fetch: simulator.fetch, clock, random: () => 0.5 };
          const adapter = createHaloAdapter({ ...settings, limiter: createSlidingWindowLimiter(clock) });
          const endings = new Map<string, "canceled" | "failed" | "ran">();
          let current: string | undefined;
          for (const { action, waitMs } of steps) {
            if (action === "trigger") {
              const ref = await adapter.triggerScan({ targetId: 1 });
              if (!endings.has(ref.id)) endings.set(ref.id, "ran");
              current = ref.id;
            } else if (action === "cancel" && current) {
              const canceled = await adapter.cancelScan(current).then(
                () => true,
                () => false,
              );
              if (canceled) endings.set(current, "canceled");
            } else if (action === "fail" && current && simulator.failScan(current)) {
              endings.set(current, "failed");
            }
            await clock.sleep(waitMs);
          }
          await clock.sleep(durationMs + 60_000);
          const fresh = createHaloAdapter({ ...settings, limiter: createSlidingWindowLimiter(clock) });
          const ids = [...endings.keys()];
          const lookups = await fresh.getScans(ids);
          for (const lookup of lookups) {
            if (!lookup.ok) throw lookup.error;
            const ending = endings.get(lookup.id);
            const outcome = simulator.scans.find((scan) => scan.id === lookup.id)!.outcome;
            // Failed when the events tell it apart; when they cannot (scans in one minute), no verdict.
            if (ending === "failed") expect(["failed", "completed"]).toContain(lookup.scan.state);
            if (ending !== "ran") expect(lookup.scan.result?.verdict).toBeUndefined();
            // A verdict, when one is given, is the one the scan really earned.
            if (lookup.scan.result?.verdict !== undefined) expect(lookup.scan.result.verdict).toBe(outcome);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
