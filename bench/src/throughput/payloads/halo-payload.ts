import { seededRandom } from "./seeded-random.js";
import { payloadScanCount, type VendorPayload } from "./vendor-payload.js";

const pageSize = 1000;

/** Halo's "YYYY-MM-DD HH:MM" dates. */
function haloDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * `scan/inprogress-list.json` pages of 1000 (the vendor's maximum): the list a watch reads each
 * round, with the documented envelope `{request, pagination, list}`.
 */
export function haloPayload(): VendorPayload {
  const random = seededRandom(4);
  const bodies: string[] = [];
  const start = Date.parse("2026-03-01T00:00:00Z");
  for (let page = 0; page < payloadScanCount / pageSize; page++) {
    const list = [];
    for (let index = page * pageSize; index < (page + 1) * pageSize; index++) {
      const duration = random.integer(7_200);
      const targetId = 1 + random.integer(5_000);
      const running = random.next() < 0.8;
      list.push({
        date: haloDate(start + index * 60_000),
        duration,
        status_display: running ? random.pick(["Server - Running", "Web - Running", "Firewall - Running"]) : "Queued",
        target_name: `host-${targetId}.example.com`,
        target_id: targetId,
        scan_id: `202603${String(index).padStart(6, "0")}TI${random.hex(16)}`,
        duration_display: `${Math.floor(duration / 3600)}h ${Math.floor((duration % 3600) / 60)}m`,
        status: running ? 3 : 1,
      });
    }
    bodies.push(
      JSON.stringify({
        request: { sort: 0, sort_desc: 0, start: page * pageSize, limit: pageSize },
        pagination: { total: payloadScanCount, start: page * pageSize, limit: pageSize },
        list,
      }),
    );
  }
  return { vendor: "halo", shape: "10 pages × 1000 of scan/inprogress-list.json", bodies, scans: payloadScanCount };
}
