/**
 * The action's inputs, read as GitHub passes them: `INPUT_<NAME>` with the name upper-cased and
 * spaces turned to `_` (a dash stays a dash: `fail-on` arrives as `INPUT_FAIL-ON`).
 */
export type ActionEnvironment = Readonly<Record<string, string | undefined>>;

export function readInput(env: ActionEnvironment, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** A list input: one item per line, or separated by spaces or commas. */
function readListInput(env: ActionEnvironment, name: string): string[] {
  return readInput(env, name)
    .split(/[\s,]+/)
    .filter((item) => item !== "");
}

/** `true` / `false` as GitHub's YAML 1.2 core schema writes them; anything else is a mistake worth stopping for. */
function readBooleanInput(env: ActionEnvironment, name: string): boolean {
  const value = readInput(env, name);
  if (value === "" || /^(false|False|FALSE)$/.test(value)) return false;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  throw new ActionInputError(`input ${name} must be true or false (got "${value}")`);
}

export class ActionInputError extends Error {
  override readonly name = "ActionInputError";
}

export type ActionCommand = "status" | "watch" | "trigger";
const commands: readonly ActionCommand[] = ["status", "watch", "trigger"];

/** Options passed through as `--name value` when the input is set. */
const valueOptions = ["fail-on", "warn-on", "timeout", "interval", "request-timeout", "format", "output"] as const;
/** Trigger options, per the CLI's flags (the CLI checks which vendor takes which). */
const triggerValueOptions = ["definition", "data-timestamp", "name", "target-id"] as const;
const triggerListOptions = ["target", "template"] as const;

export interface ActionInvocation {
  command: ActionCommand;
  /** `trigger` without `wait`: the action writes the summary itself (the CLI writes one only for a watched scan). */
  waits: boolean;
  argv: string[];
}

/** The scanstat command line the inputs describe. Bad inputs: ActionInputError (the step exits 64). */
export function actionInvocation(env: ActionEnvironment): ActionInvocation {
  const command = readInput(env, "command") || "watch";
  if (!(commands as readonly string[]).includes(command)) {
    throw new ActionInputError(`input command must be one of ${commands.join(", ")} (got "${command}")`);
  }
  const argv: string[] = [command];
  let waits = true;
  if (command === "trigger") {
    const vendor = readInput(env, "vendor");
    if (!vendor)
      throw new ActionInputError("command trigger needs the input vendor (soda, projectdiscovery, telmai, halo)");
    argv.push(vendor);
    for (const name of triggerValueOptions) {
      const value = readInput(env, name);
      if (value) argv.push(`--${name}=${value}`);
    }
    for (const name of triggerListOptions) for (const item of readListInput(env, name)) argv.push(`--${name}=${item}`);
    waits = readBooleanInput(env, "wait");
    if (waits) argv.push("--wait");
    if (readListInput(env, "refs").length > 0) throw new ActionInputError("command trigger takes no refs");
  } else {
    const refs = readListInput(env, "refs");
    if (refs.length === 0) throw new ActionInputError(`command ${command} needs the input refs (e.g. soda:4651ba64-…)`);
    argv.push(...refs);
  }
  for (const name of valueOptions) {
    const value = readInput(env, name);
    // `--name=value`: a value starting with "-" is still a value, never an option.
    if (value) argv.push(`--${name}=${value}`);
  }
  if (readBooleanInput(env, "ok-on-warn")) argv.push("--ok-on-warn");
  if (readBooleanInput(env, "verbose")) argv.push("--verbose");
  return { command: command as ActionCommand, waits, argv };
}
