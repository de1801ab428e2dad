import { ConfigError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

export interface NormalizeBaseUrlOptions {
  vendor: VendorId;
  /** The variable the value came from, named in the error (e.g. `ACME_BASE_URL`). */
  variable?: string;
  /**
   * A trailing path the vendor's docs put in the base but the client adds itself (`/api`,
   * `/api/v1`): dropped, so the documented paths are appended exactly once. Case-insensitive.
   */
  documentedPrefix?: string;
}

const loopbackHosts = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** True for hosts that never leave the machine (the sandbox, a local proxy). */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.test(hostname) || hostname.toLowerCase().endsWith(".localhost");
}

/**
 * A vendor API's base: its origin, optionally with a proxy's path prefix, never with a trailing
 * slash. https is required, except on loopback (where the sandbox serves plain http): credentials
 * must not cross a network in the clear. One wording for every vendor; the value is not repeated,
 * since a pasted URL may carry credentials.
 */
export function normalizeBaseUrl(value: string | undefined, options: NormalizeBaseUrlOptions): string {
  const given = value?.trim() ?? "";
  const url = URL.parse(given);
  const allowed =
    url !== null &&
    (url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname))) &&
    url.search === "" &&
    url.hash === "" &&
    url.username === "" &&
    url.password === "";
  if (!allowed) {
    const source = options.variable ? ` (${options.variable})` : "";
    throw new ConfigError(
      `${options.vendor}: the base URL${source} must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)`,
      { vendor: options.vendor },
    );
  }
  let path = url.pathname.replace(/\/+$/, "");
  const prefix = options.documentedPrefix?.replace(/\/+$/, "");
  if (prefix && path.toLowerCase().endsWith(prefix.toLowerCase())) path = path.slice(0, -prefix.length);
  return url.origin + path;
}
