import { parseArgs } from "node:util";
import {
  type ListScansQuery,
  type ScanRef,
  ScanstatError,
  type SeverityThreshold,
  type TriggerInput,
  type VendorId,
} from "@scanstat/core";
import { parseRateLimitEntry } from "../config/parse-rate-limit-list.js";
import type { RateLimitOverride } from "../config/rate-limit-settings.js";
import { closestWord } from "./did-you-mean.js";
import { allOptions, type CommandName, commandNames, optionsByCommand } from "./option-definitions.js";
import {
  type CompletionShell,
  completionShells,
  type OutputFormat,
  parseOutputFormat,
  parsePort,
  parsePositiveInteger,
  parseSeconds,
  parseSeverityThreshold,
} from "./parse-values.js";
import { UsageError } from "./usage-error.js";
import { parseVendorOptions } from "./vendor-option-flags.js";
import { resolveVendorWord, vendorChoicesText, vendorDirectory } from "../vendors/vendor-manifests.js";

/** Options every scan command shares. `undefined` = not given on the command line (the config file may fill it). */
export interface CommonOptions {
  format?: OutputFormat;
  output?: string;
  intervalMs?: number;
  timeoutMs?: number;
  failOn?: SeverityThreshold;
  warnOn?: SeverityThreshold;
  /** `--fail-on-unknown`: findings of unknown severity fail instead of warn. */
  failOnUnknown?: boolean;
  okOnWarn?: boolean;
  requestTimeoutMs?: number;
  quiet: boolean;
  verbose: boolean;
  noColor: boolean;
  configPath?: string;
  profile?: string;
  /** `--rate-limit halo.read=120/60`, in the order given (a later one wins for the same class). */
  rateLimits?: RateLimitOverride[];
}

export type ParsedCommandLine =
  | { command: "help"; topic?: CommandName }
  | { command: "version" }
  | { command: "status" | "watch" | "cancel"; refs: ScanRef[]; options: CommonOptions }
  | { command: "logs"; ref: ScanRef; options: CommonOptions }
  | {
      command: "trigger";
      vendor: VendorId;
      input: TriggerInput;
      wait: boolean;
      cancelOnInterrupt: boolean;
      options: CommonOptions;
    }
  | { command: "list"; vendor: VendorId; query: ListScansQuery; options: CommonOptions }
  | { command: "demo"; options: CommonOptions }
  | { command: "vendors"; check: boolean; vendors: VendorId[]; options: CommonOptions }
  | { command: "sandbox"; port?: number; envFile?: string; options: CommonOptions }
  | { command: "serve"; refs: ScanRef[]; port?: number; host?: string; token?: string; options: CommonOptions }
  | { command: "completion"; shell: CompletionShell };

type RawValues = Record<string, string | boolean | string[] | undefined>;

/** parseArgs' own messages are long and mention internals: say the same in one short line. */
function usageErrorFromParseArgs(error: unknown): UsageError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const suggestion = option?.startsWith("--") ? closestWord(option.slice(2), Object.keys(allOptions)) : undefined;
      const hint = suggestion ? `did you mean --${suggestion}? ` : "";
      return new UsageError(`unknown option ${option ?? message}: ${hint}(see scanstat --help)`.replace(": (", " ("));
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(message)) return new UsageError(`option ${option} takes no value`);
      if (/ambiguous/.test(message))
        return new UsageError(`option ${option} needs a value (write ${option}=VALUE for one starting with "-")`);
      return new UsageError(`option ${option ?? ""} needs a value`.replace("  ", " "));
    default:
      return new UsageError(message.split(". ")[0] ?? message);
  }
}

