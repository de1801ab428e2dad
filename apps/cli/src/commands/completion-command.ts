import { type CommandName, commandNames, optionsByCommand } from "../arguments/option-definitions.js";
import { type CompletionShell, outputFormats } from "../arguments/parse-values.js";
import { vendorManifests, vendorWords } from "../vendors/vendor-manifests.js";

const commands = commandNames.filter((name) => name !== "help");
const severities = ["critical", "high", "medium", "low", "info", "none"];

function flagsOf(command: CommandName): string[] {
  return Object.keys(optionsByCommand[command]).map((name) => `--${name}`);
}

/** Vendor options of type `choice` (a manifest's list filters and trigger options): their values. */
const vendorChoices = Object.fromEntries(
  vendorManifests
    .flatMap((manifest) => [...manifest.trigger.options, ...manifest.listFilters])
    .filter((option) => option.type === "choice" && option.choices)
    .map((option) => [option.name, option.choices!]),
);

/** Options whose value the shell can offer. */
const valueChoices: Record<string, readonly string[]> = {
  format: outputFormats,
  "fail-on": severities,
  "warn-on": severities,
  ...vendorChoices,
};

function bashScript(): string {
  const cases = commands.map((command) => `    ${command}) flags="${flagsOf(command).join(" ")}" ;;`).join("\n");
  const values = Object.entries(valueChoices)
    .map(([name, choices]) => `    --${name}) COMPREPLY=( $(compgen -W "${choices.join(" ")}" -- "$cur") ); return ;;`)
    .join("\n");
  return `# scanstat bash completion: eval "$(scanstat completion bash)"
_scanstat() {
  local cur prev command flags
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  command="\${COMP_WORDS[1]}"
  case "$prev" in
${values}
    --output|--config|-o) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.join(" ")} --help --version" -- "$cur") )
    return
  fi
  case "$command" in
${cases}
    *) flags="" ;;
  esac
  case "$command" in
    trigger|list) if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=( $(compgen -W "${vendorWords.join(" ")}" -- "$cur") ); return; fi ;;
    completion) COMPREPLY=( $(compgen -W "bash zsh fish" -- "$cur") ); return ;;
  esac
  COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
}
complete -F _scanstat scanstat
`;
}

function zshScript(): string {
  const cases = commands
    .map(
      (command) =>
        `    ${command}) _values 'option' ${flagsOf(command)
          .map((flag) => `'${flag}'`)
          .join(" ")} ;;`,
    )
    .join("\n");
  return `#compdef scanstat
# scanstat zsh completion: scanstat completion zsh > "\${fpath[1]}/_scanstat"
_scanstat() {
  if (( CURRENT == 2 )); then
    _values 'command' ${commands.map((command) => `'${command}'`).join(" ")}
    return
  fi
  case "\${words[2]}" in
    trigger|list) if (( CURRENT == 3 )); then _values 'vendor' ${vendorWords.map((vendor) => `'${vendor}'`).join(" ")}; return; fi ;;
    completion) _values 'shell' 'bash' 'zsh' 'fish'; return ;;
  esac
  case "\${words[CURRENT-1]}" in
${Object.entries(valueChoices)
  .map(
    ([name, choices]) =>
      `    --${name}) _values '${name}' ${choices.map((choice) => `'${choice}'`).join(" ")}; return ;;`,
  )
  .join("\n")}
    --output|--config|-o) _files; return ;;
  esac
  case "\${words[2]}" in
${cases}
  esac
}
compdef _scanstat scanstat
`;
}

function fishScript(): string {
  const lines = [
    "# scanstat fish completion: scanstat completion fish > ~/.config/fish/completions/scanstat.fish",
    "complete -c scanstat -f",
    `complete -c scanstat -n __fish_use_subcommand -a "${commands.join(" ")}"`,
    `complete -c scanstat -n "__fish_seen_subcommand_from trigger list" -a "${vendorWords.join(" ")}"`,
    `complete -c scanstat -n "__fish_seen_subcommand_from completion" -a "bash zsh fish"`,
  ];
  for (const command of commands) {
    for (const [name, option] of Object.entries(optionsByCommand[command])) {
      const choices = valueChoices[name];
      const needsValue = "valueName" in option;
      const argument = choices ? ` -x -a "${choices.join(" ")}"` : needsValue ? " -r" : "";
      lines.push(
        `complete -c scanstat -n "__fish_seen_subcommand_from ${command}" -l ${name}${argument} -d ${JSON.stringify(option.description)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `scanstat completion bash|zsh|fish`. */
export function completionScript(shell: CompletionShell): string {
  switch (shell) {
    case "bash":
      return bashScript();
    case "zsh":
      return zshScript();
    case "fish":
      return fishScript();
  }
}
