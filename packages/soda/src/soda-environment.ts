import { ConfigError } from "@scanstat/core";
import { isSodaRegion, resolveSodaBaseUrl, type SodaRegion } from "./soda-base-url.js";

/** The settings Soda's environment variables give; credentials are checked when the adapter is created. */
export interface SodaEnvironmentSettings {
  apiKeyId?: string;
  apiKeySecret?: string;
  region?: SodaRegion;
  baseUrl?: string;
}

export const sodaEnvironmentVariables = [
  "SODA_API_KEY_ID",
  "SODA_API_KEY_SECRET",
  "SODA_REGION",
  "SODA_BASE_URL",
] as const;

function read(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * Reads `SODA_API_KEY_ID`, `SODA_API_KEY_SECRET`, `SODA_REGION` (eu | us) and `SODA_BASE_URL`.
 * Empty variables count as unset; a bad region or base URL throws ConfigError.
 */
export function readSodaEnvironment(env: Readonly<Record<string, string | undefined>>): SodaEnvironmentSettings {
  const settings: SodaEnvironmentSettings = {};
  const apiKeyId = read(env, "SODA_API_KEY_ID");
  if (apiKeyId) settings.apiKeyId = apiKeyId;
  // The secret is taken verbatim: only an empty value counts as unset.
  const apiKeySecret = env["SODA_API_KEY_SECRET"];
  if (apiKeySecret) settings.apiKeySecret = apiKeySecret;
  const region = read(env, "SODA_REGION")?.toLowerCase();
  if (region !== undefined) {
    if (!isSodaRegion(region)) {
      throw new ConfigError(`soda: SODA_REGION must be eu or us (got "${env["SODA_REGION"]?.trim()}")`, {
        vendor: "soda",
      });
    }
    settings.region = region;
  }
  const baseUrl = read(env, "SODA_BASE_URL");
  if (baseUrl) settings.baseUrl = resolveSodaBaseUrl({ baseUrl });
  return settings;
}
