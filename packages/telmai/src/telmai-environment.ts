import { ConfigError } from "@scanstat/core";
import { normalizeTelmaiBaseUrl } from "./client/telmai-base-url.js";

/** The variables Telmai's settings come from (for `scanstat vendors`: which are set, never their values). */
export const telmaiEnvironmentVariables = ["TELMAI_BASE_URL", "TELMAI_TOKEN"] as const;

export interface TelmaiEnvironmentSettings {
  baseUrl: string;
  token: string;
}

/**
 * Reads `TELMAI_BASE_URL` (required: every deployment has its own host) and `TELMAI_TOKEN`
 * (an Entra ID bearer token; a pasted `Bearer ` prefix is dropped). Missing or malformed
 * values are a ConfigError naming the variables; nothing is ever sent to a guessed host.
 */
export function readTelmaiEnvironment(
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): TelmaiEnvironmentSettings {
  const baseUrl = env.TELMAI_BASE_URL?.trim();
  const token = env.TELMAI_TOKEN?.trim().replace(/^bearer\s+/i, "");
  const missing = telmaiEnvironmentVariables.filter((name) => !(name === "TELMAI_TOKEN" ? token : baseUrl));
  if (missing.length > 0) {
    throw new ConfigError(`telmai: ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set`, {
      vendor: "telmai",
    });
  }
  return { baseUrl: normalizeTelmaiBaseUrl(baseUrl), token: token! };
}
