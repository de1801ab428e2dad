import { basicAuthSecrets, ConfigError, type HttpAuth } from "@scanstat/core";

export interface SodaCredentials {
  /** The API key id: the Basic auth user. */
  apiKeyId: string;
  /** The API key secret: the Basic auth password. */
  apiKeySecret: string;
}

/** The environment variable behind each credential, for messages that tell the user what to set. */
const sodaCredentialVariables = {
  apiKeyId: "SODA_API_KEY_ID",
  apiKeySecret: "SODA_API_KEY_SECRET",
} as const;

/** Checks that both credentials are present and usable; throws ConfigError naming the variables to set. */
function requireSodaCredentials(settings: Partial<SodaCredentials>): SodaCredentials {
  const apiKeyId = settings.apiKeyId?.trim() ?? "";
  const apiKeySecret = settings.apiKeySecret ?? "";
  const missing: string[] = [];
  if (apiKeyId === "") missing.push(sodaCredentialVariables.apiKeyId);
  if (apiKeySecret === "") missing.push(sodaCredentialVariables.apiKeySecret);
  if (missing.length > 0) {
    throw new ConfigError(`soda: missing credentials: set ${missing.join(" and ")}`, { vendor: "soda" });
  }
  if (apiKeyId.includes(":")) {
    throw new ConfigError(`soda: ${sodaCredentialVariables.apiKeyId} must not contain ":"`, { vendor: "soda" });
  }
  return { apiKeyId, apiKeySecret };
}

/** HTTP Basic with the API key id as user and the secret as password. */
export function createSodaAuth(credentials: SodaCredentials): HttpAuth {
  const { apiKeyId, apiKeySecret } = requireSodaCredentials(credentials);
  let authorization: string;
  try {
    authorization = `Basic ${btoa(`${apiKeyId}:${apiKeySecret}`)}`;
  } catch {
    // btoa takes Latin-1 only, as does a Basic header.
    throw new ConfigError("soda: the API key id or secret has characters a Basic auth header cannot carry", {
      vendor: "soda",
    });
  }
  return {
    headers: () => ({ authorization }),
    secrets: () => basicAuthSecrets(apiKeyId, apiKeySecret),
    // The key id is the public half (like an AWS access key id): a fine name for the rate budget.
    fingerprint: () => apiKeyId,
  };
}
