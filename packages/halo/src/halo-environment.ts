import { type EnvironmentVariables, readEnvironment } from "@scanstat/core/adapter-kit";
import { manifest } from "./manifest.js";

/** The settings Halo's environment variables give: `HALO_API_KEY`, `HALO_BASE_URL`. */
export interface HaloEnvironmentSettings {
  apiKey?: string;
  baseUrl?: string;
}

// The key is checked where the client is made (one wording with settings given in code), so the
// reader never throws for it.
const specs = manifest.environment.map((spec) => ({ ...spec, required: false }));

/** Reads Halo's variables (trimmed; empty values count as unset). Never throws: a missing key is the client's ConfigError. */
export function readHaloEnvironment(variables: EnvironmentVariables): HaloEnvironmentSettings {
  return readEnvironment("halo", specs, variables) as HaloEnvironmentSettings;
}
