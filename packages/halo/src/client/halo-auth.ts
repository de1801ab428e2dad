import { type HttpAuth, requireHeaderSafeCredential } from "@scanstat/core";

/** FNV-1a: a short, stable, non-reversible name for a key (rate budgets are per credential). */
function fingerprintOf(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** Halo authenticates every call with the `x-apikey` header. */
export function createHaloAuth(apiKey: string): HttpAuth {
  // A key the header cannot carry is a configuration error now, not a network error at the first request.
  requireHeaderSafeCredential(apiKey, { vendor: "halo", variable: "HALO_API_KEY" });
  return {
    headers: () => ({ "x-apikey": apiKey }),
    secrets: () => [apiKey],
    fingerprint: () => `apikey-${fingerprintOf(apiKey)}`,
  };
}
