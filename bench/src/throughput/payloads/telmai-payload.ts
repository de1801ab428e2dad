import { isoAt, seededRandom, uuidFrom } from "./seeded-random.js";
import { payloadScanCount, type VendorPayload } from "./vendor-payload.js";

const pageSize = 100;
const monitorNames = [
  "Record Count",
  "Freshness",
  "Null Ratio",
  "Schema Drift",
  "Distribution",
  "Uniqueness",
  "Pattern",
];

/**
 * `GET /api/assets/scan-status` pages of 100 (the vendor's maximum) for 10 000 assets, in the
 * documented envelope. Every asset has its last run; a quarter also run now. Each run is a scan.
 */
export function telmaiPayload(): VendorPayload {
  const random = seededRandom(3);
  const bodies: string[] = [];
  const start = Date.parse("2026-03-01T00:00:00Z");
  const totalPages = Math.ceil(payloadScanCount / pageSize);
  let runs = 0;
  const monitorsOf = (stageOf: () => string) =>
    Array.from({ length: 4 + random.integer(4) }, () => {
      const stage = stageOf();
      return {
        monitorId: uuidFrom(random),
        monitorName: random.pick(monitorNames),
        stage,
        durationMs: stage === "pending" ? null : 200 + random.integer(5_000),
        error: stage === "failed" ? { code: "QUERY_TIMEOUT", message: "the warehouse query timed out" } : null,
      };
    });
  for (let page = 0; page < totalPages; page++) {
    const data = [];
    for (let index = page * pageSize; index < Math.min(payloadScanCount, (page + 1) * pageSize); index++) {
      const lastStarted = start + index * 30_000;
      const lastStatus = random.weighted([
        ["completed", 85],
        ["partial_failure", 8],
        ["failed", 7],
      ] as const);
      const lastMonitors = monitorsOf(() =>
        lastStatus === "completed" ? "completed" : random.pick(["completed", "failed"]),
      );
      const lastRun = {
        jobId: uuidFrom(random),
        status: lastStatus,
        startedAt: isoAt(lastStarted),
        finishedAt: isoAt(lastStarted + 60_000 + random.integer(600_000)),
        progress: {
          total: lastMonitors.length,
          completed: lastMonitors.filter((monitor) => monitor.stage === "completed").length,
          running: 0,
          failed: lastMonitors.filter((monitor) => monitor.stage === "failed").length,
          pending: 0,
        },
        monitors: lastMonitors,
      };
      runs++;
      let currentRun = null;
      if (random.next() < 0.25) {
        const monitors = monitorsOf(() => random.pick(["completed", "running", "pending"]));
        currentRun = {
          jobId: uuidFrom(random),
          status: "running",
          startedAt: isoAt(lastStarted + 86_400_000),
          finishedAt: null,
          progress: {
            total: monitors.length,
            completed: monitors.filter((monitor) => monitor.stage === "completed").length,
            running: monitors.filter((monitor) => monitor.stage === "running").length,
            failed: 0,
            pending: monitors.filter((monitor) => monitor.stage === "pending").length,
          },
          monitors,
        };
        runs++;
      }
      data.push({
        assetId: uuidFrom(random),
        assetName: `${random.pick(["orders", "customers", "payments", "events", "inventory"])}_${index}`,
        status: currentRun ? "running" : lastStatus,
        lastCompletedAt: lastRun.finishedAt,
        currentRun,
        lastRun,
      });
    }
    bodies.push(
      JSON.stringify({
        data,
        error: null,
        meta: {
          requestId: uuidFrom(random),
          timestamp: isoAt(start),
          pagination: { page: page + 1, pageSize, total: payloadScanCount, totalPages },
        },
      }),
    );
  }
  return {
    vendor: "telmai",
    shape: `100 pages × 100 assets of GET /api/assets/scan-status (${runs} runs)`,
    bodies,
    scans: runs,
  };
}
