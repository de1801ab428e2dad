import { credentialFingerprint, type HttpAuth, requireHeaderSafeCredential } from "@scanstat/core";

/** Halo authenticates every call with the `x-apikey` header. */
export function createHaloAuth(apiKey: string): HttpAuth {
  // A key the header cannot carry is a configuration error now, not a network error at the first request.
  requireHeaderSafeCredential(apiKey, { vendor: "halo", variable: "HALO_API_KEY" });
  return {
    headers: () => ({ "x-apikey": apiKey }),
    secrets: () => [apiKey],
    fingerprint: () => `apikey-${credentialFingerprint(apiKey)}`,
  };
}
