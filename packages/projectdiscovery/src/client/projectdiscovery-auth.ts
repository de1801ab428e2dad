import { credentialFingerprint, type HttpAuth, requireHeaderSafeCredential } from "@scanstat/core";

interface ProjectDiscoveryCredentials {
  /** `PDCP_API_KEY`: sent as `X-Api-Key`. */
  apiKey: string;
  /** `PDCP_TEAM_ID`: sent as `X-Team-Id`; without it the API uses the key's default team. */
  teamId?: string;
}

/** `X-Api-Key` (the spec writes `X-API-Key`; ProjectDiscovery's own tools send `X-Api-Key`) and the optional `X-Team-Id`. */
export function createProjectDiscoveryAuth(credentials: ProjectDiscoveryCredentials): HttpAuth {
  // A value the header cannot carry is a configuration error now, not a network error at the first request.
  requireHeaderSafeCredential(credentials.apiKey, { vendor: "projectdiscovery", variable: "PDCP_API_KEY" });
  if (credentials.teamId)
    requireHeaderSafeCredential(credentials.teamId, { vendor: "projectdiscovery", variable: "PDCP_TEAM_ID" });
  const headers: Record<string, string> = { "X-Api-Key": credentials.apiKey };
  if (credentials.teamId) headers["X-Team-Id"] = credentials.teamId;
  const fingerprint = `key-${credentialFingerprint(credentials.apiKey)}`;
  return {
    headers: () => headers,
    secrets: () => [credentials.apiKey],
    fingerprint: () => fingerprint,
  };
}
