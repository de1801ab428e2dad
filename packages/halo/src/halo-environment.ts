/** The settings Halo's environment variables give: `HALO_API_KEY`, `HALO_BASE_URL`. */
export interface HaloEnvironmentSettings {
  apiKey?: string;
  baseUrl?: string;
}

export const haloEnvironmentVariables = { apiKey: "HALO_API_KEY", baseUrl: "HALO_BASE_URL" } as const;

/** Reads Halo's variables; empty values count as unset. Never throws: a missing key is the adapter's ConfigError. */
export function readHaloEnvironment(
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): HaloEnvironmentSettings {
  const apiKey = env[haloEnvironmentVariables.apiKey]?.trim();
  const baseUrl = env[haloEnvironmentVariables.baseUrl]?.trim();
  return { ...(apiKey ? { apiKey } : {}), ...(baseUrl ? { baseUrl } : {}) };
}
