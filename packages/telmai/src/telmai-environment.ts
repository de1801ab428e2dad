import { ConfigError } from "@scanstat/core";
import { type EnvironmentVariables, readEnvironment } from "@scanstat/core/adapter-kit";
import { normalizeTelmaiBaseUrl } from "./client/telmai-base-url.js";
import { manifest } from "./manifest.js";

// The required ones: TELMAI_API, TELMAI_API_KEY and TELMAI_TENANT are the product choice's and
// classic's (`@scanstat/telmai/select`), never Fabric's.
const fabricVariables = manifest.environment.filter((variable) => variable.required);

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
  env: EnvironmentVariables = globalThis.process?.env ?? {},
): TelmaiEnvironmentSettings {
  const { baseUrl, token } = readEnvironment("telmai", fabricVariables, env);
  // `Bearer` alone is no token: said as the kit says a missing variable.
  const bare = token?.replace(/^bearer\s+/i, "").trim();
  if (!bare) throw new ConfigError("telmai: TELMAI_TOKEN is not set", { vendor: "telmai" });
  return { baseUrl: normalizeTelmaiBaseUrl(baseUrl), token: bare };
}
