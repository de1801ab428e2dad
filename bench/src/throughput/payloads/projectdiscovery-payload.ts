import { isoAt, seededRandom } from "./seeded-random.js";
import { payloadScanCount, type VendorPayload } from "./vendor-payload.js";

const pageSize = 100;
const goZeroTime = "0001-01-01T00:00:00Z";

/** `GET /v1/scans` pages of 100 (the vendor's maximum): the spec's ScanStatusItem with every field. */
export function projectDiscoveryPayload(): VendorPayload {
  const random = seededRandom(2);
  const bodies: string[] = [];
  const start = Date.parse("2026-03-01T00:00:00Z");
  const totalPages = Math.ceil(payloadScanCount / pageSize);
  for (let page = 0; page < totalPages; page++) {
    const data = [];
    for (let index = page * pageSize; index < Math.min(payloadScanCount, (page + 1) * pageSize); index++) {
      const status = random.weighted([
        ["finished", 70],
        ["running", 10],
        ["failed", 4],
        ["stopped", 2],
        ["queued", 4],
        ["scheduled", 5],
        ["uploaded", 5],
      ] as const);
      const created = start + index * 90_000;
      const done = ["finished", "failed", "stopped", "uploaded"].includes(status);
      const elapsedSeconds = status === "queued" || status === "scheduled" ? 0 : 30 + random.integer(7_200);
      const severity = {
        critical: random.integer(3),
        high: random.integer(8),
        medium: random.integer(20),
        low: random.integer(40),
        info: random.integer(200),
        unknown: random.integer(2),
      };
      const templateIds = Array.from({ length: 3 + random.integer(12) }, () => `template-${random.hex(10)}`);
      data.push({
        scan_id: `${random.hex(20)}`,
        status,
        scan_time_elapsed: `${Math.floor(elapsedSeconds / 60)}m${elapsedSeconds % 60}s`,
        progress: done ? 100 : status === "running" ? random.integer(100) : 0,
        failure_reason: status === "failed" ? "nuclei engine exited unexpectedly" : "",
        created_at: isoAt(created),
        updated_at: isoAt(created + elapsedSeconds * 1000),
        total_target: 1 + random.integer(500),
        completed_at: done ? isoAt(created + elapsedSeconds * 1000) : goZeroTime,
        total_scan: 1 + random.integer(3),
        total_template: templateIds.length * 40,
        name: `${random.pick(["nightly", "weekly", "adhoc", "release"])}-${random.pick(["web", "api", "edge", "vpn"])}-${index}`,
        severity,
        is_oss: random.next() < 0.1,
        is_cloud: true,
        asset_ids: Array.from({ length: 1 + random.integer(4) }, () => random.hex(24)),
        is_rescan: random.next() < 0.05,
        public_templates: templateIds.slice(0, 3).map((id) => `http/cves/2025/${id}.yaml`),
        report_config_ids: [],
        rescan_count: 0,
        scan_config_ids: random.next() < 0.3 ? [random.hex(24)] : [],
        template_ids: templateIds,
        template_urls: [],
        total_result: Object.values(severity).reduce((sum, count) => sum + count, 0),
        is_automatic: false,
        agent_id: "",
        agent_tags: [],
        agent_networks: [],
        agent_behavior: "distribute",
        is_internal: false,
      });
    }
    bodies.push(
      JSON.stringify({
        message: "ok",
        current_page: page + 1,
        result_count: data.length,
        total_results: payloadScanCount,
        total_pages: totalPages,
        data,
      }),
    );
  }
  return { vendor: "projectdiscovery", shape: "100 pages × 100 of GET /v1/scans", bodies, scans: payloadScanCount };
}
