import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";

function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(UsageError.isInstance(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for: ${argv.join(" ")}`);
}

describe("parseCommandLine: commands", () => {
  it("status and list keep --timeout (they bound their look with it)", () => {
    expect(parseCommandLine(["status", "soda:a", "--timeout", "5"])).toMatchObject({ options: { timeoutMs: 5000 } });
    expect(parseCommandLine(["list", "pd", "--timeout", "5"])).toMatchObject({ options: { timeoutMs: 5000 } });
  });

  it("sandbox --export-file (and --env-file, its alias for Node 22+)", () => {
    expect(parseCommandLine(["sandbox", "--port", "0", "--export-file", "s.env"])).toMatchObject({
      command: "sandbox",
      port: 0,
      envFile: "s.env",
    });
    expect(parseCommandLine(["sandbox", "--env-file=s.env"])).toMatchObject({ envFile: "s.env" });
    expect(() => parseCommandLine(["sandbox", "--env-file=a", "--export-file=b"])).toThrow(
      "--export-file and --env-file disagree: give one",
    );
    expect(() => parseCommandLine(["sandbox", "--export-file="])).toThrow("--export-file needs a file name");
  });

  it("vendors --check with and without vendor names", () => {
    expect(parseCommandLine(["vendors", "--check"])).toMatchObject({ command: "vendors", check: true, vendors: [] });
    expect(parseCommandLine(["vendors", "--check", "pd", "halo", "--json"])).toMatchObject({
      command: "vendors",
      check: true,
      vendors: ["projectdiscovery", "halo"],
      options: { format: "json" },
    });
    expect(parseCommandLine(["vendors"])).toMatchObject({ command: "vendors", check: false, vendors: [] });
  });

  it("status with refs, pd alias resolved", () => {
    expect(parseCommandLine(["status", "soda:abc", "pd:x1"])).toEqual({
      command: "status",
      refs: [
        { vendor: "soda", id: "abc" },
        { vendor: "projectdiscovery", id: "x1" },
      ],
      options: { quiet: false, verbose: false, noColor: false },
    });
  });

  it("watch with every common option", () => {
    const parsed = parseCommandLine([
      "watch",
      "halo:812",
      "--format",
      "junit",
      "--output",
      "out.xml",
      "--interval",
      "2.5",
      "--timeout",
      "60",
      "--fail-on",
      "CRITICAL",
      "--warn-on",
      "none",
      "--ok-on-warn",
      "--fail-on-unknown",
      "--request-timeout",
      "10",
      "--verbose",
      "--no-color",
      "--config",
      "c.json",
      "--profile",
      "staging",
    ]);
    expect(parsed).toEqual({
      command: "watch",
      refs: [{ vendor: "halo", id: "812" }],
      options: {
        format: "junit",
        output: "out.xml",
        intervalMs: 2500,
        timeoutMs: 60_000,
        failOn: "critical",
        warnOn: "none",
        failOnUnknown: true,
        okOnWarn: true,
        requestTimeoutMs: 10_000,
        quiet: false,
        verbose: true,
        noColor: true,
        configPath: "c.json",
        profile: "staging",
      },
    });
  });

  it("--rate-limit is repeatable and keeps the order given", () => {
    expect(
      parseCommandLine(["watch", "halo:1", "--rate-limit", "halo.read=120/60", "--rate-limit=pd.write=5/30"]),
    ).toMatchObject({
      options: {
        rateLimits: [
          { vendor: "halo", rateClass: "read", requests: 120, windowMs: 60_000 },
          { vendor: "projectdiscovery", rateClass: "write", requests: 5, windowMs: 30_000 },
        ],
      },
    });
    expect(parseCommandLine(["vendors", "--rate-limit", "soda.status=30/60"])).toMatchObject({
      command: "vendors",
      options: { rateLimits: [{ vendor: "soda", rateClass: "status", requests: 30, windowMs: 60_000 }] },
    });
  });

  it("--json is --format json; -q and -o are short forms", () => {
    expect(parseCommandLine(["status", "soda:a", "--json", "-q", "-o", "x.json"])).toMatchObject({
      options: { format: "json", quiet: true, output: "x.json" },
    });
  });

  it("global options may come before the command", () => {
    expect(parseCommandLine(["--json", "status", "soda:a"])).toMatchObject({
      command: "status",
      options: { format: "json" },
    });
  });

  it("trigger soda", () => {
    expect(
      parseCommandLine([
        "trigger",
        "soda",
        "--definition",
        "orders",
        "--data-timestamp",
        "2026-01-31T10:15:30+01:00",
        "--wait",
      ]),
    ).toEqual({
      command: "trigger",
      vendor: "soda",
      input: { definition: "orders", dataTimestamp: "2026-01-31T10:15:30+01:00" },
      wait: true,
      cancelOnInterrupt: false,
      options: { quiet: false, verbose: false, noColor: false },
    });
  });

  it("trigger pd with repeated --target and --template", () => {
    expect(
      parseCommandLine([
        "trigger",
        "pd",
        "--target",
        "a.example",
        "--target",
        "b.example",
        "--template",
        "cves",
        "--name",
        "n",
      ]),
    ).toMatchObject({
      vendor: "projectdiscovery",
      input: { targets: ["a.example", "b.example"], templates: ["cves"], name: "n" },
    });
  });

  it("trigger halo: a numeric target id becomes a number", () => {
    expect(parseCommandLine(["trigger", "halo", "--target-id", "812"])).toMatchObject({ input: { targetId: 812 } });
  });

  it("trigger telmai takes no trigger options", () => {
    expect(parseCommandLine(["trigger", "telmai", "--wait", "--cancel-on-interrupt"])).toMatchObject({
      vendor: "telmai",
      input: {},
      wait: true,
      cancelOnInterrupt: true,
    });
  });

  it("list with --active, --type and --limit; 50 by default", () => {
    expect(parseCommandLine(["list", "halo", "--active", "--type", "recent", "--limit", "5"])).toMatchObject({
      vendor: "halo",
      query: { active: true, filters: { type: "recent" }, limit: 5 },
    });
    expect(parseCommandLine(["list", "pd"])).toEqual(expect.objectContaining({ query: { limit: 50 } }));
  });

  it("logs, cancel, vendors, demo, sandbox, completion", () => {
    expect(parseCommandLine(["logs", "soda:a"])).toMatchObject({ command: "logs", ref: { vendor: "soda", id: "a" } });
    expect(parseCommandLine(["cancel", "soda:a", "halo:1"])).toMatchObject({ command: "cancel" });
    expect(parseCommandLine(["vendors", "--json"])).toMatchObject({ command: "vendors", options: { format: "json" } });
    expect(parseCommandLine(["demo"])).toMatchObject({ command: "demo" });
    expect(parseCommandLine(["sandbox", "--port", "0"])).toMatchObject({ command: "sandbox", port: 0 });
    expect(parseCommandLine(["sandbox"])).not.toHaveProperty("port");
    expect(parseCommandLine(["completion", "fish"])).toEqual({ command: "completion", shell: "fish" });
  });

  it("help and version", () => {
    expect(parseCommandLine(["--help"])).toEqual({ command: "help" });
    expect(parseCommandLine(["-h"])).toEqual({ command: "help" });
    expect(parseCommandLine(["--version"])).toEqual({ command: "version" });
    expect(parseCommandLine(["-V"])).toEqual({ command: "version" });
    expect(parseCommandLine(["watch", "--help"])).toEqual({ command: "help", topic: "watch" });
    expect(parseCommandLine(["help", "trigger"])).toEqual({ command: "help", topic: "trigger" });
    // --help wins over a missing ref: people ask for help because they do not know the arguments.
    expect(parseCommandLine(["status", "--help"])).toEqual({ command: "help", topic: "status" });
  });
});

describe("parseCommandLine: every usage error is one line", () => {
  const cases: Array<[string, string[], string]> = [
    ["no command", [], "missing command (see scanstat --help)"],
    [
      "unknown command, a typo",
      ["stauts"],
      'unknown command "stauts": did you mean "status"? (commands: status, watch, trigger, cancel, logs, list, vendors, demo, sandbox, serve, completion, help)',
    ],
    [
      "unknown command, nothing close",
      ["deploy"],
      'unknown command "deploy" (commands: status, watch, trigger, cancel, logs, list, vendors, demo, sandbox, serve, completion, help)',
    ],
    ["unknown flag", ["status", "soda:a", "--bogus"], "unknown option --bogus (see scanstat --help)"],
    [
      "unknown flag, a typo",
      ["status", "soda:a", "--fial-on", "high"],
      "unknown option --fial-on: did you mean --fail-on? (see scanstat --help)",
    ],
    [
      "negative interval",
      ["watch", "soda:a", "--interval", "-1"],
      '--interval takes a positive number of seconds (got "-1")',
    ],
    ["unknown short flag", ["status", "soda:a", "-x"], "unknown option -x (see scanstat --help)"],
    [
      "flag of another command",
      ["status", "soda:a", "--definition", "x"],
      "status does not take --definition (see scanstat status --help)",
    ],
    [
      "--version after a command",
      ["status", "--version"],
      "status does not take --version (see scanstat status --help)",
    ],
    ["missing value", ["status", "soda:a", "--format"], "option --format needs a value"],
    ["value for a boolean", ["status", "soda:a", "--json=yes"], "option --json takes no value"],
    [
      "bad format",
      ["status", "soda:a", "--format", "xml"],
      '--format must be one of table, json, ndjson, junit (got "xml")',
    ],
    [
      "--json against --format",
      ["status", "soda:a", "--json", "--format", "junit"],
      "--json and --format junit disagree: give one",
    ],
    ["--quiet and --verbose", ["status", "soda:a", "-q", "--verbose"], "--quiet and --verbose disagree: give one"],
    [
      "bad interval",
      ["watch", "soda:a", "--interval", "soon"],
      '--interval takes a positive number of seconds (got "soon")',
    ],
    ["zero timeout", ["watch", "soda:a", "--timeout", "0"], '--timeout takes a positive number of seconds (got "0")'],
    [
      "bad request timeout",
      ["watch", "soda:a", "--request-timeout", "-1"],
      '--request-timeout takes a positive number of seconds (got "-1")',
    ],
    [
      "a value starting with a dash that is not a number",
      ["watch", "soda:a", "--output", "-x"],
      'option --output needs a value (write --output=VALUE for one starting with "-")',
    ],
    [
      "negative request timeout",
      ["watch", "soda:a", "--request-timeout=-1"],
      '--request-timeout takes a positive number of seconds (got "-1")',
    ],
    [
      "interval above a day",
      ["watch", "soda:a", "--interval", "86401"],
      '--interval takes at most 86400 seconds (24 h) (got "86401")',
    ],
    [
      "timeout beyond a timer's range",
      ["watch", "soda:a", "--timeout", "2147484"],
      '--timeout takes at most 86400 seconds (24 h) (got "2147484")',
    ],
    [
      "request timeout above a day",
      ["status", "soda:a", "--request-timeout", "1e9"],
      '--request-timeout takes at most 86400 seconds (24 h) (got "1e9")',
    ],
    [
      "bad severity",
      ["watch", "halo:1", "--fail-on", "severe"],
      '--fail-on takes critical, high, medium, low, info or none (got "severe")',
    ],
    [
      "bad warn-on",
      ["watch", "halo:1", "--warn-on", "5"],
      '--warn-on takes critical, high, medium, low, info or none (got "5")',
    ],
    ["empty --output", ["status", "soda:a", "--output="], "--output needs a file name"],
    ["status without refs", ["status"], "status needs at least one scan ref, e.g. soda:4651ba64-…"],
    ["watch without refs", ["watch"], "watch needs at least one scan ref, e.g. soda:4651ba64-…"],
    ["cancel without refs", ["cancel"], "cancel needs at least one scan ref, e.g. soda:4651ba64-…"],
    [
      "ref without colon",
      ["status", "4651ba64"],
      'malformed scan ref "4651ba64": expected <vendor>:<id> with vendor one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "ref of unknown vendor",
      ["watch", "snyk:1"],
      'unknown vendor "snyk" in scan ref "snyk:1": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    ["ref without id", ["status", "soda:"], 'scan ref "soda:" has no scan id after "soda:"'],
    ["logs of two refs", ["logs", "soda:a", "soda:b"], "logs takes exactly one scan ref"],
    [
      "logs as junit",
      ["logs", "soda:a", "--format", "junit"],
      "logs cannot be written as junit: use table, json or ndjson",
    ],
    [
      "trigger without vendor",
      ["trigger"],
      "trigger needs a vendor: one of soda, projectdiscovery, telmai, halo (alias pd)",
    ],
    [
      "trigger of unknown vendor",
      ["trigger", "snyk"],
      'unknown vendor "snyk": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    ["trigger with an extra word", ["trigger", "telmai", "now"], 'trigger takes no argument "now"'],
    [
      "soda without definition",
      ["trigger", "soda"],
      "trigger soda needs --definition DEFINITION: the scan definition to run",
    ],
    [
      "bad data timestamp",
      ["trigger", "soda", "--definition", "d", "--data-timestamp", "yesterday"],
      '--data-timestamp takes an ISO-8601 timestamp such as 2026-01-31T10:15:30Z (got "yesterday")',
    ],
    ["pd without target", ["trigger", "pd"], "trigger projectdiscovery needs at least one --target"],
    [
      "halo without target id",
      ["trigger", "halo"],
      "trigger halo needs --target-id ID: the id of the target to scan (a positive integer, from Halo's targets page)",
    ],
    [
      "a soda flag for halo",
      ["trigger", "halo", "--target-id", "1", "--definition", "d"],
      "--definition is a soda option; halo does not take it (halo takes --target-id)",
    ],
    [
      "a pd flag for telmai",
      ["trigger", "telmai", "--target", "x"],
      "--target is a projectdiscovery option; telmai does not take it (telmai takes --asset)",
    ],
    [
      "a halo flag for soda",
      ["trigger", "soda", "--definition", "d", "--target-id", "1"],
      "--target-id is a halo option; soda does not take it (soda takes --definition, --data-timestamp)",
    ],
    [
      "cancel on interrupt without wait",
      ["trigger", "telmai", "--cancel-on-interrupt"],
      "--cancel-on-interrupt needs --wait",
    ],
    ["list without vendor", ["list"], "list needs a vendor: one of soda, projectdiscovery, telmai, halo (alias pd)"],
    ["list of two vendors", ["list", "pd", "halo"], 'list takes no argument "halo"'],
    [
      "--type for pd",
      ["list", "pd", "--type", "all"],
      "--type is a halo option; projectdiscovery does not take it (projectdiscovery takes --search)",
    ],
    ["bad --type", ["list", "halo", "--type", "old"], '--type must be one of current, recent, prior, all (got "old")'],
    ["bad --limit", ["list", "halo", "--limit", "0"], '--limit takes a whole number of at least 1 (got "0")'],
    [
      "vendors with an argument",
      ["vendors", "soda"],
      'vendors takes no argument "soda" (to check its credentials: scanstat vendors --check soda)',
    ],
    [
      "vendors --check of an unknown vendor",
      ["vendors", "--check", "acme"],
      'unknown vendor "acme": expected one of soda, projectdiscovery, telmai, halo (alias pd)',
    ],
    [
      "status --interval (one look)",
      ["status", "soda:a", "--interval", "5"],
      "status does not take --interval (see scanstat status --help)",
    ],
    [
      "cancel --fail-on (ignored)",
      ["cancel", "soda:a", "--fail-on", "high"],
      "cancel does not take --fail-on (see scanstat cancel --help)",
    ],
    [
      "logs --interval (ignored)",
      ["logs", "soda:a", "--interval", "5"],
      "logs does not take --interval (see scanstat logs --help)",
    ],
    [
      "vendors --ok-on-warn (ignored)",
      ["vendors", "--ok-on-warn"],
      "vendors does not take --ok-on-warn (see scanstat vendors --help)",
    ],
    [
      "list --interval (ignored)",
      ["list", "pd", "--interval", "5"],
      "list does not take --interval (see scanstat list --help)",
    ],
    [
      "--check on another command",
      ["status", "soda:a", "--check"],
      "status does not take --check (see scanstat status --help)",
    ],
    [
      "trigger --timeout without --wait",
      ["trigger", "halo", "--target-id", "1", "--timeout", "60"],
      "--timeout needs --wait (without it, trigger starts the scan and does not watch it)",
    ],
    [
      "trigger --fail-on without --wait",
      ["trigger", "pd", "--target", "x", "--fail-on", "high"],
      "--fail-on needs --wait (without it, trigger starts the scan and does not watch it)",
    ],
    ["vendors as junit", ["vendors", "--format", "junit"], "vendors cannot be written as junit"],
    ["demo with an argument", ["demo", "fast"], 'demo takes no argument "fast"'],
    [
      "--rate-limit of an unknown class",
      ["watch", "halo:1", "--rate-limit", "halo.reads=120/60"],
      '--rate-limit "halo.reads=120/60": halo has no rate class "reads" (known: read, write)',
    ],
    [
      "--rate-limit of an unknown vendor",
      ["watch", "halo:1", "--rate-limit", "snyk.read=1/60"],
      '--rate-limit "snyk.read=1/60": unknown vendor "snyk" (known: soda, projectdiscovery, telmai, halo; alias pd)',
    ],
    [
      "--rate-limit with zero requests",
      ["status", "halo:1", "--rate-limit", "halo.read=0/60"],
      '--rate-limit "halo.read=0/60": requests must be a whole number of at least 1',
    ],
    [
      "--rate-limit with zero seconds",
      ["status", "halo:1", "--rate-limit", "halo.read=5/0"],
      '--rate-limit "halo.read=5/0": seconds must be a positive number',
    ],
    [
      "--rate-limit without the budget",
      ["status", "halo:1", "--rate-limit", "halo.read"],
      '--rate-limit "halo.read" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)',
    ],
    [
      "--rate-limit for the demo",
      ["demo", "--rate-limit", "halo.read=120/60"],
      "demo does not take --rate-limit (see scanstat demo --help)",
    ],
    [
      "sandbox with a bad port",
      ["sandbox", "--port", "70000"],
      '--port takes a port number from 0 to 65535 (got "70000")',
    ],
    ["sandbox with --json", ["sandbox", "--json"], "sandbox does not take --json (see scanstat sandbox --help)"],
    ["completion without shell", ["completion"], "completion needs a shell: bash, zsh, fish"],
    [
      "completion of an unknown shell",
      ["completion", "powershell"],
      'completion knows bash, zsh, fish (got "powershell")',
    ],
    ["help of an unknown command", ["help", "stats"], 'no help for unknown command "stats"'],
  ];
  for (const [name, argv, message] of cases) {
    it(name, () => {
      const text = usageError(argv);
      expect(text).toBe(message);
      expect(text).not.toContain("\n");
    });
  }
});
