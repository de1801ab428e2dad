import { pageCapError } from "@scanstat/core";
import type { HaloPagination } from "./halo-schemas.js";

export interface HaloPage<Item> {
  list: Item[];
  pagination?: HaloPagination;
}

/** Halo's default page size, and the largest it allows. */
export const haloDefaultPageSize = 100;
export const haloMaxPageSize = 1000;

/** Pages one read may take: 100,000 scans at Halo's largest page, far beyond any account's list. */
const haloMaxPages = 100;

/**
 * Walks Halo's `start` / `limit` paging. With `pagination.total` it stops at the total; with a
 * body that has only `list` (the page's examples) it stops at the first short page. Items are
 * keyed so that a list that shifts between pages, or a server that ignores `start`, never
 * yields one twice nor loops forever. A list that keeps sending new items stops at `maxPages`
 * with a VendorResponseError naming `operation`.
 */
export async function* paginateHalo<Item>(
  fetchPage: (start: number, limit: number) => Promise<HaloPage<Item>>,
  keyOf: (item: Item) => string,
  options: { start?: number; limit?: number; maxPages?: number; operation?: string } = {},
): AsyncGenerator<Item> {
  const limit = options.limit ?? haloDefaultPageSize;
  const maxPages = options.maxPages ?? haloMaxPages;
  const seen = new Set<string>();
  let start = options.start ?? 0;
  for (let pages = 0; ; pages++) {
    if (pages >= maxPages) throw pageCapError("halo", options.operation ?? "list", pages);
    const page = await fetchPage(start, limit);
    let fresh = 0;
    for (const item of page.list) {
      const key = keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      fresh++;
      yield item;
    }
    start += page.list.length;
    const total = page.pagination?.total;
    const pageSize = page.pagination?.limit ?? limit;
    if (page.list.length === 0 || fresh === 0) return;
    if (total !== undefined ? start >= total : page.list.length < pageSize) return;
  }
}
