import { type Capability, requireCapability, type ScanAdapter, type ScanRef, type VendorId } from "@scanstat/core";
import type { CommandContext } from "./command-context.js";

/**
 * Builds every adapter the refs need before anything is sent, so missing credentials or an
 * operation a vendor lacks stop the command at once (exit 64) instead of half-way through.
 */
export async function prepareAdapters(
  context: CommandContext,
  refs: readonly ScanRef[],
  capability?: Capability,
): Promise<Map<VendorId, ScanAdapter>> {
  const vendors = [...new Set(refs.map((ref) => ref.vendor))];
  // Every vendor lacking credentials is named at once, not the first one only.
  context.requireCredentials(vendors);
  const adapters = new Map<VendorId, ScanAdapter>();
  for (const vendor of vendors) {
    const adapter = await context.adapter(vendor);
    if (capability) requireCapability(adapter, capability);
    adapters.set(vendor, adapter);
  }
  return adapters;
}
