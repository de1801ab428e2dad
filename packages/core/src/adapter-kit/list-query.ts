import type { ListScansQuery } from "../adapter/scan-adapter.js";
import { ConfigError } from "../errors/errors.js";
import { isTerminalState, type Scan } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";

/** The vendor-neutral part of a listing: only active scans or all, and how many at most. */
export interface Listing {
  active: boolean;
  /** A whole number ≥ 1, or Infinity when the caller set no limit. */
  limit: number;
}

/**
 * Reads `active` and `limit`. A limit must be a whole number ≥ 1: 0, -1 or 2.5 is a ConfigError,
 * never "nothing" or "everything" (a -1 that lists every scan is how a typo empties a budget).
 */
export function readListing(vendor: VendorId, query: ListScansQuery = {}): Listing {
  const { limit } = query;
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1)) {
    throw new ConfigError(`${vendor} listScans: limit must be a whole number ≥ 1, got ${String(limit)}`, {
      vendor,
      operation: "listScans",
    });
  }
  return { active: query.active === true, limit: limit ?? Number.POSITIVE_INFINITY };
}

/**
 * Applies a listing to scans as they come: terminal ones are skipped when only active ones are
 * asked for, and the source is left (no further page read) once `limit` scans were given.
 */
export async function* applyListing(
  scans: AsyncIterable<Scan> | Iterable<Scan>,
  listing: Listing,
): AsyncGenerator<Scan> {
  if (listing.limit < 1) return;
  let given = 0;
  for await (const scan of scans) {
    if (listing.active && isTerminalState(scan.state)) continue;
    yield scan;
    if (++given >= listing.limit) return;
  }
}
