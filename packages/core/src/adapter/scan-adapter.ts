import type { ScanstatError } from "../errors/scanstat-error.js";
import type { Scan, ScanRef } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";

/** What an adapter can do beyond `getScan`. The core checks these before it calls. */
export interface AdapterCapabilities {
  trigger: boolean;
  cancel: boolean;
  list: boolean;
  logs: boolean;
  /** `getScans(ids)` answers many scans with fewer requests than one per scan. */
  batchGet: boolean;
}

export type Capability = keyof AdapterCapabilities;

/** At most `requests` in any sliding window of `windowMs`. */
export interface RateLimit {
  requests: number;
  windowMs: number;
  /** False when the vendor publishes no limit and this is scanstat's conservative default. */
  documented: boolean;
}

export type AdapterOperation = "getScan" | "getScans" | "triggerScan" | "cancelScan" | "listScans" | "getLogs";

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * What starts a scan, as data: option key → value, the keys a vendor's manifest lists under
 * `trigger.options`. Each adapter checks it against its manifest (`parseTriggerInput` in the
 * adapter kit) and reads it into its own typed input; core gives the keys no meaning.
 */
export type TriggerInput = Readonly<Record<string, unknown>>;

export interface ListScansQuery {
  /** Only scans that are not terminal. */
  active?: boolean;
  /** Stop after this many scans. */
  limit?: number;
  /** Vendor filters by key, the keys a vendor's manifest lists under `listFilters`; any other key is refused. */
  filters?: Readonly<Record<string, string>>;
}

export interface LogLine {
  timestamp?: string;
  level?: string;
  message: string;
}

export type ScanLookup = { id: string; ok: true; scan: Scan } | { id: string; ok: false; error: ScanstatError };

/**
 * The contract every vendor adapter implements. Adapters map vendor data and classify errors;
 * polling, retry, rate limiting and timeouts are the core's.
 */
export interface ScanAdapter {
  readonly vendor: VendorId;
  readonly capabilities: AdapterCapabilities;
  /** The vendor's rate limits per operation (documented, or scanstat's default when not). */
  readonly rateLimits: Readonly<Partial<Record<AdapterOperation, RateLimit>>>;

  getScan(id: string, options?: CallOptions): Promise<Scan>;
  /** Same order as `ids`; a scan that cannot be read is an entry with `ok: false`. */
  getScans?(ids: readonly string[], options?: CallOptions): Promise<ScanLookup[]>;
  /** Returns the new scan's ref; never repeats a request the vendor may have acted on. */
  triggerScan?(input: TriggerInput, options?: CallOptions): Promise<ScanRef>;
  cancelScan?(id: string, options?: CallOptions): Promise<void>;
  listScans?(query?: ListScansQuery, options?: CallOptions): AsyncIterable<Scan>;
  getLogs?(id: string, options?: CallOptions): AsyncIterable<LogLine>;
}
