import { type Clock, listScans, type ScanAdapter, type ScanRef, type VendorId } from "@scanstat/core";

export interface WatchActiveScansOptions {
  vendors: readonly VendorId[];
  intervalMs: number;
  clock: Clock;
  signal: AbortSignal;
  adapter: (vendor: VendorId) => Promise<ScanAdapter>;
  /** Scans found active; the board adds the ones it does not have. */
  found: (refs: ScanRef[]) => void;
  /** A vendor that could not be asked this round (the next round asks again). */
  problem: (vendor: VendorId, error: unknown) => void;
  /** Scans asked for per vendor and round. Default 100. */
  limit?: number;
}

/** Asks each vendor for its active scans now and then every `intervalMs`, until the signal aborts. */
export async function watchActiveScans(options: WatchActiveScansOptions): Promise<void> {
  const { clock, signal } = options;
  while (!signal.aborted) {
    await Promise.all(
      options.vendors.map(async (vendor) => {
        try {
          const adapter = await options.adapter(vendor);
          const refs: ScanRef[] = [];
          for await (const scan of listScans(adapter, { active: true, limit: options.limit ?? 100 }, { signal })) {
            refs.push(scan.ref);
          }
          if (!signal.aborted) options.found(refs);
        } catch (error) {
          if (!signal.aborted) options.problem(vendor, error);
        }
      }),
    );
    try {
      await clock.sleep(options.intervalMs, signal);
    } catch {
      return;
    }
  }
}
