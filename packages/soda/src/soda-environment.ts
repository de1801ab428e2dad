import { ConfigError } from "@scanstat/core";
import { type EnvironmentVariables, readEnvironment } from "@scanstat/core/adapter-kit";
import { manifest } from "./manifest.js";
import { isSodaRegion, resolveSodaBaseUrl, type SodaRegion } from "./client/soda-base-url.js";

/** The settings Soda's environment variables give. */
export interface SodaEnvironmentSettings {
  apiKeyId: string;
  apiKeySecret: string;
  region?: SodaRegion;
  baseUrl?: string;
}

/**
 * Reads the variables the manifest names (`SODA_API_KEY_ID`, `SODA_API_KEY_SECRET`, `SODA_REGION`
 * eu | us, `SODA_BASE_URL`). Empty variables count as unset; missing credentials, a bad region or
 * a bad base URL throw ConfigError.
 */
export function readSodaEnvironment(variables: EnvironmentVariables): SodaEnvironmentSettings {
  const read = readEnvironment("soda", manifest.environment, variables);
  const settings: SodaEnvironmentSettings = { apiKeyId: read["apiKeyId"]!, apiKeySecret: read["apiKeySecret"]! };
  const region = read["region"]?.toLowerCase();
  if (region !== undefined) {
    if (!isSodaRegion(region)) {
      throw new ConfigError(`soda: SODA_REGION must be eu or us (got "${read["region"]}")`, { vendor: "soda" });
    }
    settings.region = region;
  }
  if (read["baseUrl"] !== undefined) settings.baseUrl = resolveSodaBaseUrl({ baseUrl: read["baseUrl"] });
  return settings;
}
