import { ConfigError } from "@scanstat/core";
import { normalizeBaseUrl } from "@scanstat/core/adapter-kit";

export type SodaRegion = "eu" | "us";

/** Soda Cloud's hosts (the OpenAPI `servers`). */
const sodaBaseUrls: Readonly<Record<SodaRegion, string>> = {
  eu: "https://cloud.soda.io",
  us: "https://cloud.us.soda.io",
};

export function isSodaRegion(value: string): value is SodaRegion {
  return Object.hasOwn(sodaBaseUrls, value);
}

/**
 * The API origin to call: `baseUrl` when given (checked by the kit, as for every vendor; a proxy's
 * path prefix is kept), else the region's host (EU by default).
 */
export function resolveSodaBaseUrl(settings: {
  baseUrl?: string | undefined;
  region?: SodaRegion | undefined;
}): string {
  if (settings.baseUrl?.trim()) {
    return normalizeBaseUrl(settings.baseUrl, { vendor: "soda", variable: "SODA_BASE_URL" });
  }
  const region = settings.region ?? "eu";
  if (!isSodaRegion(region)) {
    throw new ConfigError(`soda: unknown region "${String(region)}": expected eu or us (SODA_REGION)`, {
      vendor: "soda",
    });
  }
  return sodaBaseUrls[region];
}