/**
 * `--interval -1`: parseArgs would read `-1` as an option and say `--interval` "needs a value".
 * A value option followed by a negative number takes it as its value, so the value's own check
 * says what is wrong with it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index]!;
    const next = argv[index + 1];
    const name = word.startsWith("--") ? word.slice(2) : undefined;
    const option = name !== undefined ? (allOptions as Record<string, { type: string }>)[name] : undefined;
    if (option?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${word}=${next}`);
      index++;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

function parseRef(text: string): ScanRef {
  try {
    return vendorDirectory.parseScanRef(text);
  } catch (error) {
    if (ScanstatError.isInstance(error)) throw new UsageError(error.message);
    throw error;
  }
}

function parseVendor(text: string | undefined, command: string): VendorId {
  if (text === undefined) throw new UsageError(`${command} needs a vendor: one of ${vendorChoicesText()}`);
  const vendor = resolveVendorWord(text);
  if (!vendor) throw new UsageError(`unknown vendor "${text}": expected one of ${vendorChoicesText()}`);
  return vendor;
}

function parseCommonOptions(values: RawValues): CommonOptions {
  const string = (name: string) => values[name] as string | undefined;
  const flag = (name: string) => values[name] === true;
  let format = string("format") !== undefined ? parseOutputFormat(string("format")!) : undefined;
  if (flag("json")) {
    if (format !== undefined && format !== "json")
      throw new UsageError(`--json and --format ${format} disagree: give one`);
    format = "json";
  }
  if (flag("quiet") && flag("verbose")) throw new UsageError("--quiet and --verbose disagree: give one");
  const options: CommonOptions = { quiet: flag("quiet"), verbose: flag("verbose"), noColor: flag("no-color") };
  if (format !== undefined) options.format = format;
  if (string("output") !== undefined) {
    if (string("output") === "") throw new UsageError("--output needs a file name");
    options.output = string("output")!;
  }
  if (string("interval") !== undefined) options.intervalMs = parseSeconds(string("interval")!, "--interval");
  if (string("timeout") !== undefined) options.timeoutMs = parseSeconds(string("timeout")!, "--timeout");
  if (string("request-timeout") !== undefined) {
    options.requestTimeoutMs = parseSeconds(string("request-timeout")!, "--request-timeout");
  }
  if (string("fail-on") !== undefined) options.failOn = parseSeverityThreshold(string("fail-on")!, "--fail-on");
  if (string("warn-on") !== undefined) options.warnOn = parseSeverityThreshold(string("warn-on")!, "--warn-on");
  if (flag("fail-on-unknown")) options.failOnUnknown = true;
  if (flag("ok-on-warn")) options.okOnWarn = true;
  if (string("config") !== undefined) options.configPath = string("config")!;
  if (string("profile") !== undefined) options.profile = string("profile")!;
  const rateLimits = values["rate-limit"] as string[] | undefined;
  if (rateLimits && rateLimits.length > 0) {
    options.rateLimits = rateLimits.map((entry) =>
      parseRateLimitEntry(entry, (problem) => {
        throw new UsageError(`--rate-limit ${problem}`);
      }),
    );
  }
  return options;
}

function noMorePositionals(positionals: readonly string[], command: string): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no argument "${positionals[0]}"`);
}

/** The trigger flags of the vendor, by its manifest, to the keys its adapter reads. */
function parseTriggerInput(vendor: VendorId, values: RawValues): TriggerInput {
  return parseVendorOptions(vendor, "trigger", values) as TriggerInput;
}

