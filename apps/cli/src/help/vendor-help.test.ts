import { describe, expect, it } from "vitest";
import { completionShells } from "../arguments/parse-values.js";
import { completionScript } from "../commands/completion-command.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";
import { commandHelpText, generalHelp } from "./help-text.js";

/** How a completion script names a flag: fish writes `-l name`, the others `--name`. */
const flagIn = (shell: string, name: string) => (shell === "fish" ? `-l ${name}` : `--${name}`);

describe("help and completions list what the manifests say", () => {
  const triggerHelp = commandHelpText("trigger");
  const listHelp = commandHelpText("list");
  const general = generalHelp("0.0.0");

  for (const manifest of vendorManifests) {
    for (const option of manifest.trigger.options) {
      it(`${manifest.vendor} --${option.name}: in trigger --help, --help and every completion script`, () => {
        expect(triggerHelp).toContain(`--${option.name}`);
        expect(triggerHelp).toContain(`${manifest.vendor}: ${option.description}`);
        expect(general).toContain(`--${option.name}`);
        for (const shell of completionShells) expect(completionScript(shell)).toContain(flagIn(shell, option.name));
      });
    }

    for (const option of manifest.listFilters) {
      it(`${manifest.vendor} list --${option.name}: in list --help and every completion script, with its choices`, () => {
        expect(listHelp).toContain(`--${option.name}`);
        for (const shell of completionShells) {
          const script = completionScript(shell);
          expect(script).toContain(flagIn(shell, option.name));
          for (const choice of option.choices ?? []) expect(script).toContain(choice);
        }
      });
    }

    it(`${manifest.vendor}: every variable in the credentials table, and the vendor and its aliases in completions`, () => {
      const table = general.slice(general.indexOf("Credentials"));
      for (const variable of manifest.environment) expect(table).toContain(variable.name);
      for (const shell of completionShells) {
        for (const word of [manifest.vendor, ...manifest.aliases]) expect(completionScript(shell)).toContain(word);
      }
    });

    it(`${manifest.vendor}: each trigger example is shown as a command line`, () => {
      for (const example of manifest.trigger.examples) expect(triggerHelp).toContain(`# ${example.description}`);
    });
  }

  it("the trigger usage line of each vendor: required flags bare, optional ones bracketed", () => {
    expect(triggerHelp).toMatch(/ soda +--definition DEFINITION \[--data-timestamp ISO\]/);
    expect(triggerHelp).toMatch(
      / projectdiscovery +--target TARGET\.\.\. \[--template TEMPLATE\.\.\.\] \[--name NAME\]/,
    );
    expect(triggerHelp).toMatch(/ halo +--target-id ID\n/);
  });

  it("Telmai's two ways in, from the CLI's credential sets", () => {
    expect(general).toMatch(
      / telmai +fabric: TELMAI_TOKEN, TELMAI_BASE_URL or classic: TELMAI_BASE_URL, TELMAI_API_KEY, TELMAI_TENANT\n +TELMAI_API=fabric\|classic picks one/,
    );
  });
});
