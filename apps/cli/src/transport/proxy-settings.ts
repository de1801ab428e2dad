import { ConfigError } from "@scanstat/core";

/** The proxies the environment names, as undici's EnvHttpProxyAgent takes them ("" for none). */
export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The lower-case name wins, as curl reads them; an empty value is no value. */
function read(env: Environment, name: string): string {
  const lower = env[name.toLowerCase()]?.trim();
  if (lower) return lower;
  return env[name.toUpperCase()]?.trim() ?? "";
}

/** A proxy URL as curl takes it: `host:port` alone means http://host:port. */
function proxyUrl(name: string, value: string): string {
  if (value === "") return "";
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigError(`${name}: "${value}" is not a proxy URL (expected http://host:port)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`${name}: ${url.protocol.slice(0, -1)} proxies are not supported (use an http:// proxy)`);
  }
  return url.href;
}

/**
 * curl's NO_PROXY: `example.com` and `.example.com` both mean the host and every host below it,
 * `*` means no proxy at all. undici matches a plain name exactly, so each name goes in both forms.
 */
function noProxyList(value: string): string {
  if (value.trim() === "*") return "*";
  const entries: string[] = [];
  for (const raw of value.split(/[,\s]+/)) {
    const name = raw.replace(/^\*?\.+/, "").toLowerCase();
    if (name !== "") entries.push(name, `.${name}`);
  }
  return entries.join(",");
}

/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case, the lower-case one first, as curl reads them);
 * undefined when no proxy is set, so nothing proxy-related loads.
 */
export function proxySettings(env: Environment): ProxySettings | undefined {
  const httpsProxy = proxyUrl("HTTPS_PROXY", read(env, "HTTPS_PROXY"));
  const httpProxy = proxyUrl("HTTP_PROXY", read(env, "HTTP_PROXY"));
  if (httpsProxy === "" && httpProxy === "") return undefined;
  return { httpProxy, httpsProxy, noProxy: noProxyList(read(env, "NO_PROXY")) };
}
