import type { VendorId } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { triggerExampleCommand } from "../help/vendor-help.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";
import { optionsByCommand } from "./option-definitions.js";
import { parseCommandLine } from "./parse-command-line.js";
import { UsageError } from "./usage-error.js";
import { triggerFlagOf, valueNameOf } from "./vendor-option-flags.js";

/** `scanstat trigger pd --target a` → the argv parseCommandLine reads (no shell quoting in the examples used). */
const argvOf = (command: string) => command.split(" ").slice(1);

function usageMessage(argv: readonly string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("trigger flags come from the manifests", () => {
  for (const manifest of vendorManifests) {
    const vendor = manifest.vendor as VendorId;
    describe(vendor, () => {
      it("trigger takes each of its options as a flag of the manifest's shape", () => {
        for (const option of manifest.trigger.options) {
          const flag = optionsByCommand.trigger[option.name];
          expect(flag, option.name).toBeDefined();
          expect(flag!.multiple ?? false).toBe(option.repeatable ?? false);
          expect(flag!.type).toBe(option.type === "boolean" ? "boolean" : "string");
          expect(flag!.description).toContain(`${vendor}: ${option.description}`);
        }
      });

      it.each(manifest.trigger.examples.map((example) => [example.description, example] as const))(
        "example %s: its command line gives back its input, by the adapter's keys",
        (_description, example) => {
          const parsed = parseCommandLine(argvOf(triggerExampleCommand(manifest, example)));
          expect(parsed).toMatchObject({ command: "trigger", vendor });
          expect((parsed as { input: unknown }).input).toEqual(example.input);
        },
      );

      for (const option of manifest.trigger.options.filter((candidate) => candidate.required)) {
        it(`without --${option.name}: a usage error naming it`, () => {
          const others = manifest.trigger.examples.find((example) => option.key in example.input);
          const input = Object.fromEntries(Object.entries(others?.input ?? {}).filter(([key]) => key !== option.key));
          const command = triggerExampleCommand(manifest, { description: "", input });
          const message = usageMessage(argvOf(command));
          expect(message).toContain(`trigger ${vendor} needs`);
          expect(message).toContain(`--${option.name}`);
        });
      }

      it("a flag of another vendor is a usage error naming its owner and this vendor's flags", () => {
        const foreign = vendorManifests
          .filter((other) => other.vendor !== vendor)
          .flatMap((other) => other.trigger.options.map((option) => ({ owner: other.vendor, option })))
          .find(({ option }) => !manifest.trigger.options.some((own) => own.name === option.name));
        if (!foreign) return;
        const flags = manifest.trigger.options.map((option) => `--${option.name}`);
        const example = manifest.trigger.examples.at(-1);
        const base = argvOf(triggerExampleCommand(manifest, example ?? { description: "", input: {} }));
        const message = usageMessage([...base, `--${foreign.option.name}`, "1"]);
        expect(message).toContain(`--${foreign.option.name} is a ${foreign.owner} option; ${vendor} does not take it`);
        expect(message).toContain(flags.length > 0 ? `${vendor} takes ${flags.join(", ")}` : "takes no trigger option");
      });

      it("each input key maps back to its flag (for hint codes)", () => {
        for (const option of manifest.trigger.options)
          expect(triggerFlagOf(vendor, option.key)).toBe(`--${option.name}`);
        expect(triggerFlagOf(vendor, "noSuchKey")).toBeUndefined();
      });
    });
  }
});

describe("vendor option values", () => {
  it.each([
    [["trigger", "halo", "--target-id", "twelve"], '--target-id takes an integer (got "twelve")'],
    [["trigger", "halo", "--target-id", " "], "--target-id needs a value"],
    [["trigger", "soda", "--definition", ""], "--definition needs a value"],
    [["list", "halo", "--type", "old"], '--type must be one of current, recent, prior, all (got "old")'],
    [
      ["list", "soda", "--search", "x"],
      "--search is a projectdiscovery option; soda does not take it (soda takes no list filter)",
    ],
  ])("%j: %s", (argv, message) => {
    expect(usageMessage(argv)).toBe(message);
  });

  it("list filters reach the query by the manifest's keys", () => {
    expect(parseCommandLine(["list", "pd", "--search", " prod "])).toMatchObject({
      query: { filters: { search: "prod" }, limit: 50 },
    });
    expect(parseCommandLine(["list", "halo", "--type", "all", "--active"])).toMatchObject({
      query: { filters: { type: "all" }, active: true, limit: 50 },
    });
  });

  it("value names in help: by type, or the flag's own name", () => {
    expect(valueNameOf({ name: "data-timestamp", key: "d", type: "timestamp", description: "" })).toBe("ISO");
    expect(valueNameOf({ name: "target-id", key: "t", type: "integer", description: "" })).toBe("ID");
    expect(valueNameOf({ name: "depth", key: "d", type: "integer", description: "" })).toBe("N");
    expect(valueNameOf({ name: "type", key: "t", type: "choice", choices: ["a", "b"], description: "" })).toBe("a|b");
    expect(valueNameOf({ name: "scan-name", key: "n", type: "string", description: "" })).toBe("SCAN_NAME");
    expect(valueNameOf({ name: "dry", key: "d", type: "boolean", description: "" })).toBeUndefined();
  });
});
