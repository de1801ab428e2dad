import type { ListScansQuery } from "../adapter/scan-adapter.js";
import { ConfigError } from "../errors/errors.js";
import { isTerminalState, type Scan } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import { type OptionValue, readOptionValues } from "./option-values.js";
import type { VendorManifest } from "./vendor-manifest.js";

/** What `readListing` reads a query against: a manifest (its filters), or a vendor with none. */
export type ListingSpec = Pick<VendorManifest, "vendor" | "listFilters">;

/** A listing, read: only active scans or all, how many at most, and the vendor's filters. */
export interface Listing {
  active: boolean;
  /** A whole number ≥ 1, or Infinity when the caller set no limit. */
  limit: number;
  /** The query's filters by key, each read by its spec's type. */
  filters: Readonly<Record<string, OptionValue>>;
}

/**
 * Reads `active`, `limit` and the filters. A limit must be a whole number ≥ 1: 0, -1 or 2.5 is a
 * ConfigError, never "nothing" or "everything" (a -1 that lists every scan is how a typo empties a
 * budget). A filter the spec does not list, or a bad value, is a ConfigError too.
 */
export function readListing(spec: ListingSpec | VendorId, query: ListScansQuery = {}): Listing {
  const { vendor, listFilters } = typeof spec === "string" ? { vendor: spec, listFilters: [] } : spec;
  const { limit } = query;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1)) {
    throw new ConfigError(`${vendor} listScans: limit must be a whole number ≥ 1, got ${String(limit)}`, {
      vendor,
      operation: "listScans",
    });
  }
  const filters = readOptionValues(
    listFilters.map((filter) => ({ ...filter, repeatable: false })),
    query.filters ?? {},
    {
      vendor,
      operation: "listScans",
      noun: "list filter",
      fail: (message, options) => new ConfigError(message, options),
    },
  ) as Record<string, OptionValue>;
  return { active: query.active === true, limit: limit ?? Number.POSITIVE_INFINITY, filters };
}

/**
 * Applies a listing to scans as they come: terminal ones are skipped when only active ones are
 * asked for, and the source is left (no further page read) once `limit` scans were given.
 */
export async function* applyListing(
  scans: AsyncIterable<Scan> | Iterable<Scan>,
  listing: Pick<Listing, "active" | "limit">,
): AsyncGenerator<Scan> {
  if (listing.limit < 1) return;
  let given = 0;
  for await (const scan of scans) {
    if (listing.active && isTerminalState(scan.state)) continue;
    yield scan;
    if (++given >= listing.limit) return;
  }
}
