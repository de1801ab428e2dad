import { ConfigError } from "@scanstat/core";

/**
 * Telmai runs per deployment, so there is no default host. The vendor writes the base as
 * `https://{domain}/api` while its paths also start with `/api` (`/api/scan/run`): both
 * `https://telmai.example.com` and `https://telmai.example.com/api` are accepted, and a
 * trailing `/api` is dropped so the documented paths are appended to the origin (or to a
 * proxy's path prefix) exactly once.
 *
 * Not yet the kit's `normalizeBaseUrl`: that one takes plain http only on loopback, and the CLI's
 * in-process test runtime serves Telmai at `http://telmai.simulated.test`.
 */
export function normalizeTelmaiBaseUrl(baseUrl: string | undefined): string {
  const given = baseUrl?.trim();
  let url: URL | undefined;
  try {
    url = new URL(given ?? "");
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    // The value is not repeated: it may carry credentials.
    throw new ConfigError(
      given
        ? "telmai: TELMAI_BASE_URL must be an http(s) address without query or credentials, e.g. https://telmai.example.com"
        : "telmai: no base URL: set TELMAI_BASE_URL to your deployment's address, e.g. https://telmai.example.com",
      { vendor: "telmai" },
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, "").replace(/\/api$/i, "");
}
