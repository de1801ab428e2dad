/** Every option scanstat knows, in `node:util` parseArgs form, and which commands take which. */
import { vendorFlagDefinitions } from "./vendor-option-flags.js";

interface OptionDefinition {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
  /** One line for `--help` and the completion scripts. */
  description: string;
  /** The value's name in help, e.g. `SEV`. */
  valueName?: string;
}

export const commonOptions = {
  format: { type: "string", valueName: "FORMAT", description: "table | json | ndjson | junit (table on a terminal)" },
  json: { type: "boolean", description: "same as --format json" },
  output: { type: "string", short: "o", valueName: "FILE", description: "write the report to FILE (atomically)" },
  interval: {
    type: "string",
    valueName: "S",
    description: "fixed delay between two looks (default: 2 s growing to 30 s)",
  },
  timeout: { type: "string", valueName: "S", description: "stop watching after S seconds (exit 5)" },
  "fail-on": { type: "string", valueName: "SEV", description: "security findings at or above SEV fail (default high)" },
  "warn-on": {
    type: "string",
    valueName: "SEV",
    description: "security findings at or above SEV warn (default medium)",
  },
  "fail-on-unknown": {
    type: "boolean",
    description: "security findings of unknown severity fail (default: they warn)",
  },
  "ok-on-warn": { type: "boolean", description: "a warn verdict exits 0 (not one on partial evidence)" },
  "request-timeout": { type: "string", valueName: "S", description: "time limit of one HTTP request (default 30)" },
  quiet: { type: "boolean", short: "q", description: "no progress, no notices: only results and errors" },
  verbose: { type: "boolean", description: "requests and timings on stderr (secrets redacted)" },
  "no-color": { type: "boolean", description: "no colours (also NO_COLOR)" },
  config: {
    type: "string",
    valueName: "FILE",
    description: "configuration file (default ~/.config/scanstat/config.json)",
  },
  profile: { type: "string", valueName: "NAME", description: "profile of the configuration file" },
  "rate-limit": {
    type: "string",
    multiple: true,
    valueName: "V.CLASS=N/S",
    description: "a vendor's rate budget: N requests per S seconds, e.g. halo.read=120/60 (repeatable)",
  },
  help: { type: "boolean", short: "h", description: "show help" },
} as const satisfies Record<string, OptionDefinition>;

/** The demo talks to its own simulators: their budgets are scanstat's defaults, not the user's. */
const { "rate-limit": _rateLimit, ...demoOptions } = commonOptions;

/** Options of every command that talks to a vendor: output, transport, configuration. */
const {
  interval: _interval,
  timeout: _timeout,
  "fail-on": _failOn,
  "warn-on": _warnOn,
  "fail-on-unknown": _failOnUnknown,
  "ok-on-warn": _okOnWarn,
  ...vendorCallOptions
} = commonOptions;

/** `status` takes no --interval (one look); --timeout bounds the whole look. */
const statusOptions = {
  ...vendorCallOptions,
  timeout: { ...commonOptions.timeout, description: "stop looking after S seconds" },
  "fail-on": commonOptions["fail-on"],
  "warn-on": commonOptions["warn-on"],
  "fail-on-unknown": commonOptions["fail-on-unknown"],
  "ok-on-warn": commonOptions["ok-on-warn"],
} as const satisfies Record<string, OptionDefinition>;

export const vendorsOptions = {
  check: {
    type: "boolean",
    description: "prove the credentials work: one read-only call per vendor (those named, or those configured)",
  },
} as const satisfies Record<string, OptionDefinition>;

/** `trigger`'s own options, then every vendor's trigger options from its manifest (`--definition`, `--target`…). */
export const triggerOptions: Readonly<Record<string, OptionDefinition>> = {
  wait: { type: "boolean", description: "watch the new scan to its end (exit code as watch)" },
  "cancel-on-interrupt": { type: "boolean", description: "with --wait: cancel the scan on Ctrl-C / SIGTERM" },
  ...vendorFlagDefinitions("trigger"),
};

