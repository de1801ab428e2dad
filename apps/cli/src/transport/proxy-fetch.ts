import { EnvHttpProxyAgent } from "undici";
import type { ProxySettings } from "./proxy-settings.js";

/**
 * undici's agent that sends each request through the proxy its scheme names, or straight to a
 * host NO_PROXY names. Its own chunk (with undici as a dependency of the CLI, whose major matches
 * Node 20's built-in fetch): loaded only when a proxy variable is set.
 */
export function createProxyAgent(settings: ProxySettings): EnvHttpProxyAgent {
  // undici 6 flags the agent as experimental on stderr; the user asked for a proxy, not for that line.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes("EnvHttpProxyAgent is experimental")) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return new EnvHttpProxyAgent(settings);
  } finally {
    process.emitWarning = emitWarning;
  }
}
