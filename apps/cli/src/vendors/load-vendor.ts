import type { CommonAdapterSettings, ScanAdapter, VendorId } from "@scanstat/core";

export type VendorVariables = Readonly<Record<string, string | undefined>>;

/** One vendor's adapter package, reduced to what the CLI needs. */
export interface VendorModule {
  vendor: VendorId;
  /** Reads the vendor's variables and builds the adapter. Missing or bad credentials: ConfigError (exit 64). */
  createAdapter(variables: VendorVariables, common: CommonAdapterSettings): ScanAdapter;
}

export type VendorLoader = (vendor: VendorId) => Promise<VendorModule>;

/**
 * Each adapter package is imported only when its vendor is used: `scanstat status soda:…` never
 * parses the other three, and `--version` parses none (the bundle keeps each in its own chunk).
 */
export const loadVendor: VendorLoader = async (vendor) => {
  switch (vendor) {
    case "soda": {
      const { createSodaAdapter, readSodaEnvironment } = await import("@scanstat/soda");
      return {
        vendor,
        createAdapter: (variables, common) => createSodaAdapter({ ...readSodaEnvironment(variables), ...common }),
      };
    }
    case "projectdiscovery": {
      const { createProjectDiscoveryAdapter, readProjectDiscoveryEnvironment } = await import(
        "@scanstat/projectdiscovery"
      );
      return {
        vendor,
        createAdapter: (variables, common) =>
          createProjectDiscoveryAdapter({ ...readProjectDiscoveryEnvironment(variables), ...common }),
      };
    }
    case "telmai": {
      const { createTelmaiAdapter, readTelmaiEnvironment } = await import("@scanstat/telmai");
      return {
        vendor,
        createAdapter: (variables, common) => createTelmaiAdapter({ ...readTelmaiEnvironment(variables), ...common }),
      };
    }
    case "halo": {
      const { createHaloAdapter, readHaloEnvironment } = await import("@scanstat/halo");
      return {
        vendor,
        createAdapter: (variables, common) => createHaloAdapter({ ...readHaloEnvironment(variables), ...common }),
      };
    }
  }
};
