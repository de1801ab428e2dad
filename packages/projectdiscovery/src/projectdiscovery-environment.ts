/** The settings ProjectDiscovery's own tools (nuclei, the pdcp credentials helper) read from the environment. */
export interface ProjectDiscoveryEnvironmentSettings {
  apiKey?: string;
  teamId?: string;
  baseUrl?: string;
}

/** The environment variable behind each setting, for messages such as "set PDCP_API_KEY". */
export const projectDiscoveryEnvironmentVariables = {
  apiKey: "PDCP_API_KEY",
  teamId: "PDCP_TEAM_ID",
  baseUrl: "PDCP_API_SERVER",
} as const;

/**
 * Reads `PDCP_API_KEY`, `PDCP_TEAM_ID` and `PDCP_API_SERVER`. Empty values count as unset.
 * It does not throw: the client says which variable is missing when it is created.
 */
export function readProjectDiscoveryEnvironment(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ProjectDiscoveryEnvironmentSettings {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const apiKey = read(projectDiscoveryEnvironmentVariables.apiKey);
  const teamId = read(projectDiscoveryEnvironmentVariables.teamId);
  const baseUrl = read(projectDiscoveryEnvironmentVariables.baseUrl);
  return {
    ...(apiKey ? { apiKey } : {}),
    ...(teamId ? { teamId } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  };
}
