import type { AdapterCapabilities } from "@scanstat/core";
import {
  type CommandName,
  commonOptions,
  listOptions,
  optionsByCommand,
  sandboxOptions,
  serveOptions,
  triggerOptions,
  vendorsOptions,
} from "../arguments/option-definitions.js";
import { exitCodeTable } from "./exit-code-table.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";
import { credentialLines, firstTriggerExample, triggerExampleLines, triggerUsageLines } from "./vendor-help.js";

/** The vendors whose adapter can do something, by their ids: `soda` for logs. */
const vendorsThatCan = (capability: keyof AdapterCapabilities): string =>
  vendorManifests
    .filter((manifest) => manifest.capabilities[capability])
    .map((manifest) => manifest.vendor)
    .join(", ");

interface OptionLike {
  short?: string;
  valueName?: string;
  description: string;
}

function optionLines(options: Readonly<Record<string, OptionLike>>): string[] {
  const entries = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : "    "}--${name}${option.valueName ? ` ${option.valueName}` : ""}`;
    return [flag, option.description] as const;
  });
  const width = Math.max(...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

const environmentText = `Credentials (the environment beats the config file; flags beat both for options):
${credentialLines().join("\n")}
  Config file: --config FILE, or SCANSTAT_CONFIG, or $XDG_CONFIG_HOME/scanstat/config.json
  (default ~/.config/scanstat/config.json); --profile NAME or SCANSTAT_PROFILE picks a profile.
  Rate budgets: --rate-limit beats SCANSTAT_RATE_LIMITS="halo.read=120/60,pd.write=5/60"
  (requests/seconds), which beats the config file's rateLimits. NO_COLOR turns colours off.
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY (either case, read as curl reads them) route vendor requests.`;

interface CommandHelp {
  usage: string;
  summary: string;
  details?: string;
  examples: string[];
  /** The command's own exit codes: the scan table for scan commands, a short list for the others. */
  exitCodes: string;
}

const interruptLine = "  130  interrupted (SIGINT); 143 terminated (SIGTERM)";
const usageLine = "  64   usage: unknown option, malformed ref, missing credentials";

function exitCodeList(...lines: string[]): string {
  return ["Exit codes:", ...lines].join("\n");
}

const commandHelp: Record<Exclude<CommandName, "help">, CommandHelp> = {
  status: {
    usage: "scanstat status <ref>... [options]",
    summary: "One look at each scan. A ref is <vendor>:<id>, e.g. soda:4651ba64-… or pd:abc (pd = projectdiscovery).",
    examples: ["scanstat status soda:4651ba64-1c5a-4f3e-9a57-0c2a6f0e5a10", "scanstat status pd:cq9f1 halo:812 --json"],
    exitCodes: exitCodeTable,
  },
  watch: {
    usage: "scanstat watch <ref>... [options]",
    summary: "Follow scans until every one is terminal, then exit with one code for all.",
    details:
      "Without --interval the delay between two looks grows from 2 s to 30 s (exponential, full jitter);\nSoda's X-Soda-Next-Poll-Time hint wins when present; every vendor's rate budget caps it all.",
    examples: [
      "scanstat watch soda:4651ba64-… pd:cq9f1 --timeout 1800",
      "scanstat watch halo:812 --fail-on critical --format junit --output scans.xml",
    ],
    exitCodes: exitCodeTable,
  },
  trigger: {
    usage: "scanstat trigger <vendor> [trigger options] [--wait] [options]",
    summary: "Start a scan and print its ref. With --wait, follow it like watch (same exit codes).",
    details: `Each vendor's trigger options ([optional], ... repeatable):\n${triggerUsageLines().join("\n")}\nThe ref is printed as soon as the scan exists.`,
    examples: [
      `ref=$(${firstTriggerExample()})`,
      ...triggerExampleLines(),
      `${firstTriggerExample()} --wait --cancel-on-interrupt --fail-on critical`,
    ],
    exitCodes: exitCodeTable,
  },
  cancel: {
    usage: "scanstat cancel <ref>... [options]",
    summary: "Ask each vendor to cancel a scan (exit 0 when every request was accepted, 4 otherwise).",
    examples: ["scanstat cancel soda:4651ba64-…", "scanstat cancel pd:cq9f1 halo:812"],
    exitCodes: exitCodeList(
      "  0    every cancel request was accepted",
      "  4    a vendor refused a request or could not be reached (the other refs were still asked)",
      `${usageLine}, a vendor that cannot cancel`,
      interruptLine,
    ),
  },
  logs: {
    usage: "scanstat logs <ref> [options]",
    summary: `Stream a scan's log lines (vendors that keep logs: ${vendorsThatCan("logs")}).`,
    examples: ["scanstat logs soda:4651ba64-…", "scanstat logs soda:4651ba64-… --format ndjson | jq .message"],
    exitCodes: exitCodeList(
      "  0    every log line was read",
      "  4    the logs could not be read: auth, network, vendor error, unknown scan",
      `${usageLine}, a vendor that keeps no logs`,
      interruptLine,
    ),
  },
  list: {
    usage: "scanstat list <vendor> [--active] [--type TYPE] [--limit N] [options]",
    summary: "List a vendor's scans (at most 50 unless --limit says otherwise).",
    examples: ["scanstat list pd --active", "scanstat list halo --type recent --json"],
    exitCodes: exitCodeList(
      "  0    the scans were listed (none is not an error)",
      "  4    the list could not be read: auth, network, vendor error",
      `${usageLine}, a vendor that cannot list`,
      interruptLine,
    ),
  },
  vendors: {
    usage: "scanstat vendors [--check [vendor...]] [--json]",
    summary: "What each vendor can do, which credentials are set (never their values) and each rate budget in effect.",
    details:
      "--check proves the credentials work with one documented read-only call per vendor (each vendor's\ncheapest read that needs the credentials): never a POST, never a trigger. One line per vendor: ok,\nrefused (the vendor's words), unreachable, failed, not configured.",
    examples: [
      "scanstat vendors",
      "scanstat vendors --check",
      "scanstat vendors --check soda halo --json",
      "scanstat vendors --profile staging --json",
      "scanstat vendors --rate-limit halo.read=120/60",
    ],
    exitCodes: exitCodeList(
      "  0    without --check: always; with --check: every checked vendor answered ok",
      "  4    with --check: a vendor refused the credentials, could not be reached, failed, or none was configured",
      "  64   usage: unknown option or vendor",
    ),
  },
  demo: {
    usage: "scanstat demo",
    summary:
      "Run the built-in simulators of every vendor (time ×60), trigger each one's example scans and show them\nlive to the end. No account, no network. Exits 0 whatever the verdicts.",
    examples: ["scanstat demo", "scanstat demo --format ndjson"],
    exitCodes: exitCodeList(
      "  0    the demo ran to the end, whatever the verdicts",
      "  64   usage: unknown option",
      interruptLine,
    ),
  },
  sandbox: {
    usage: "scanstat sandbox [--port N] [--export-file FILE]",
    summary: `Serve the simulators on 127.0.0.1 (paths ${vendorManifests.map((manifest) => `/${manifest.vendor}`).join(", ")}) until Ctrl-C.\nPrints one \`export NAME=value\` line per variable a client needs; scans take about 17 s of real time.`,
    details:
      "--export-file FILE writes the same lines to FILE once the sandbox serves (atomically: the file is\nwhole or absent) and removes it when the sandbox stops, so a script can wait for the file, then source it.",
    examples: [
      "rm -f sandbox.env; scanstat sandbox --port 0 --export-file sandbox.env &",
      "until [ -f sandbox.env ]; do sleep 0.2; done; . ./sandbox.env",
      `${firstTriggerExample()} --wait`,
    ],
    exitCodes: exitCodeList(
      "  0    stopped by Ctrl-C or SIGTERM",
      "  64   usage: unknown option, a port that cannot be used, an --env-file that cannot be written",
    ),
  },
  serve: {
    usage: "scanstat serve [<ref>...] [--port N] [--host H] [--token T] [--interval S] [--config FILE]",
    summary: "Watch scans and serve a live board, JSON API, Prometheus metrics and vendor webhooks (127.0.0.1:4200).",
    details:
      'GET / (board), GET /api/scans, POST /api/scans {"refs":[…]}, DELETE /api/scans/<ref>, GET /events (SSE),\nGET /metrics, POST /hooks/<vendor>, GET /healthz. The token (--token or SCANSTAT_SERVE_TOKEN) guards\nwrites and hooks (Authorization: Bearer T, or ?token=T); --host beyond loopback needs one. The config\nfile\'s "serve": {"active": ["projectdiscovery", …]} also watches each listed vendor\'s active scans.',
    examples: [
      "scanstat serve soda:4651ba64-… pd:cq9f1",
      "SCANSTAT_SERVE_TOKEN=$(openssl rand -hex 16) scanstat serve --host 0.0.0.0 --interval 60",
      'curl -X POST -H "Authorization: Bearer $T" -H "Content-Type: application/json" -d \'{"refs":["halo:812"]}\' localhost:4200/api/scans',
    ],
    exitCodes: exitCodeList(
      "  0    stopped by Ctrl-C or SIGTERM",
      "  64   usage: unknown option, malformed ref, missing credentials, --host beyond loopback without a token",
    ),
  },
  completion: {
    usage: "scanstat completion bash|zsh|fish",
    summary: "Print a shell completion script.",
    examples: [
      'eval "$(scanstat completion bash)"',
      "scanstat completion zsh > ~/.zfunc/_scanstat",
      "scanstat completion fish > ~/.config/fish/completions/scanstat.fish",
    ],
    exitCodes: exitCodeList("  0    the script was printed", "  64   usage: unknown shell"),
  },
};