/**
 * Reads the command line. Throws UsageError (exit 64) for anything wrong: unknown command or
 * option, an option the command does not take, a bad value, a malformed ref.
 */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed: { values: RawValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      options: allOptions,
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw usageErrorFromParseArgs(error);
  }
  const { values } = parsed;
  const [commandWord, ...positionals] = parsed.positionals;

  if (commandWord === undefined) {
    if (values.version === true) return { command: "version" };
    if (values.help === true) return { command: "help" };
    throw new UsageError("missing command (see scanstat --help)");
  }
  if (!(commandNames as readonly string[]).includes(commandWord)) {
    const suggestion = closestWord(commandWord, commandNames);
    throw new UsageError(
      suggestion
        ? `unknown command "${commandWord}": did you mean "${suggestion}"? (commands: ${commandNames.join(", ")})`
        : `unknown command "${commandWord}" (commands: ${commandNames.join(", ")})`,
    );
  }
  const command = commandWord as CommandName;

  if (command === "help") {
    const topic = positionals[0];
    if (topic === undefined) return { command: "help" };
    if (!(commandNames as readonly string[]).includes(topic))
      throw new UsageError(`no help for unknown command "${topic}"`);
    return { command: "help", topic: topic as CommandName };
  }

  const accepted = optionsByCommand[command];
  for (const name of Object.keys(values)) {
    if (values[name] === undefined) continue;
    if (!(name in accepted))
      throw new UsageError(`${command} does not take --${name} (see scanstat ${command} --help)`);
  }
  if (values.help === true) return { command: "help", topic: command };

  switch (command) {
    case "status":
    case "watch":
    case "cancel": {
      if (positionals.length === 0)
        throw new UsageError(`${command} needs at least one scan ref, e.g. soda:4651ba64-…`);
      return { command, refs: positionals.map(parseRef), options: parseCommonOptions(values) };
    }
    case "logs": {
      if (positionals.length !== 1) throw new UsageError("logs takes exactly one scan ref");
      const options = parseCommonOptions(values);
      if (options.format === "junit")
        throw new UsageError("logs cannot be written as junit: use table, json or ndjson");
      return { command, ref: parseRef(positionals[0]!), options };
    }
    case "trigger": {
      const [vendorWord, ...rest] = positionals;
      const vendor = parseVendor(vendorWord, "trigger");
      noMorePositionals(rest, "trigger");
      const wait = values.wait === true;
      const cancelOnInterrupt = values["cancel-on-interrupt"] === true;
      if (cancelOnInterrupt && !wait) throw new UsageError("--cancel-on-interrupt needs --wait");
      // Without --wait, trigger prints the ref and stops: options about watching would do nothing.
      const watchOnly = ["interval", "timeout", "ok-on-warn", "fail-on", "warn-on"].find(
        (name) => values[name] !== undefined,
      );
      if (watchOnly && !wait) {
        throw new UsageError(`--${watchOnly} needs --wait (without it, trigger starts the scan and does not watch it)`);
      }
      return {
        command,
        vendor,
        input: parseTriggerInput(vendor, values),
        wait,
        cancelOnInterrupt,
        options: parseCommonOptions(values),
      };
    }
    case "list": {
      const [vendorWord, ...rest] = positionals;
      const vendor = parseVendor(vendorWord, "list");
      noMorePositionals(rest, "list");
      const query: ListScansQuery = { limit: 50 };
      if (values.active === true) query.active = true;
      const filters = parseVendorOptions(vendor, "list", values);
      // The list filters a manifest declares are single words; the adapter reads them again by its manifest.
      if (Object.keys(filters).length > 0) {
        query.filters = Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)]));
      }
      if (values.limit !== undefined) query.limit = parsePositiveInteger(values.limit as string, "--limit");
      return { command, vendor, query, options: parseCommonOptions(values) };
    }
    case "vendors": {
      const check = values.check === true;
      if (!check && positionals.length > 0) {
        throw new UsageError(
          `vendors takes no argument "${positionals[0]}" (to check its credentials: scanstat vendors --check ${positionals[0]})`,
        );
      }
      const vendors = positionals.map((word) => parseVendor(word, "vendors --check"));
      const options = parseCommonOptions(values);
      if (options.format === "junit") throw new UsageError("vendors cannot be written as junit");
      return { command, check, vendors, options };
    }
    case "demo": {
      noMorePositionals(positionals, command);
      return { command, options: parseCommonOptions(values) };
    }
    case "sandbox": {
      noMorePositionals(positionals, command);
      const options = parseCommonOptions(values);
      const exportFile = values["export-file"] as string | undefined;
      const envFileAlias = values["env-file"] as string | undefined;
      if (exportFile !== undefined && envFileAlias !== undefined && exportFile !== envFileAlias)
        throw new UsageError("--export-file and --env-file disagree: give one");
      const envFile = exportFile ?? envFileAlias;
      if (envFile === "") throw new UsageError("--export-file needs a file name");
      return {
        command,
        ...(values.port !== undefined ? { port: parsePort(values.port as string) } : {}),
        ...(envFile !== undefined ? { envFile } : {}),
        options,
      };
    }
    case "serve": {
      const serve: Extract<ParsedCommandLine, { command: "serve" }> = {
        command,
        refs: positionals.map(parseRef),
        options: parseCommonOptions(values),
      };
      if (values.port !== undefined) serve.port = parsePort(values.port as string);
      if (values.host !== undefined) serve.host = values.host as string;
      if (values.token !== undefined) serve.token = values.token as string;
      return serve;
    }
    case "completion": {
      const [shell, ...rest] = positionals;
      if (shell === undefined) throw new UsageError(`completion needs a shell: ${completionShells.join(", ")}`);
      if (!(completionShells as readonly string[]).includes(shell)) {
        throw new UsageError(`completion knows ${completionShells.join(", ")} (got "${shell}")`);
      }
      noMorePositionals(rest, "completion");
      return { command, shell: shell as CompletionShell };
    }
  }
}
