import { type ProxySettings, proxySettings } from "./proxy-settings.js";

/** The agent is built once per process, at the first vendor request. */
let loading: Promise<unknown> | undefined;

function proxyAgent(settings: ProxySettings): Promise<unknown> {
  loading ??= import("./proxy-fetch.js").then((module) => module.createProxyAgent(settings));
  return loading;
}

/** Node's fetch with a dispatcher of its own (an undici option the DOM's RequestInit does not name). */
type DispatchedInit = RequestInit & { dispatcher?: unknown };

/**
 * The fetch the adapters use against the vendors: Node's own, through the proxies the environment
 * names (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, read as curl reads them). Undefined when no proxy is
 * set: core then uses `globalThis.fetch` and nothing proxy-related loads.
 */
export function vendorFetch(env: Readonly<Record<string, string | undefined>>): typeof globalThis.fetch | undefined {
  const settings = proxySettings(env);
  if (!settings) return undefined;
  return async (input, init) => {
    const dispatched: DispatchedInit = { ...init, dispatcher: await proxyAgent(settings) };
    return globalThis.fetch(input, dispatched);
  };
}
