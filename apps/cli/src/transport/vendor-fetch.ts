import { ConfigError } from "@scanstat/core";
import type { NodeHttpRequestInit } from "./node-http-fetch.js";

let loading: Promise<typeof import("./node-http-fetch.js")> | undefined;

/** Its own chunk, loaded once: `--help` never loads it, a command starts loading it early. */
function loadNodeHttpFetch(): Promise<typeof import("./node-http-fetch.js")> {
  loading ??= import("./node-http-fetch.js");
  return loading;
}

/**
 * `nodeHttpFetch` typed as the `fetch` of `CommonAdapterSettings`. It implements the subset core
 * and the adapters use of a Response (`ok`, `status`, `headers.get`, `text()`), hence the cast.
 */
export const lazyNodeHttpFetch = (async (input: string | URL, init?: NodeHttpRequestInit) =>
  (await loadNodeHttpFetch()).nodeHttpFetch(input, init)) as unknown as typeof globalThis.fetch;

/**
 * The fetch the adapters use against the vendors: scanstat's own on `node:http` (so a new
 * process does not load undici: 30–110 ms), or Node's built-in one with `SCANSTAT_FETCH=builtin`
 * (undefined here: core then uses `globalThis.fetch`). Starts loading the transport, so that it
 * loads while the configuration is read rather than before the first request.
 */
export function vendorFetch(env: Readonly<Record<string, string | undefined>>): typeof globalThis.fetch | undefined {
  const choice = env.SCANSTAT_FETCH?.trim() ?? "";
  if (choice === "builtin") return undefined;
  if (choice !== "" && choice !== "node-http") {
    throw new ConfigError(`SCANSTAT_FETCH: "${choice}" is not a transport; use node-http (the default) or builtin`);
  }
  // A failed load surfaces at the first request, as that request's error.
  loadNodeHttpFetch().catch(() => undefined);
  return lazyNodeHttpFetch;
}
