import { ConfigError } from "@scanstat/core";
import { normalizeTelmaiBaseUrl } from "../client/telmai-base-url.js";
import type { TelmaiClassicCredentials } from "./client/telmai-classic-auth.js";

/** The variables classic settings come from. */
export const telmaiClassicEnvironmentVariables = ["TELMAI_BASE_URL", "TELMAI_API_KEY", "TELMAI_TENANT"] as const;

export interface TelmaiClassicEnvironmentSettings {
  baseUrl: string;
  tenant: string;
  credentials: TelmaiClassicCredentials;
}

/**
 * Reads `TELMAI_BASE_URL` (your deployment: `https://{telmai_endpoint}`), `TELMAI_API_KEY` (sent
 * as `X-TLM-Key`) and `TELMAI_TENANT` (in every path). Missing values are one ConfigError naming
 * them all (exit 64); nothing is sent to a guessed host or tenant.
 */
export function readTelmaiClassicEnvironment(
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): TelmaiClassicEnvironmentSettings {
  const value = (name: string) => env[name]?.trim() || undefined;
  const missing = telmaiClassicEnvironmentVariables.filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    const why = missing.includes("TELMAI_TENANT") ? " (the tenant id is in your Telmai app's URL)" : "";
    throw new ConfigError(
      `telmai classic: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set${why}`,
      { vendor: "telmai" },
    );
  }
  return {
    baseUrl: normalizeTelmaiBaseUrl(value("TELMAI_BASE_URL")),
    tenant: value("TELMAI_TENANT")!,
    credentials: { apiKey: value("TELMAI_API_KEY")! },
  };
}