/** `scanstat --help`. */
export function generalHelp(version: string): string {
  const commands = Object.entries(commandHelp).map(
    ([name, help]) => `  ${name.padEnd(11)} ${help.summary.split("\n")[0]!.split(". ")[0]!.replace(/\.$/, "")}`,
  );
  return [
    `scanstat ${version}: where is my scan, and how did it end? ${vendorManifests.map((manifest) => manifest.displayName).join(", ")}.`,
    "",
    "Usage: scanstat <command> [arguments] [options]",
    "",
    "Commands:",
    ...commands,
    "",
    "Common options:",
    ...optionLines(commonOptions),
    "",
    "Trigger options:",
    ...optionLines(triggerOptions),
    "",
    environmentText,
    "",
    exitCodeTable,
    "",
    "Examples:",
    "  scanstat demo",
    `  ${firstTriggerExample()} --wait`,
    "  scanstat watch soda:4651ba64-… pd:cq9f1 --timeout 1800 --format junit --output scans.xml",
    "",
    "Run scanstat <command> --help for a command's options and examples.",
    "",
  ].join("\n");
}

/** `scanstat <command> --help`. */
export function commandHelpText(command: Exclude<CommandName, "help">): string {
  const help = commandHelp[command];
  const own =
    command === "trigger"
      ? triggerOptions
      : command === "list"
        ? listOptions
        : command === "sandbox"
          ? sandboxOptions
          : command === "vendors"
            ? vendorsOptions
            : command === "serve"
              ? serveOptions
              : {};
  const accepted = optionsByCommand[command];
  const lines = [`Usage: ${help.usage}`, "", help.summary];
  if (help.details) lines.push("", help.details);
  if (Object.keys(own).length > 0)
    lines.push("", `${command[0]!.toUpperCase()}${command.slice(1)} options:`, ...optionLines(own));
  if (command !== "sandbox" && command !== "completion") {
    // The command's own wording of a common option wins (`status --timeout` bounds one look).
    const common = Object.fromEntries(
      Object.keys(commonOptions)
        .filter((name) => name in accepted)
        .map((name) => [name, accepted[name]!]),
    );
    lines.push("", "Options:", ...optionLines(common));
  }
  lines.push("", "Examples:", ...help.examples.map((example) => `  ${example}`));
  lines.push("", help.exitCodes);
  if (command !== "completion" && command !== "sandbox" && command !== "demo") lines.push("", environmentText);
  lines.push("");
  return lines.join("\n");
}
