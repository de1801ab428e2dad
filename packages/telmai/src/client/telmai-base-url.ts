import { ConfigError } from "@scanstat/core";
import { normalizeBaseUrl } from "@scanstat/core/adapter-kit";

/**
 * Telmai runs per deployment, so there is no default host. The vendor writes the base as
 * `https://{domain}/api` while its paths also start with `/api` (`/api/scan/run`): both
 * `https://telmai.example.com` and `https://telmai.example.com/api` are accepted, and a
 * trailing `/api` is dropped so the documented paths are appended to the origin (or to a
 * proxy's path prefix) exactly once. The checks are the kit's, as for every vendor.
 */
export function normalizeTelmaiBaseUrl(baseUrl: string | undefined): string {
  // Missing is not malformed: say which variable to set.
  if (!baseUrl?.trim()) {
    throw new ConfigError(
      "telmai: no base URL: set TELMAI_BASE_URL to your deployment's address, e.g. https://telmai.example.com",
      { vendor: "telmai" },
    );
  }
  return normalizeBaseUrl(baseUrl, { vendor: "telmai", variable: "TELMAI_BASE_URL", documentedPrefix: "/api" });
}
