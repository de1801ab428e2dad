import { normalizeBaseUrl } from "@scanstat/core/adapter-kit";

/**
 * Telmai runs per deployment, so there is no default host. The vendor writes the base as
 * `https://{domain}/api` while its paths also start with `/api` (`/api/scan/run`): a trailing
 * `/api` is dropped so the documented paths are appended exactly once. Both products share it.
 */
export const telmaiBaseUrl = (value: string | undefined): string =>
  normalizeBaseUrl(value, { vendor: "telmai", variable: "TELMAI_BASE_URL", documentedPrefix: "/api" });
