import { type EnvironmentSettings, type EnvironmentVariables, readEnvironment } from "@scanstat/core/adapter-kit";
import { manifest } from "./manifest.js";

/** `apiKey` (always), `teamId` and `baseUrl` (when set). */
type ProjectDiscoveryEnvironmentSettings = EnvironmentSettings<typeof manifest.environment>;

/**
 * Reads `PDCP_API_KEY`, `PDCP_TEAM_ID` and `PDCP_API_SERVER` (the names ProjectDiscovery's own
 * tools read) from the variables given. Values are trimmed and empty ones count as unset; a
 * missing `PDCP_API_KEY` is a ConfigError naming it, as for every vendor.
 */
export function readProjectDiscoveryEnvironment(variables: EnvironmentVariables): ProjectDiscoveryEnvironmentSettings {
  return readEnvironment("projectdiscovery", manifest.environment, variables);
}
