import { getScans } from "../adapter/adapter-operations.js";
import type { ScanAdapter, ScanLookup } from "../adapter/scan-adapter.js";
import { ConfigError, VendorResponseError } from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import type { Scan, ScanRef } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import { toScanstatError } from "./watch-error.js";
import type { LookOutcome } from "./watch-transition.js";

export type AdapterResolver = (vendor: VendorId) => ScanAdapter | Promise<ScanAdapter>;

/** An adapter answers with anything: only what has a state and a vendor word is a scan to us. */
function isScan(value: unknown): value is Scan {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Scan).state === "string" &&
    typeof (value as Scan).vendorState === "string"
  );
}

/** The vendor's adapter, or why there is none: every failure of the resolver is a ScanstatError. */
export async function resolveVendorAdapter(
  resolveAdapter: AdapterResolver,
  vendor: VendorId,
): Promise<{ ok: true; adapter: ScanAdapter } | { ok: false; error: ScanstatError }> {
  try {
    const adapter: unknown = await resolveAdapter(vendor);
    if (typeof (adapter as ScanAdapter | undefined)?.getScan !== "function") {
      throw new ConfigError(`cannot set up ${vendor}: no adapter for it`, { vendor });
    }
    return { ok: true, adapter: adapter as ScanAdapter };
  } catch (error) {
    if (ScanstatError.isInstance(error)) return { ok: false, error };
    const said = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new ConfigError(`cannot set up ${vendor}: ${said}`, { vendor, cause: error }) };
  }
}

/** One `getScan`. Never throws: a failure is an outcome. */
export async function lookAtScan(adapter: ScanAdapter, ref: ScanRef, signal: AbortSignal): Promise<LookOutcome> {
  try {
    const found: unknown = await adapter.getScan(ref.id, { signal });
    if (isScan(found)) return { type: "scan", scan: found };
    const error = new VendorResponseError(`${ref.vendor} getScan ${ref.id}: the adapter returned no scan`, {
      vendor: ref.vendor,
      operation: "getScan",
    });
    return { type: "failure", error };
  } catch (error) {
    return { type: "failure", error: toScanstatError(error, ref, "getScan") };
  }
}

/**
 * One `getScans` for every ref, an outcome per ref in their order. Never throws: a failure of the
 * whole request is every ref's failure; a ref the answer leaves out is a bad answer for that ref.
 */
export async function lookAtScans(
  adapter: ScanAdapter,
  refs: readonly ScanRef[],
  signal: AbortSignal,
): Promise<LookOutcome[]> {
  const ids = refs.map((ref) => ref.id);
  let answer: unknown;
  try {
    answer = await getScans(adapter, ids, { signal });
  } catch (error) {
    return refs.map((ref) => ({ type: "failure", error: toScanstatError(error, ref, "getScans") }));
  }
  const lookups = Array.isArray(answer) ? (answer as ScanLookup[]) : [];
  const byId = new Map(lookups.map((lookup) => [lookup?.id, lookup]));
  return refs.map((ref, index): LookOutcome => {
    // By id; by position only when the answer has one lookup per id (an adapter that echoes no ids).
    const lookup = byId.get(ref.id) ?? (lookups.length === ids.length ? lookups[index] : undefined);
    if (lookup?.ok && isScan(lookup.scan)) return { type: "scan", scan: lookup.scan };
    if (lookup && lookup.ok === false) {
      return { type: "failure", error: toScanstatError(lookup.error, ref, "getScans") };
    }
    const error = new VendorResponseError(`${ref.vendor} getScans: no scan in the answer for ${ref.id}`, {
      vendor: ref.vendor,
      operation: "getScans",
    });
    return { type: "failure", error };
  });
}
