import { ConfigError, type SeverityPolicy, type SeverityThreshold } from "@scanstat/core";
import type { CommonOptions } from "../arguments/parse-command-line.js";
import type { OutputFormat } from "../arguments/parse-values.js";
import { secretVariableNames, vendorVariableNames } from "../vendors/vendor-catalog.js";
import { loadConfigFile } from "./config-file.js";
import { defaultConfigPath } from "./config-location.js";
import { parseRateLimitList } from "./parse-rate-limit-list.js";
import { groupRateLimitOverrides, layerRateLimits, type ResolvedRateLimits } from "./rate-limit-settings.js";

export type VariableSource = "environment" | "config";

export interface ResolvedOptions {
  /** Undefined: the human format (a live table on a terminal, plain lines otherwise). */
  format: OutputFormat | undefined;
  output: string | undefined;
  intervalMs: number | undefined;
  timeoutMs: number | undefined;
  requestTimeoutMs: number;
  /** Only set when a flag or the config asked: otherwise each adapter keeps its default (high / medium). */
  severityPolicy: SeverityPolicy | undefined;
  okOnWarn: boolean;
  quiet: boolean;
  verbose: boolean;
  noColor: boolean;
}

export interface ResolvedConfiguration {
  /** Vendor variables, environment over config file. */
  env: Record<string, string>;
  /** Where each variable came from (for `vendors`; never the value). */
  sources: Record<string, VariableSource>;
  options: ResolvedOptions;
  /** Rate budget overrides by vendor and class, each with its source: flag > environment > config file. */
  rateLimits: ResolvedRateLimits;
  /** Every credential value: the CLI's output is scrubbed of them. */
  secrets: string[];
  configPath: string | undefined;
  warnings: string[];
}

const defaultRequestTimeoutMs = 30_000;

export interface ResolveConfigurationInput {
  flags: CommonOptions;
  env: Readonly<Record<string, string | undefined>>;
  homeDirectory: string;
  platform?: NodeJS.Platform;
}

/** Flags beat the environment; the environment beats the config file. */
export async function resolveConfiguration(input: ResolveConfigurationInput): Promise<ResolvedConfiguration> {
  const { flags, env } = input;
  const explicitPath = flags.configPath ?? (env.SCANSTAT_CONFIG?.trim() ? env.SCANSTAT_CONFIG : undefined);
  const profile = flags.profile ?? (env.SCANSTAT_PROFILE?.trim() ? env.SCANSTAT_PROFILE : undefined);
  const config = await loadConfigFile({
    path: explicitPath ?? defaultConfigPath(env, input.homeDirectory),
    explicit: explicitPath !== undefined,
    ...(profile !== undefined ? { profile } : {}),
    ...(input.platform ? { platform: input.platform } : {}),
  });

  const variables: Record<string, string> = {};
  const sources: Record<string, VariableSource> = {};
  for (const name of vendorVariableNames) {
    const fromEnvironment = env[name];
    // An empty variable counts as unset, so `SODA_REGION=` does not hide the config file's value.
    if (fromEnvironment !== undefined && fromEnvironment.trim() !== "") {
      variables[name] = fromEnvironment;
      sources[name] = "environment";
    } else if (config.env[name] !== undefined && config.env[name].trim() !== "") {
      variables[name] = config.env[name];
      sources[name] = "config";
    }
  }

  const rateLimits = layerRateLimits([
    { overrides: config.rateLimits, source: "config" },
    {
      overrides: groupRateLimitOverrides(
        parseRateLimitList(env.SCANSTAT_RATE_LIMITS ?? "", (problem) => {
          throw new ConfigError(`SCANSTAT_RATE_LIMITS: ${problem}`);
        }),
      ),
      source: "environment",
    },
    { overrides: groupRateLimitOverrides(flags.rateLimits ?? []), source: "flag" },
  ]);

  const failOn: SeverityThreshold | undefined = flags.failOn ?? config.options.failOn;
  const warnOn: SeverityThreshold | undefined = flags.warnOn ?? config.options.warnOn;
  const failOnUnknown = flags.failOnUnknown === true;
  const severityPolicy =
    failOn !== undefined || warnOn !== undefined || failOnUnknown
      ? { failOn: failOn ?? "high", warnOn: warnOn ?? "medium", ...(failOnUnknown ? { failOnUnknown } : {}) }
      : undefined;

  return {
    env: variables,
    sources,
    options: {
      format: flags.format ?? config.options.format,
      output: flags.output,
      intervalMs: flags.intervalMs ?? config.options.intervalMs,
      timeoutMs: flags.timeoutMs ?? config.options.timeoutMs,
      requestTimeoutMs: flags.requestTimeoutMs ?? config.options.requestTimeoutMs ?? defaultRequestTimeoutMs,
      severityPolicy,
      okOnWarn: flags.okOnWarn ?? config.options.okOnWarn ?? false,
      quiet: flags.quiet,
      verbose: flags.verbose,
      noColor: flags.noColor,
    },
    rateLimits,
    secrets: secretVariableNames.map((name) => variables[name]).filter((value): value is string => value !== undefined),
    configPath: config.path,
    warnings: config.warnings,
  };
}
