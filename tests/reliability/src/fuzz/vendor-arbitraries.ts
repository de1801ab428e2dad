import fc from "fast-check";
import type { TestedVendor } from "../harness/vendor-kits.js";

/** The id every fuzzed call asks for; answers mostly talk about it (or about another scan). */
export const fuzzedId = "scan-1";

const knownWords: Readonly<Record<TestedVendor, readonly string[]>> = {
  soda: ["queuing", "executing", "completed", "completedWithWarnings", "completedWithErrors", "canceled", "timedOut"],
  projectdiscovery: ["queued", "running", "finished", "failed", "stopped", "uploaded"],
  halo: ["Queued", "Server - Running", "Web - Running", "Canceling"],
  telmai: ["running", "finished", "failed", "completed", "partial_failure", "pending"],
};

/** Words a lookup table may trip on: Object members, blanks, case and spacing variants. */
const trickyWords = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "",
  " ",
  "RUNNING",
  " running ",
];

/** Any status word: known ones, tricky ones, and arbitrary text. */
export const statusWord = (vendor: TestedVendor) =>
  fc.oneof(fc.constantFrom(...knownWords[vendor], ...trickyWords), fc.string(), fc.string({ unit: "grapheme" }));

/** Numbers a vendor may send for a count, a score or a ratio after a change: negative, fractional, large. */
const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 1_000_000 }),
  fc.double({ min: -10, max: 1000, noNaN: true }),
  fc.constantFrom(0, -1, 0.5, 99.5, 100, 101),
);

const timestamp = fc.oneof(
  fc
    .date({ noInvalidDate: true, min: new Date("1970-01-02"), max: new Date("2100-01-01") })
    .map((date) => date.toISOString()),
  fc.constantFrom("0001-01-01T00:00:00Z", "2026-01-01 10:00", "yesterday", ""),
  fc.string(),
  fc.constant(null),
);

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Extra fields the vendor adds without notice (names that clash with Object members included). */
const extraFields = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...trickyWords)), fc.jsonValue(), {
  maxKeys: 3,
});

const withExtras = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
  fc.tuple(arbitrary, extraFields).map(([body, extra]) => ({ ...extra, ...body }));

const idOrOther = fc.oneof(fc.constant(fuzzedId), fc.string());

/** Soda's `GET /api/v1/scans/{id}` with arbitrary values in every field it reads. */
export const sodaStatusBody = withExtras(
  fc.record(
    {
      state: statusWord("soda"),
      id: optional(fc.oneof(fc.string(), fc.constant(null))),
      cloudUrl: optional(fc.oneof(fc.string(), fc.constant(null))),
      created: optional(timestamp),
      submitted: optional(timestamp),
      started: optional(timestamp),
      ended: optional(timestamp),
      scanDefinition: optional(fc.oneof(fc.record({ id: fc.string(), name: fc.string() }), fc.constant(null))),
      checks: optional(
        fc.oneof(
          fc.array(
            fc.record({
              evaluationStatus: optional(
                fc.oneof(statusWord("soda"), fc.constantFrom("pass", "warn", "fail", "excluded", "notEvaluated")),
              ),
            }),
          ),
          fc.constant(null),
        ),
      ),
      errors: optional(anyNumber),
      failures: optional(anyNumber),
      warnings: optional(anyNumber),
    },
    { requiredKeys: ["state"] },
  ),
);

/** A count as ProjectDiscovery's 2023 spec allowed it: numeric text (and near misses: signs, decimals, blanks). */
const projectDiscoveryCountText = fc.oneof(
  fc.nat(1000).map(String),
  fc.constantFrom("-1", "1.5", " 3 ", "", "2e3", "0x10", "1_000", "∞"),
);

/** ProjectDiscovery's `ScanStatusItem`. */
export const projectDiscoveryScanBody = withExtras(
  fc.record(
    {
      scan_id: idOrOther,
      status: statusWord("projectdiscovery"),
      name: optional(fc.oneof(fc.string(), fc.constant(null))),
      progress: optional(anyNumber),
      severity: optional(
        fc.oneof(
          fc.dictionary(
            fc.oneof(fc.constantFrom("critical", "high", "medium", "low", "info", "unknown"), fc.string()),
            fc.oneof(anyNumber, fc.string(), projectDiscoveryCountText, fc.jsonValue()),
          ),
          fc.string(),
          fc.jsonValue(),
        ),
      ),
      created_at: optional(timestamp),
      updated_at: optional(timestamp),
      completed_at: optional(timestamp),
      total_result: optional(fc.oneof(anyNumber, projectDiscoveryCountText, fc.constant(null), fc.string())),
      failure_reason: optional(fc.oneof(fc.string(), fc.constant(null), anyNumber)),
    },
    { requiredKeys: ["scan_id", "status"] },
  ),
);

