import type { Scan } from "@scanstat/core";
import { mapSodaScanState } from "./map-soda-scan-state.js";
import type { SodaScanStatus } from "../client/soda-api-types.js";
import { resultForSodaScan } from "./soda-scan-result.js";

/**
 * What soda-core does with an `X-Soda-Next-Poll-Time` it cannot parse: it waits 60 s
 * (sodadata/soda-core, soda-core/src/soda_core/common/soda_cloud.py, `_poll_remote_scan_finished`:
 * `if isinstance(next_poll_time, datetime): … else: time_to_wait_in_seconds = 60`). An absent or
 * empty header is no hint (soda-core then waits its default 5 s; scanstat's waiter uses its backoff).
 */
const sodaUnparsablePollTimeWaitMs = 60_000;

function isoUtc(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Soda's status payload (and its `X-Soda-Next-Poll-Time` header) → a Scan. `id` is the id the
 * caller asked for; the vendor word is kept verbatim in `vendorState`, the payload in `raw`.
 * `now` (ms) places the 60 s wait of a hint that does not parse.
 */
export function mapSodaScan(id: string, status: SodaScanStatus, nextPollTime?: string, now = Date.now()): Scan {
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
  if (verdict) scan.result = resultForSodaScan(status.state, verdict, status);
  if (nextPollTime?.trim()) {
    scan.nextPollAt = isoUtc(nextPollTime) ?? new Date(now + sodaUnparsablePollTimeWaitMs).toISOString();
  }
  return scan;
}
