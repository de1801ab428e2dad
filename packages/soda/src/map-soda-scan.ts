import { completeEvidence, type Scan } from "@scanstat/core";
import { countSodaChecks } from "./count-soda-checks.js";
import { mapSodaScanState } from "./map-soda-scan-state.js";
import type { SodaScanStatus } from "./soda-api-types.js";

function isoUtc(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Soda's status payload (and its `X-Soda-Next-Poll-Time` header) → a Scan. `id` is the id the
 * caller asked for; the vendor word is kept verbatim in `vendorState`, the payload in `raw`.
 */
export function mapSodaScan(id: string, status: SodaScanStatus, nextPollTime?: string): Scan {
  const { state, verdict } = mapSodaScanState(status.state);
  const scan: Scan = { ref: { vendor: "soda", id }, state, vendorState: status.state, raw: status };
  const name = status.scanDefinition?.name || status.scanDefinition?.id;
  if (name) scan.name = name;
  const createdAt = isoUtc(status.created) ?? isoUtc(status.submitted);
  if (createdAt) scan.createdAt = createdAt;
  const startedAt = isoUtc(status.started);
  if (startedAt) scan.startedAt = startedAt;
  const finishedAt = isoUtc(status.ended);
  if (finishedAt) scan.finishedAt = finishedAt;
  if (status.cloudUrl) scan.url = status.cloudUrl;
  if (verdict) {
    const checks = countSodaChecks(status);
    const evidence = completeEvidence("checks");
    scan.result = checks ? { verdict, evidence, checks } : { verdict, evidence };
  }
  // A hint only: ignored when it does not parse (soda-core does the same).
  const nextPollAt = isoUtc(nextPollTime);
  if (nextPollAt) scan.nextPollAt = nextPollAt;
  return scan;
}