/** `list`'s own options, then every vendor's list filters from its manifest (`--type`…). */
export const listOptions: Readonly<Record<string, OptionDefinition>> = {
  active: { type: "boolean", description: "only scans that have not ended" },
  ...vendorFlagDefinitions("list"),
  limit: { type: "string", valueName: "N", description: "at most N scans (default 50)" },
};

export const sandboxOptions = {
  port: { type: "string", valueName: "N", description: "port on 127.0.0.1 (default 4100; 0 = any free port)" },
  "export-file": {
    type: "string",
    valueName: "FILE",
    description: "also write the export lines to FILE, atomically, once the sandbox serves (removed when it stops)",
  },
  // Node 20 reads `--env-file` anywhere on its command line, even after the script (it exits 9
  // when the file does not exist yet): the name works from Node 22 on only, hence --export-file.
  "env-file": {
    type: "string",
    valueName: "FILE",
    description: "same as --export-file, on Node 22 and later (Node 20 takes --env-file for itself)",
  },
  quiet: commonOptions.quiet,
  verbose: commonOptions.verbose,
  help: commonOptions.help,
} as const satisfies Record<string, OptionDefinition>;

/** `serve`'s own options; it also takes the common options that shape a watch (below). */
export const serveOptions = {
  port: { type: "string", valueName: "N", description: "port to listen on (default 4200; 0 = any free port)" },
  host: {
    type: "string",
    valueName: "H",
    description: "address to listen on (default 127.0.0.1; beyond loopback needs a token)",
  },
  token: {
    type: "string",
    valueName: "T",
    description: "token for writes and webhooks (better: SCANSTAT_SERVE_TOKEN; a flag shows in ps)",
  },
} as const satisfies Record<string, OptionDefinition>;

const serveCommonOptionNames = [
  "interval",
  "fail-on",
  "warn-on",
  "request-timeout",
  "quiet",
  "verbose",
  "no-color",
  "config",
  "profile",
  "rate-limit",
  "help",
] as const;
const serveCommonOptions = Object.fromEntries(
  serveCommonOptionNames.map((name) => [name, commonOptions[name]]),
) as Pick<typeof commonOptions, (typeof serveCommonOptionNames)[number]>;

const globalOptions = {
  version: { type: "boolean", short: "V", description: "print the version" },
  help: commonOptions.help,
} as const satisfies Record<string, OptionDefinition>;

export const commandNames = [
  "status",
  "watch",
  "trigger",
  "cancel",
  "logs",
  "list",
  "vendors",
  "demo",
  "sandbox",
  "serve",
  "completion",
  "help",
] as const;
export type CommandName = (typeof commandNames)[number];

/** The options each command accepts; anything else, even a known option it would ignore, is a usage error. */
export const optionsByCommand: Record<CommandName, Readonly<Record<string, OptionDefinition>>> = {
  status: statusOptions,
  watch: commonOptions,
  trigger: { ...commonOptions, ...triggerOptions },
  cancel: vendorCallOptions,
  logs: { ...vendorCallOptions, timeout: { ...commonOptions.timeout, description: "stop reading after S seconds" } },
  list: {
    ...vendorCallOptions,
    timeout: { ...commonOptions.timeout, description: "stop listing after S seconds" },
    // The severity policy decides the verdicts of the listed security scans.
    "fail-on": commonOptions["fail-on"],
    "warn-on": commonOptions["warn-on"],
    "fail-on-unknown": commonOptions["fail-on-unknown"],
    ...listOptions,
  },
  vendors: { ...vendorCallOptions, ...vendorsOptions },
  demo: demoOptions,
  sandbox: sandboxOptions,
  serve: { ...serveOptions, ...serveCommonOptions },
  completion: { help: commonOptions.help },
  help: { help: commonOptions.help },
};

/** The union, for the first pass of parseArgs (it must know every option to split values from positionals). */
export const allOptions = {
  ...globalOptions,
  ...commonOptions,
  ...triggerOptions,
  ...listOptions,
  ...sandboxOptions,
  ...vendorsOptions,
  ...serveOptions,
};
