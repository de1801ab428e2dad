import {
  type CommandName,
  commonOptions,
  listOptions,
  optionsByCommand,
  sandboxOptions,
  triggerOptions,
} from "../arguments/option-definitions.js";
import { exitCodeTable } from "./exit-code-table.js";

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
  soda              SODA_API_KEY_ID, SODA_API_KEY_SECRET; SODA_REGION eu|us; SODA_BASE_URL
  projectdiscovery  PDCP_API_KEY; PDCP_TEAM_ID (optional); PDCP_API_SERVER
  telmai            TELMAI_TOKEN (Telmai for Fabric) or TELMAI_API_KEY + TELMAI_TENANT (classic);
                    TELMAI_BASE_URL (required: your deployment); TELMAI_API=classic|fabric when both
  halo              HALO_API_KEY; HALO_BASE_URL
  Config file: --config FILE, or SCANSTAT_CONFIG, or $XDG_CONFIG_HOME/scanstat/config.json
  (default ~/.config/scanstat/config.json); --profile NAME or SCANSTAT_PROFILE picks a profile.
  Rate budgets: --rate-limit beats SCANSTAT_RATE_LIMITS="halo.read=120/60,pd.write=5/60"
  (requests/seconds), which beats the config file's rateLimits. NO_COLOR turns colours off.
  SCANSTAT_FETCH=builtin talks to the vendors through Node's fetch instead of scanstat's node:http one.`;

interface CommandHelp {
  usage: string;
  summary: string;
  details?: string;
  examples: string[];
  exitCodes: boolean;
}

const commandHelp: Record<Exclude<CommandName, "help">, CommandHelp> = {
  status: {
    usage: "scanstat status <ref>... [options]",
    summary: "One look at each scan. A ref is <vendor>:<id>, e.g. soda:4651ba64-… or pd:abc (pd = projectdiscovery).",
    examples: ["scanstat status soda:4651ba64-1c5a-4f3e-9a57-0c2a6f0e5a10", "scanstat status pd:cq9f1 halo:812 --json"],
    exitCodes: true,
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
    exitCodes: true,
  },
  trigger: {
    usage: "scanstat trigger <vendor> [trigger options] [--wait] [options]",
    summary: "Start a scan and print its ref. With --wait, follow it like watch (same exit codes).",
    details:
      "soda needs --definition; projectdiscovery needs --target; halo needs --target-id; telmai needs\nnothing for Fabric (it runs the workspace's enabled monitors) and --asset ID for classic. The ref is printed as soon as the scan exists.",
    examples: [
      "ref=$(scanstat trigger soda --definition orders_checks)",
      "scanstat trigger pd --target shop.example.com --template cves --wait --fail-on critical",
      "scanstat trigger halo --target-id 812 --wait --cancel-on-interrupt",
      "scanstat trigger telmai --wait --ok-on-warn",
      "scanstat trigger telmai --asset orders --wait   # Telmai classic: prints telmai:<asset>~<job>",
    ],
    exitCodes: true,
  },
  cancel: {
    usage: "scanstat cancel <ref>... [options]",
    summary: "Ask each vendor to cancel a scan (exit 0 when every request was accepted, 4 otherwise).",
    examples: ["scanstat cancel soda:4651ba64-…", "scanstat cancel pd:cq9f1 halo:812"],
    exitCodes: true,
  },
  logs: {
    usage: "scanstat logs <ref> [options]",
    summary: "Stream a scan's log lines (vendors that keep logs: soda).",
    examples: ["scanstat logs soda:4651ba64-…", "scanstat logs soda:4651ba64-… --format ndjson | jq .message"],
    exitCodes: true,
  },
  list: {
    usage: "scanstat list <vendor> [--active] [--type TYPE] [--limit N] [options]",
    summary: "List a vendor's scans (at most 50 unless --limit says otherwise).",
    examples: ["scanstat list pd --active", "scanstat list halo --type recent --json"],
    exitCodes: true,
  },
  vendors: {
    usage: "scanstat vendors [--json]",
    summary: "What each vendor can do, which credentials are set (never their values) and each rate budget in effect.",
    examples: [
      "scanstat vendors",
      "scanstat vendors --profile staging --json",
      "scanstat vendors --rate-limit halo.read=120/60",
    ],
    exitCodes: false,
  },
  demo: {
    usage: "scanstat demo",
    summary:
      "Run the built-in simulators of all four vendors (time ×60), trigger scans and show them live to the end.\nNo account, no network. Exits 0 whatever the verdicts.",
    examples: ["scanstat demo", "scanstat demo --format ndjson"],
    exitCodes: false,
  },
  sandbox: {
    usage: "scanstat sandbox [--port N]",
    summary:
      "Serve the simulators on 127.0.0.1 (paths /soda, /projectdiscovery, /telmai, /halo) until Ctrl-C.\nPrints one `export NAME=value` line per variable a client needs; scans take about 17 s of real time.",
    examples: [
      "scanstat sandbox --port 4100 > sandbox.env &",
      "source sandbox.env && scanstat trigger soda --definition x --wait",
    ],
    exitCodes: false,
  },
  completion: {
    usage: "scanstat completion bash|zsh|fish",
    summary: "Print a shell completion script.",
    examples: [
      'eval "$(scanstat completion bash)"',
      "scanstat completion zsh > ~/.zfunc/_scanstat",
      "scanstat completion fish > ~/.config/fish/completions/scanstat.fish",
    ],
    exitCodes: false,
  },
};

/** `scanstat --help`. */
export function generalHelp(version: string): string {
  const commands = Object.entries(commandHelp).map(
    ([name, help]) => `  ${name.padEnd(11)} ${help.summary.split("\n")[0]!.split(". ")[0]!.replace(/\.$/, "")}`,
  );
  return [
    `scanstat ${version}: where is my scan, and how did it end? Soda Cloud, ProjectDiscovery, Telmai, Halo Security.`,
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
    "  scanstat trigger soda --definition orders_checks --wait",
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
          : {};
  const accepted = optionsByCommand[command];
  const lines = [`Usage: ${help.usage}`, "", help.summary];
  if (help.details) lines.push("", help.details);
  if (Object.keys(own).length > 0)
    lines.push("", `${command[0]!.toUpperCase()}${command.slice(1)} options:`, ...optionLines(own));
  if (command !== "sandbox" && command !== "completion") {
    const common = Object.fromEntries(Object.entries(commonOptions).filter(([name]) => name in accepted));
    lines.push("", "Options:", ...optionLines(common));
  }
  lines.push("", "Examples:", ...help.examples.map((example) => `  ${example}`));
  if (help.exitCodes) lines.push("", exitCodeTable);
  if (command !== "completion" && command !== "sandbox" && command !== "demo") lines.push("", environmentText);
  lines.push("");
  return lines.join("\n");
}
