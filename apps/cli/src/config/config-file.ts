import { open, stat } from "node:fs/promises";
import { ConfigError, isSeverityThreshold, type SeverityThreshold } from "@scanstat/core";
import { type OutputFormat, outputFormats } from "../arguments/parse-values.js";
import { secretVariableNames, vendorVariableNames } from "../vendors/vendor-catalog.js";
import { jsonSyntaxPosition } from "./json-syntax-position.js";
import {
  checkRateLimitClass,
  checkRequests,
  checkWindowSeconds,
  type Fail,
  overlayRateLimitOverrides,
  type RateBudget,
  type RateLimitOverrides,
  rateLimitVendor,
} from "./rate-limit-settings.js";

/** Defaults a config file may set for the command-line options (flags still win). */
export interface ConfigOptions {
  format?: OutputFormat;
  intervalMs?: number;
  timeoutMs?: number;
  requestTimeoutMs?: number;
  failOn?: SeverityThreshold;
  warnOn?: SeverityThreshold;
  okOnWarn?: boolean;
}

export interface ConfigSection {
  /** Vendor variables by their environment names (`SODA_API_KEY_ID`, …). */
  env: Record<string, string>;
  options: ConfigOptions;
  /** Rate budget overrides by vendor and rate class (the environment and `--rate-limit` beat them). */
  rateLimits: RateLimitOverrides;
}

