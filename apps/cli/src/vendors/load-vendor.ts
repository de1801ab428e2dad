import type { CommonAdapterSettings, RateLimit, ScanAdapter, VendorId } from "@scanstat/core";

export type VendorVariables = Readonly<Record<string, string | undefined>>;

/** One vendor's adapter package, reduced to what the CLI needs. */
export interface VendorModule {
  vendor: VendorId;
  /** Reads the vendor's variables and builds the adapter. Missing or bad credentials: ConfigError (exit 64). */
  createAdapter(variables: VendorVariables, common: CommonAdapterSettings): ScanAdapter;
  /** The budget of each rate class before any override: documented, or scanstat's default. */
  defaultRateLimits: Readonly<Record<string, RateLimit>>;
}

export type VendorLoader = (vendor: VendorId) => Promise<VendorModule>;

/**
 * Each adapter package is imported only when its vendor is used: `scanstat status soda:…` never
 * parses the other three, and `--version` parses none (the bundle keeps each in its own chunk).
 */
export const loadVendor: VendorLoader = async (vendor) => {
  switch (vendor) {
    case "soda": {
      const { createSodaAdapter, readSodaEnvironment, sodaRateLimits } = await import("@scanstat/soda");
      return {
        vendor,
        defaultRateLimits: sodaRateLimits,
        createAdapter: (variables, common) => createSodaAdapter({ ...readSodaEnvironment(variables), ...common }),
      };
    }
    case "projectdiscovery": {
      const { createProjectDiscoveryAdapter, projectDiscoveryDefaultRateLimits, readProjectDiscoveryEnvironment } =
        await import("@scanstat/projectdiscovery");
      return {
        vendor,
        defaultRateLimits: projectDiscoveryDefaultRateLimits,
        createAdapter: (variables, common) =>
          createProjectDiscoveryAdapter({ ...readProjectDiscoveryEnvironment(variables), ...common }),
      };
    }
    case "telmai": {
      const { createTelmaiAdapterFromEnvironment, telmaiDefaultRateLimits } = await import("@scanstat/telmai/select");
      return {
        vendor,
        // Both products budget `trigger` and `read` alike (classic's `auth` class serves logins, which the CLI does not use).
        defaultRateLimits: telmaiDefaultRateLimits,
        // TELMAI_API_KEY + TELMAI_TENANT reach Telmai classic, TELMAI_TOKEN Telmai for Fabric; TELMAI_API forces one.
        createAdapter: (variables, common) => createTelmaiAdapterFromEnvironment(variables, common),
      };
    }
    case "halo": {
      const { createHaloAdapter, haloDefaultRateLimits, readHaloEnvironment } = await import("@scanstat/halo");
      return {
        vendor,
        defaultRateLimits: haloDefaultRateLimits,
        createAdapter: (variables, common) => createHaloAdapter({ ...readHaloEnvironment(variables), ...common }),
      };
    }
  }
};
