import { type CallOptions, type Scan, type ScanLookup, ScanstatError } from "@scanstat/core";
import type { ProjectDiscoveryClient, ProjectDiscoveryListScansQuery } from "../client/projectdiscovery-client.js";
import type { ProjectDiscoveryScan } from "../client/projectdiscovery-schemas.js";

const pageSize = 100;

interface FindProjectDiscoveryScansContext {
  client: ProjectDiscoveryClient;
  toScan(item: ProjectDiscoveryScan): Scan;
  getScan(id: string, options?: CallOptions): Promise<Scan>;
}

/**
 * Many scans with few requests. The list endpoint has no id filter, so:
 * 1. newest first, unfiltered: a few pages find scans started lately, whatever their state;
 * 2. `status=running`: long-running scans (and rescans of old ones) sit deep in the created-at
 *    order, but the running list is short;
 * 3. one `GET /v1/scans/{id}` for each id still missing (old scans, or none at all: ok:false;
 *    an empty id is refused there too).
 * Items are matched by `scan_id` only: a filter the server ignored or a page that shifted cannot
 * attach the wrong scan to an id. A list is skipped when it could not save a request.
 */
export async function findProjectDiscoveryScans(
  ids: readonly string[],
  context: FindProjectDiscoveryScansContext,
  options?: CallOptions,
): Promise<ScanLookup[]> {
  const pending = new Set(ids.map((id) => id.trim()));
  const answers = new Map<string, ScanLookup>();

  async function pass(query: Omit<ProjectDiscoveryListScansQuery, "limit">): Promise<void> {
    if (pending.size < 2) return;
    const maxPages = Math.ceil(pending.size / pageSize) + 1;
    let pages = 0;
    for await (const page of context.client.listScanPages(query, { ...options, pageSize })) {
      for (const item of page.data ?? []) {
        if (!pending.has(item.scan_id)) continue;
        pending.delete(item.scan_id);
        answers.set(item.scan_id, { id: item.scan_id, ok: true, scan: context.toScan(item) });
      }
      pages++;
      if (pending.size === 0 || pages >= maxPages) return;
    }
  }

  await pass({ sort_desc: "created_at" });
  await pass({ status: "running", sort_desc: "created_at" });

  await Promise.all(
    [...pending].map(async (id) => {
      try {
        answers.set(id, { id, ok: true, scan: await context.getScan(id, options) });
      } catch (error) {
        if (!ScanstatError.isInstance(error)) throw error;
        answers.set(id, { id, ok: false, error });
      }
    }),
  );
  // Same order as asked, duplicates included, each entry under the id as the caller wrote it.
  return ids.map((id) => ({ ...answers.get(id.trim())!, id }));
}
