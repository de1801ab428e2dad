import type { CallOptions, CommonAdapterSettings, RateLimit, ScanAdapter, VendorId } from "@scanstat/core";

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
}

export type VendorLoader = (vendor: VendorId) => Promise<VendorModule>;

/**
 * Each adapter package is imported only when its vendor is used: `scanstat status soda:…` never
 * parses the other three, and `--version` parses none (the bundle keeps each in its own chunk).
 */
export const loadVendor: VendorLoader = async (vendor) => {
  switch (vendor) {
    case "soda": {
      const { createSodaAdapter, createSodaClient, readSodaEnvironment, sodaDefaultRateLimits } = await import(
        "@scanstat/soda"
      );
      return {
        vendor,
        defaultRateLimits: sodaDefaultRateLimits,
        createAdapter: (variables, common) => createSodaAdapter({ ...readSodaEnvironment(variables), ...common }),
        async checkCredentials(variables, common, options) {
          const settings = readSodaEnvironment(variables);
          const client = createSodaClient({
            ...settings,
            ...common,
            apiKeyId: settings.apiKeyId ?? "",
            apiKeySecret: settings.apiKeySecret ?? "",
          });
          const answer = await client.testLogin(options);
          return answer.organisationName ? `organisation "${answer.organisationName}"` : undefined;
        },
      };
    }
    case "projectdiscovery": {
      const {
        createProjectDiscoveryAdapter,
        createProjectDiscoveryClient,
        projectDiscoveryDefaultRateLimits,
        readProjectDiscoveryEnvironment,
      } = await import("@scanstat/projectdiscovery");
      return {
        vendor,
        defaultRateLimits: projectDiscoveryDefaultRateLimits,
        createAdapter: (variables, common) =>
          createProjectDiscoveryAdapter({ ...readProjectDiscoveryEnvironment(variables), ...common }),
        async checkCredentials(variables, common, options) {
          // A one-item scans list: the cheapest read the key's scan permission allows.
          const client = createProjectDiscoveryClient({ ...readProjectDiscoveryEnvironment(variables), ...common });
          await client.listScans({ limit: 1 }, options);
          return undefined;
        },
      };
    }
    case "telmai": {
      const { checkTelmaiCredentials, createTelmaiAdapterFromEnvironment, telmaiDefaultRateLimits } = await import(
        "@scanstat/telmai/select"
      );
      return {
        vendor,
        // Both products budget `trigger` and `read` alike (classic's `auth` class serves logins, which the CLI does not use).
        defaultRateLimits: telmaiDefaultRateLimits,
        // TELMAI_API_KEY + TELMAI_TENANT reach Telmai classic, TELMAI_TOKEN Telmai for Fabric; TELMAI_API forces one.
        createAdapter: (variables, common) => createTelmaiAdapterFromEnvironment(variables, common),
        // Classic: an empty window of incidents; Fabric: one asset's scan status (a read every role may make).
        checkCredentials: (variables, common, options) => checkTelmaiCredentials(variables, common, options),
      };
    }
    case "halo": {
      const { createHaloAdapter, createHaloClient, haloDefaultRateLimits, readHaloEnvironment } = await import(
        "@scanstat/halo"
      );
      return {
        vendor,
        defaultRateLimits: haloDefaultRateLimits,
        createAdapter: (variables, common) => createHaloAdapter({ ...readHaloEnvironment(variables), ...common }),
        async checkCredentials(variables, common, options) {
          const answer = await createHaloClient({ ...readHaloEnvironment(variables), ...common }).getCurrentUser(
            options,
          );
          const who = answer.user?.email || answer.user?.name;
          return who ? `user ${who}` : undefined;
        },
      };
    }
  }
};
