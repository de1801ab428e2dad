import { isoAt, seededRandom, uuidFrom } from "./seeded-random.js";
import { payloadScanCount, type VendorPayload } from "./vendor-payload.js";

const finished = [
  ["completed", 55],
  ["completedWithWarnings", 15],
  ["completedWithFailures", 10],
  ["completedWithErrors", 3],
  ["failed", 2],
  ["canceled", 1],
  ["timedOut", 1],
  ["executing", 10],
  ["queuing", 3],
] as const;

/**
 * Soda has no list of scans: watching 10 000 scans is 10 000 `GET /api/v1/scans/{id}` bodies,
 * shaped as the documented PublicApiScanStatusResponse (with a check per evaluated check).
 */
export function sodaPayload(): VendorPayload {
  const random = seededRandom(1);
  const bodies: string[] = [];
  const start = Date.parse("2026-03-01T00:00:00Z");
  for (let index = 0; index < payloadScanCount; index++) {
    const id = uuidFrom(random);
    const state = random.weighted(finished);
    const created = start + index * 60_000;
    const started = state === "queuing" ? null : created + 5_000 + random.integer(30_000);
    const done = !["queuing", "executing"].includes(state);
    const ended = done && started !== null ? started + 20_000 + random.integer(600_000) : null;
    const checkCount = done ? 5 + random.integer(40) : 0;
    const checks = [];
    for (let check = 0; check < checkCount; check++) {
      checks.push({
        id: uuidFrom(random),
        evaluationStatus: random.weighted([
          ["pass", 85],
          ["warn", state === "completedWithWarnings" ? 10 : 1],
          ["fail", state === "completedWithFailures" ? 10 : 0],
          ["notEvaluated", state === "completedWithErrors" ? 5 : 0],
          ["excluded", 2],
        ]),
      });
    }
    const definition = random.pick(["orders_checks", "customers_daily", "payments_freshness", "inventory_schema"]);
    bodies.push(
      JSON.stringify({
        id,
        scanDefinition: { id: `definition-${definition}`, name: definition },
        state,
        created: isoAt(created),
        submitted: isoAt(created),
        scanTime: isoAt(created - 86_400_000),
        started: started === null ? null : isoAt(started),
        ended: ended === null ? null : isoAt(ended),
        runnerId: started === null ? null : `runner-eu-${random.integer(8)}`,
        agentId: null,
        cloudUrl: `https://cloud.soda.io/scans/${id}`,
        contractDatasetCloudUrl: random.next() < 0.3 ? `https://cloud.soda.io/datasets/${uuidFrom(random)}` : null,
        checks,
        errors: checks.filter((check) => check.evaluationStatus === "notEvaluated").length,
        failures: checks.filter((check) => check.evaluationStatus === "fail").length,
        warnings: checks.filter((check) => check.evaluationStatus === "warn").length,
        postProcessingStages: done
          ? [{ name: "diagnosticWarehouse", state: "completed", started: isoAt(ended!), ended: isoAt(ended! + 4_000) }]
          : [],
      }),
    );
  }
  return { vendor: "soda", shape: "10 000 scan-status bodies (Soda has no list)", bodies, scans: payloadScanCount };
}
