import type { CallOptions, CommonAdapterSettings, RateLimit, ScanAdapter, VendorId } from "@scanstat/core";
import type { VendorPlugin } from "@scanstat/core/adapter-kit";
import { registryEntryOf, type VendorRegistry, vendorRegistry } from "./vendor-registry.js";

export type VendorVariables = Readonly<Record<string, string | undefined>>;

/** One vendor's adapter package, reduced to what the CLI needs. */
export interface VendorModule {
  vendor: VendorId;
  /** Reads the vendor's variables and builds the adapter. Missing or bad credentials: ConfigError (exit 64). */
  createAdapter(variables: VendorVariables, common: CommonAdapterSettings): ScanAdapter;
  /** The budget of each rate class before any override: documented, or scanstat's default. */
  defaultRateLimits: Readonly<Record<string, RateLimit>>;
  /**
   * `vendors --check`: one documented read-only call that proves the credentials work (never a
   * POST, never a trigger). Resolves to what the vendor says about the account, when it says it.
   */
  checkCredentials(
    variables: VendorVariables,
    common: CommonAdapterSettings,
    options: CallOptions,
  ): Promise<string | undefined>;
  /** `serve`'s `POST /hooks/<vendor>`: the scans a payload names, where the vendor's package reads them. */
  readWebhook?: VendorPlugin["readWebhook"];
}

export type VendorLoader = (vendor: VendorId) => Promise<VendorModule>;

/**
 * Each adapter package is imported only when its vendor is used: `scanstat status soda:…` never
 * parses the other three, and `--version` parses none (the bundle keeps each in its own chunk).
 */
export function createVendorLoader(registry: VendorRegistry = vendorRegistry): VendorLoader {
  return async (vendor) => {
    const { plugin } = await registryEntryOf(vendor, registry).loadPlugin();
    return {
      vendor,
      defaultRateLimits: plugin.manifest.rateLimits.classes,
      createAdapter: (variables, common) => plugin.createAdapter(variables, common),
      checkCredentials: (variables, common, options) => plugin.checkCredentials(variables, common, options),
      ...(plugin.readWebhook ? { readWebhook: plugin.readWebhook.bind(plugin) } : {}),
    };
  };
}

export const loadVendor: VendorLoader = createVendorLoader();