export const projectDiscoveryPageBody = withExtras(
  fc.record({
    total_results: optional(anyNumber),
    data: fc.oneof(fc.array(projectDiscoveryScanBody, { maxLength: 4 }), fc.constant(null)),
  }),
);

const haloInProgressItem = withExtras(
  fc.record(
    {
      scan_id: idOrOther,
      status_display: optional(fc.oneof(statusWord("halo"), fc.constant(null))),
      status: optional(fc.oneof(anyNumber, fc.string(), fc.constant(null))),
      target_name: optional(fc.oneof(fc.string(), fc.constant(null))),
      target_id: optional(fc.oneof(fc.integer(), fc.string())),
      date: optional(timestamp),
      duration: optional(fc.oneof(anyNumber, fc.constant(null))),
    },
    { requiredKeys: ["scan_id"] },
  ),
);

const haloPagination = optional(
  fc.record({
    total: optional(fc.integer({ min: 0, max: 5 })),
    start: optional(fc.nat(5)),
    limit: optional(fc.nat(5)),
  }),
);

/** Halo's `scan/inprogress-list.json`. */
export const haloInProgressBody = withExtras(
  fc.record({ pagination: haloPagination, list: fc.array(haloInProgressItem, { maxLength: 4 }) }),
);

/** Halo's `scan/get.json`. */
export const haloDetailsBody = withExtras(
  fc.record({
    scan: withExtras(
      fc.record(
        {
          scan_id: idOrOther,
          date: optional(timestamp),
          duration: optional(anyNumber),
          issue_severity_count: optional(
            fc.dictionary(
              fc.oneof(
                fc.constantFrom("0", "1", "2", "3", "4", "5", " 5"),
                fc.constantFrom(...trickyWords),
                fc.string(),
              ),
              anyNumber,
            ),
          ),
          issue_count: optional(anyNumber),
          risk_score: optional(anyNumber),
          target_id: optional(fc.oneof(fc.integer(), fc.string())),
        },
        { requiredKeys: ["scan_id"] },
      ),
    ),
  }),
);

const telmaiRun = withExtras(
  fc.record(
    {
      jobId: idOrOther,
      status: statusWord("telmai"),
      startedAt: optional(timestamp),
      finishedAt: optional(timestamp),
      progress: optional(
        fc.oneof(
          fc.record({
            total: optional(anyNumber),
            completed: optional(anyNumber),
            running: optional(anyNumber),
            failed: optional(anyNumber),
            pending: optional(anyNumber),
          }),
          fc.constant(null),
        ),
      ),
      monitors: optional(
        fc.array(fc.record({ monitorId: fc.string(), stage: statusWord("telmai"), durationMs: optional(anyNumber) }), {
          maxLength: 4,
        }),
      ),
    },
    { requiredKeys: ["jobId", "status"] },
  ),
);

const telmaiEnvelope = <T>(data: fc.Arbitrary<T>) =>
  withExtras(
    fc.record({
      data,
      error: fc.constant(null),
      meta: optional(
        fc.record({
          requestId: optional(fc.string()),
          pagination: optional(
            fc.record({
              page: fc.integer({ min: 0, max: 3 }),
              pageSize: fc.integer({ min: 0, max: 3 }),
              total: fc.nat(10),
              totalPages: fc.integer({ min: 0, max: 3 }),
            }),
          ),
        }),
      ),
    }),
  );

/** Telmai's `GET /api/scan/status/{id}`. */
export const telmaiStatusBody = telmaiEnvelope(
  withExtras(
    fc.record({
      executionId: idOrOther,
      status: statusWord("telmai"),
      startedAt: optional(timestamp),
      finishedAt: optional(timestamp),
    }),
  ),
);

/** Telmai's `GET /api/assets/scan-status`. */
export const telmaiAssetsBody = telmaiEnvelope(
  fc.array(
    withExtras(
      fc.record(
        {
          assetId: fc.string(),
          assetName: optional(fc.string()),
          status: statusWord("telmai"),
          lastCompletedAt: optional(timestamp),
          currentRun: optional(fc.oneof(telmaiRun, fc.constant(null))),
          lastRun: optional(fc.oneof(telmaiRun, fc.constant(null))),
        },
        { requiredKeys: ["assetId", "status"] },
      ),
    ),
    { maxLength: 4 },
  ),
);
