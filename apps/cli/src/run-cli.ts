import { ScanstatError } from "@scanstat/core";
import { type ParsedCommandLine, parseCommandLine } from "./arguments/parse-command-line.js";
import { UsageError } from "./arguments/usage-error.js";
import type { CliRuntime } from "./cli-runtime.js";
import { cancelCommand } from "./commands/cancel-command.js";
import { type CommandContext, createCommandContext, secretsOf } from "./commands/command-context.js";
import { checkVendorsCommand } from "./commands/check-vendors.js";
import { completionScript } from "./commands/completion-command.js";
import { demoCommand } from "./commands/demo-command.js";
import { listCommand } from "./commands/list-command.js";
import { logsCommand } from "./commands/logs-command.js";
import { sandboxCommand } from "./commands/sandbox-command.js";
import { statusCommand } from "./commands/status-command.js";
import { triggerCommand } from "./commands/trigger-command.js";
import { vendorsCommand } from "./commands/vendors-command.js";
import { watchCommand } from "./commands/watch-command.js";
import { resolveConfiguration } from "./config/resolve-configuration.js";
import { ExitCode, exitCodeForOutcome, exitCodeForSignal } from "./exit/exit-codes.js";
import { commandHelpText, generalHelp } from "./help/help-text.js";
import { checkOutputPath } from "./output/check-output-path.js";
import { errorText } from "./output/error-text.js";
import { sanitizeTerminalText } from "./output/sanitize-terminal-text.js";
import { createRedactingOutput, createSanitizingOutput } from "./output/text-output.js";
import { vendorFetch } from "./transport/vendor-fetch.js";

type ScanCommand = Exclude<ParsedCommandLine, { command: "help" | "version" | "completion" | "serve" }>;

function runCommand(parsed: ScanCommand, context: CommandContext): Promise<number> {
  switch (parsed.command) {
    case "status":
      return statusCommand(context, parsed.refs);
    case "watch":
      return watchCommand(context, parsed.refs);
    case "cancel":
      return cancelCommand(context, parsed.refs);
    case "logs":
      return logsCommand(context, parsed.ref);
    case "trigger":
      return triggerCommand(context, parsed);
    case "list":
      return listCommand(context, parsed.vendor, parsed.query);
    case "vendors":
      return parsed.check ? checkVendorsCommand(context, parsed.vendors) : vendorsCommand(context);
    case "demo":
      return demoCommand(context);
    case "sandbox":
      return sandboxCommand(context, { port: parsed.port, envFile: parsed.envFile });
  }
}

/** The exit code of an error that ended a command: usage-like errors 64, anything else 4. */
function exitCodeForError(error: unknown): number {
  if (UsageError.isInstance(error)) return ExitCode.usage;
  return exitCodeForOutcome({ error });
}

/**
 * The whole CLI, given the process as a `CliRuntime`: parses, resolves configuration, runs one
 * command and returns its exit code. Never throws; every failure is one line on stderr.
 */
export async function runCli(runtime: CliRuntime): Promise<number> {
  let secrets: readonly string[] = [];
  const stdout = createRedactingOutput(runtime.stdout, () => secrets);
  // Redacted first (a secret is found as it was given), then its control characters escaped.
  const stderr = createRedactingOutput(createSanitizingOutput(runtime.stderr), () => secrets);
  let verbose = runtime.argv.includes("--verbose");

  try {
    const parsed = parseCommandLine(runtime.argv);
    switch (parsed.command) {
      case "version":
        stdout.write(`${runtime.version}\n`);
        return ExitCode.pass;
      case "help":
        stdout.write(
          parsed.topic && parsed.topic !== "help" ? commandHelpText(parsed.topic) : generalHelp(runtime.version),
        );
        return ExitCode.pass;
      case "completion":
        stdout.write(completionScript(parsed.shell));
        return ExitCode.pass;
    }
    verbose = parsed.options.verbose;
    // The demo's adapters talk to its simulators, Fetch-API handlers: Node's fetch is loaded anyway.
    const adapterFetch =
      parsed.command === "demo" || parsed.command === "sandbox" ? undefined : vendorFetch(runtime.env);
    if (parsed.options.output !== undefined) await checkOutputPath(parsed.options.output);
    const config = await resolveConfiguration({
      flags: parsed.options,
      env: runtime.env,
      homeDirectory: runtime.homeDirectory,
      platform: runtime.platform,
    });
    secrets = secretsOf(config.env, config.secrets);
    const scrubbed = { ...config, secrets: [...secrets] };
    // Warnings about exposed secrets are printed even with --quiet.
    for (const warning of config.warnings) stderr.write(`scanstat: ${warning}\n`);
    const contextOptions = { runtime, stdout, stderr, config: scrubbed, fetch: adapterFetch };
    if (parsed.command === "serve") {
      // Loaded only for serve: its server, board and metrics stay out of every other command.
      const { serveCommand } = await import("./serve/serve-command.js");
      return await serveCommand(
        runtime,
        (observers) => createCommandContext({ ...contextOptions, ...observers }),
        parsed,
      );
    }
    const context = createCommandContext(contextOptions);
    return await runCommand(parsed, context);
  } catch (error) {
    const stop = runtime.stopSignal();
    if (stop && !UsageError.isInstance(error)) return exitCodeForSignal(stop);
    if (UsageError.isInstance(error)) stderr.write(`scanstat: ${sanitizeTerminalText(error.message)}\n`);
    else stderr.write(errorText(error, { verbose }));
    if (!UsageError.isInstance(error) && !ScanstatError.isInstance(error) && !verbose) {
      stderr.write("scanstat: this looks like a bug; run again with --verbose for details\n");
    }
    return exitCodeForError(error);
  }
}
