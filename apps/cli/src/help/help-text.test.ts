import { describe, expect, it } from "vitest";
import { commandNames } from "../arguments/option-definitions.js";
import { commandHelpText } from "./help-text.js";

const scanTable = "2    worst verdict fail";

describe("commandHelpText", () => {
  it.each(["status", "watch", "trigger"] as const)("%s prints the scan exit-code table", (command) => {
    expect(commandHelpText(command)).toContain(scanTable);
  });

  it.each(["cancel", "logs", "list", "vendors", "demo", "sandbox", "completion"] as const)(
    "%s prints its own exit codes, not the scan table",
    (command) => {
      const text = commandHelpText(command);
      expect(text).toContain("Exit codes:\n  0    ");
      expect(text).not.toContain(scanTable);
    },
  );

  it("lists only the options a command takes", () => {
    expect(commandHelpText("status")).not.toContain("--interval");
    expect(commandHelpText("status")).toMatch(/--timeout S +stop looking after S seconds/);
    expect(commandHelpText("cancel")).not.toMatch(/--(fail-on|timeout|interval|ok-on-warn)\b/);
    expect(commandHelpText("vendors")).toContain("--check");
    expect(commandHelpText("watch")).toContain("--interval");
  });

  it("every command has help", () => {
    for (const command of commandNames) {
      if (command === "help") continue;
      expect(commandHelpText(command)).toMatch(/^Usage: scanstat /);
    }
  });
});
