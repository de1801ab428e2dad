import { ConfigError } from "@scanstat/core";

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
 * The API origin to call: `baseUrl` when given (a proxy's path prefix is kept), else the region's
 * host (EU by default). Throws ConfigError for a base URL that is not http(s).
 *
 * Not yet the kit's `normalizeBaseUrl` (https, http only on loopback): the CLI's in-process test
 * runtime serves Soda at `http://soda.simulated.test`, which that rule refuses. Once the runtime
 * uses https there, this becomes `normalizeBaseUrl(baseUrl, { vendor: "soda", variable: "SODA_BASE_URL" })`.
 */
export function resolveSodaBaseUrl(settings: {
  baseUrl?: string | undefined;
  region?: SodaRegion | undefined;
}): string {
  if (settings.baseUrl !== undefined && settings.baseUrl.trim() !== "") {
    const baseUrl = settings.baseUrl.trim();
    if (!/^https?:$/.test(URL.parse(baseUrl)?.protocol ?? "")) {
      throw new ConfigError(`soda: base URL "${baseUrl}" is not an http(s) URL (SODA_BASE_URL)`, { vendor: "soda" });
    }
    return baseUrl.replace(/\/+$/, "");
  }
  const region = settings.region ?? "eu";
  if (!isSodaRegion(region)) {
    throw new ConfigError(`soda: unknown region "${String(region)}": expected eu or us (SODA_REGION)`, {
      vendor: "soda",
    });
  }
  return sodaBaseUrls[region];
}
