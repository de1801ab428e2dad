import { readFile } from "node:fs/promises";
import { ConfigError, type VendorId } from "@scanstat/core";
import { resolveVendorWord } from "../vendors/vendor-manifests.js";

export interface ServeConfig {
  /** Vendors whose active scans join the board by themselves. */
  activeVendors: VendorId[];
  /** How often each of them is asked for its active scans, ms. */
  activeIntervalMs: number;
}

const defaultActiveIntervalMs = 60_000;

const known = ["active", "activeIntervalSeconds"];

/**
 * The config file's `serve` section: `{"serve": {"active": ["projectdiscovery", "halo"],
 * "activeIntervalSeconds": 60}}`. The rest of the file was read (and checked) already.
 */
export function readServeSection(section: unknown, path: string): ServeConfig {
  const fail = (problem: string) => new ConfigError(`config ${path}: serve${problem}`);
  const config: ServeConfig = { activeVendors: [], activeIntervalMs: defaultActiveIntervalMs };
  if (section === undefined) return config;
  if (typeof section !== "object" || section === null || Array.isArray(section)) throw fail(" must be an object");
  for (const key of Object.keys(section)) {
    if (!known.includes(key)) throw fail(`: unknown key "${key}" (known: ${known.join(", ")})`);
  }
  const { active, activeIntervalSeconds } = section as Record<string, unknown>;
  if (active !== undefined) {
    if (!Array.isArray(active)) throw fail('.active must be a list of vendors, e.g. ["projectdiscovery", "halo"]');
    for (const word of active) {
      const vendor = typeof word === "string" ? resolveVendorWord(word) : undefined;
      if (!vendor) throw fail(`.active: unknown vendor ${JSON.stringify(word)}`);
      if (!config.activeVendors.includes(vendor)) config.activeVendors.push(vendor);
    }
  }
  if (activeIntervalSeconds !== undefined) {
    if (typeof activeIntervalSeconds !== "number" || !(activeIntervalSeconds >= 5) || activeIntervalSeconds > 86_400) {
      throw fail(".activeIntervalSeconds must be a number of seconds from 5 to 86400");
    }
    config.activeIntervalMs = Math.round(activeIntervalSeconds * 1000);
  }
  return config;
}

/** Reads the `serve` section of the config file the command already loaded (none: defaults). */
export async function loadServeConfig(path: string | undefined): Promise<ServeConfig> {
  if (path === undefined) return readServeSection(undefined, "");
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`config ${path}: cannot read it again (${(error as Error).message.split("\n")[0]})`);
  }
  return readServeSection((json as Record<string, unknown> | null)?.serve, path);
}