export interface LoadedConfig extends ConfigSection {
  /** The file read, when there was one. */
  path?: string;
  /** Notices for stderr (a readable file that holds secrets). */
  warnings: string[];
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const sectionKeys = ["env", "options", "rateLimits"];

/** `"rateLimits": { "halo": { "read": { "requests": 120, "windowSeconds": 60 } } }` */
function readRateLimits(value: unknown, fail: (problem: string) => ConfigError): RateLimitOverrides {
  if (!isObject(value)) throw fail(".rateLimits must be an object of vendors to rate classes");
  const overrides: Partial<Record<string, Record<string, RateBudget>>> = {};
  for (const [vendorText, classes] of Object.entries(value)) {
    const at = `.rateLimits.${vendorText}`;
    const vendor = rateLimitVendor(vendorText, (problem) => {
      throw fail(`${at}: ${problem}`);
    });
    if (!isObject(classes)) throw fail(`${at} must be an object of rate classes to budgets`);
    for (const [rateClass, budget] of Object.entries(classes)) {
      const where = `${at}.${rateClass}`;
      checkRateLimitClass(vendor, rateClass, (problem) => {
        throw fail(`${where}: ${problem}`);
      });
      if (!isObject(budget)) throw fail(`${where} must be an object like { "requests": 120, "windowSeconds": 60 }`);
      for (const key of Object.keys(budget)) {
        if (key !== "requests" && key !== "windowSeconds")
          throw fail(`${where}.${key} is not a setting (known: requests, windowSeconds)`);
      }
      const inBudget: Fail = (problem) => {
        throw fail(`${where}.${problem}`);
      };
      overrides[vendor] = {
        ...overrides[vendor],
        [rateClass]: {
          requests: checkRequests(budget.requests, inBudget),
          windowMs: checkWindowSeconds(budget.windowSeconds, inBudget),
        },
      };
    }
  }
  return overrides as RateLimitOverrides;
}

function readSection(value: unknown, where: string, file: string): ConfigSection {
  const fail = (problem: string) => new ConfigError(`config ${file}: ${where}${problem}`);
  if (!isObject(value)) throw fail(" must be an object");
  for (const key of Object.keys(value)) {
    if (!sectionKeys.includes(key)) throw fail(`: unknown key "${key}" (known: ${sectionKeys.join(", ")})`);
  }
  const env: Record<string, string> = {};
  if (value.env !== undefined) {
    if (!isObject(value.env)) throw fail(".env must be an object of variable names to strings");
    for (const [name, text] of Object.entries(value.env)) {
      if (!vendorVariableNames.includes(name)) {
        throw fail(`.env.${name} is not a scanstat variable (known: ${vendorVariableNames.join(", ")})`);
      }
      if (typeof text !== "string") throw fail(`.env.${name} must be a string`);
      env[name] = text;
    }
  }
  const options: ConfigOptions = {};
  if (value.options !== undefined) {
    if (!isObject(value.options)) throw fail(".options must be an object");
    for (const [name, option] of Object.entries(value.options)) {
      const seconds = () => {
        // `1e400` reads as Infinity: not a number of seconds anyone means.
        if (typeof option !== "number" || !Number.isFinite(option) || !(option > 0))
          throw fail(`.options.${name} must be a positive number of seconds`);
        return Math.round(option * 1000);
      };
      const severity = () => {
        if (typeof option !== "string" || !isSeverityThreshold(option)) {
          throw fail(`.options.${name} must be critical, high, medium, low, info or none`);
        }
        return option;
      };
      switch (name) {
        case "format":
          if (typeof option !== "string" || !(outputFormats as readonly string[]).includes(option)) {
            throw fail(`.options.format must be one of ${outputFormats.join(", ")}`);
          }
          options.format = option as OutputFormat;
          break;
        case "interval":
          options.intervalMs = seconds();
          break;
        case "timeout":
          options.timeoutMs = seconds();
          break;
        case "requestTimeout":
          options.requestTimeoutMs = seconds();
          break;
        case "failOn":
          options.failOn = severity();
          break;
        case "warnOn":
          options.warnOn = severity();
          break;
        case "okOnWarn":
          if (typeof option !== "boolean") throw fail(".options.okOnWarn must be true or false");
          options.okOnWarn = option;
          break;
        default:
          throw fail(
            `.options.${name} is not an option (known: format, interval, timeout, requestTimeout, failOn, warnOn, okOnWarn)`,
          );
      }
    }
  }
  const rateLimits = value.rateLimits === undefined ? {} : readRateLimits(value.rateLimits, fail);
  return { env, options, rateLimits };
}

function holdsSecrets(sections: readonly ConfigSection[]): boolean {
  return sections.some((section) => secretVariableNames.some((name) => (section.env[name] ?? "") !== ""));
}

export interface LoadConfigOptions {
  path: string;
  /** True when the user named the file (`--config`, `SCANSTAT_CONFIG`): then it must exist. */
  explicit: boolean;
  profile?: string;
  platform?: NodeJS.Platform;
}

/** A configuration file is a few kilobytes; anything past this is not one (`--config /dev/zero`). */
const maxConfigFileBytes = 1024 * 1024;

/**
 * Reads at most `maxConfigFileBytes` (+1, to know it is more): a device or an endless file
 * fails fast instead of being read whole.
 */
async function readBounded(path: string): Promise<string | "too large"> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(maxConfigFileBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > maxConfigFileBytes ? "too large" : buffer.toString("utf8", 0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Reads the configuration file: a top-level `env`, `options` and `rateLimits`, and named
 * `profiles` with the same keys that overlay the top level when selected.
 */
export async function loadConfigFile(options: LoadConfigOptions): Promise<LoadedConfig> {
  const { path } = options;
  let text: string;
  try {
    const read = await readBounded(path);
    if (read === "too large") {
      throw new ConfigError(
        `config ${path}: larger than ${maxConfigFileBytes / 1024 / 1024} MiB; not a scanstat config file`,
      );
    }
    text = read;
  } catch (error) {
    if (ConfigError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !options.explicit) {
      if (options.profile !== undefined)
        throw new ConfigError(`profile "${options.profile}" needs a config file; ${path} does not exist`);
      return { env: {}, options: {}, rateLimits: {}, warnings: [] };
    }
    throw new ConfigError(
      `config ${path}: ${code === "ENOENT" ? "no such file" : `cannot read it (${code ?? "error"})`}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The place, never the text around it: the engine's message quotes the file, secrets and all.
    const position = jsonSyntaxPosition(text);
    throw new ConfigError(
      `config ${path}: not valid JSON${position ? ` (at line ${position.line}, column ${position.column})` : ""}`,
    );
  }
  if (!isObject(json)) throw new ConfigError(`config ${path}: must be a JSON object`);
  for (const key of Object.keys(json)) {
    // `serve` is read by `scanstat serve` itself (serve/serve-config.ts).
    if (!sectionKeys.includes(key) && key !== "profiles" && key !== "$schema" && key !== "serve") {
      throw new ConfigError(`config ${path}: unknown key "${key}" (known: ${sectionKeys.join(", ")}, profiles, serve)`);
    }
  }
  const { profiles: _profiles, $schema: _schema, serve: _serve, ...topLevel } = json;
  const base = readSection(topLevel, "", path);
  // A Map: `--profile toString`, `constructor` or `__proto__` must not find Object's own members.
  const profiles = new Map<string, ConfigSection>();
  if (json.profiles !== undefined) {
    if (!isObject(json.profiles)) throw new ConfigError(`config ${path}: profiles must be an object`);
    for (const [name, section] of Object.entries(json.profiles))
      profiles.set(name, readSection(section, `profiles.${name}`, path));
  }

  let selected: ConfigSection = base;
  if (options.profile !== undefined) {
    const profile = profiles.get(options.profile);
    if (!profile) {
      const known = [...profiles.keys()];
      throw new ConfigError(
        `config ${path}: no profile "${options.profile}" (${known.length > 0 ? `profiles: ${known.join(", ")}` : "it has no profiles"})`,
      );
    }
    selected = {
      env: { ...base.env, ...profile.env },
      options: { ...base.options, ...profile.options },
      rateLimits: overlayRateLimitOverrides(base.rateLimits, profile.rateLimits),
    };
  }

  const warnings: string[] = [];
  if ((options.platform ?? process.platform) !== "win32" && holdsSecrets([base, ...profiles.values()])) {
    const mode = (await stat(path)).mode;
    if ((mode & 0o077) !== 0) {
      warnings.push(
        `warning: ${path} holds secrets and other users can read it (mode ${(mode & 0o777).toString(8)}): run chmod 600 ${path}`,
      );
    }
  }
  return { path, ...selected, warnings };
}
