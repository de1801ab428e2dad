import { ScanstatError } from "../errors/scanstat-error.js";
import { UnsupportedOperationError } from "../errors/errors.js";
import type { ScanRef } from "../model/scan.js";
import type {
  AdapterCapabilities,
  CallOptions,
  Capability,
  ListScansQuery,
  LogLine,
  ScanAdapter,
  ScanLookup,
  TriggerInput,
} from "./scan-adapter.js";

const capabilityWords: Record<Capability, string> = {
  trigger: "trigger scans",
  cancel: "cancel scans",
  list: "list scans",
  logs: "stream scan logs",
  batchGet: "read many scans in one request",
};

/** Throws UnsupportedOperationError unless the adapter declares the capability. */
export function requireCapability(adapter: ScanAdapter, capability: Capability): void {
  if (!adapter.capabilities[capability]) {
    throw new UnsupportedOperationError(`${adapter.vendor} cannot ${capabilityWords[capability]}`, {
      vendor: adapter.vendor,
    });
  }
}

function implemented<K extends keyof ScanAdapter>(
  adapter: ScanAdapter,
  capability: keyof AdapterCapabilities,
  method: K,
): NonNullable<ScanAdapter[K]> {
  requireCapability(adapter, capability);
  const fn = adapter[method];
  if (typeof fn !== "function") {
    throw new UnsupportedOperationError(`${adapter.vendor} declares "${capability}" but does not implement ${method}`, {
      vendor: adapter.vendor,
    });
  }
  return (fn as (...args: unknown[]) => unknown).bind(adapter) as NonNullable<ScanAdapter[K]>;
}

export function triggerScan(adapter: ScanAdapter, input: TriggerInput, options?: CallOptions): Promise<ScanRef> {
  return implemented(adapter, "trigger", "triggerScan")(input, options);
}

export function cancelScan(adapter: ScanAdapter, id: string, options?: CallOptions): Promise<void> {
  return implemented(adapter, "cancel", "cancelScan")(id, options);
}

export function listScans(adapter: ScanAdapter, query?: ListScansQuery, options?: CallOptions) {
  return implemented(adapter, "list", "listScans")(query, options);
}

export function getLogs(adapter: ScanAdapter, id: string, options?: CallOptions): AsyncIterable<LogLine> {
  return implemented(adapter, "logs", "getLogs")(id, options);
}

/**
 * Reads many scans: in one batch where the adapter can, else one `getScan` each (errors become
 * entries, not rejections, so one missing scan does not hide the others).
 */
export async function getScans(
  adapter: ScanAdapter,
  ids: readonly string[],
  options?: CallOptions,
): Promise<ScanLookup[]> {
  if (adapter.capabilities.batchGet && typeof adapter.getScans === "function") {
    return adapter.getScans(ids, options);
  }
  return Promise.all(
    ids.map(async (id): Promise<ScanLookup> => {
      try {
        return { id, ok: true, scan: await adapter.getScan(id, options) };
      } catch (error) {
        if (ScanstatError.isInstance(error)) return { id, ok: false, error };
        throw error;
      }
    }),
  );
}
