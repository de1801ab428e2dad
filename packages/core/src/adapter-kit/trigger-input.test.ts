import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../errors/errors.js";
import type { ScanstatError } from "../errors/scanstat-error.js";
import { parseTriggerInput, type TriggerSpec } from "./trigger-input.js";

// A made-up vendor with one option of each type.
const spec: TriggerSpec = {
  vendor: "acme",
  trigger: {
    options: [
      { name: "suite", key: "suite", type: "string", required: true, description: "the suite to run" },
      { name: "target", key: "targets", type: "string", repeatable: true, description: "a host" },
      { name: "target-id", key: "targetId", type: "integer", description: "a target's id" },
      { name: "dry-run", key: "dryRun", type: "boolean", description: "only plan" },
      { name: "as-of", key: "asOf", type: "timestamp", description: "the data's time" },
      { name: "depth", key: "depth", type: "choice", choices: ["quick", "full"], description: "how deep" },
    ],
    examples: [],
  },
};

function failure(input: unknown, against: TriggerSpec = spec): ScanstatError {
  try {
    parseTriggerInput(against, input as Record<string, unknown>);
  } catch (error) {
    expect(InvalidRequestError.isInstance(error), String(error)).toBe(true);
    return error as ScanstatError;
  }
  throw new Error("expected parseTriggerInput to throw");
}

describe("parseTriggerInput", () => {
  it("reads each type: strings trimmed, integers from digits, lists from one value or many", () => {
    expect(
      parseTriggerInput(spec, {
        suite: " nightly ",
        targets: "a.example.com",
        targetId: "42",
        dryRun: "true",
        asOf: "2026-01-31T10:15:30Z",
        depth: "full",
      }),
    ).toEqual({
      suite: "nightly",
      targets: ["a.example.com"],
      targetId: 42,
      dryRun: true,
      asOf: "2026-01-31T10:15:30Z",
      depth: "full",
    });
    expect(parseTriggerInput(spec, { suite: "s", targets: ["a", " ", "b"], targetId: 7, dryRun: false })).toEqual({
      suite: "s",
      targets: ["a", "b"],
      targetId: 7,
      dryRun: false,
    });
    expect(parseTriggerInput(spec, { suite: "s", asOf: new Date(Date.UTC(2026, 0, 31)) })).toEqual({
      suite: "s",
      asOf: "2026-01-31T00:00:00.000Z",
    });
  });

  it("leaves out optional options not given, blank, undefined or an empty list", () => {
    expect(parseTriggerInput(spec, { suite: "s", targets: [], depth: "  ", targetId: undefined })).toEqual({
      suite: "s",
    });
  });

  it("takes no input at all when nothing is required", () => {
    const none: TriggerSpec = { vendor: "acme", trigger: { options: [], examples: [] } };
    expect(parseTriggerInput(none, undefined)).toEqual({});
    expect(parseTriggerInput(none, {})).toEqual({});
  });

  it("refuses a missing required option in library words, with a hint code naming its key", () => {
    for (const input of [{}, undefined, { suite: "   " }]) {
      const error = failure(input);
      expect(error.message).toBe('acme triggerScan needs the trigger option "suite": the suite to run');
      expect(error.vendor).toBe("acme");
      expect(error.operation).toBe("triggerScan");
      expect(error.hintCode).toBe("give-trigger-option");
      expect(error.hintSubject).toBe("suite");
      expect(error.message).not.toMatch(/--|scanstat|exit code/);
    }
  });

  it.each([
    [
      { suite: "s", color: "red" },
      'acme triggerScan: unknown trigger option "color" (acme takes suite, targets, targetId, dryRun, asOf, depth)',
    ],
    [
      { suite: "s", a: 1, b: 2 },
      'acme triggerScan: unknown trigger options "a", "b" (acme takes suite, targets, targetId, dryRun, asOf, depth)',
    ],
    [
      { suite: "s", constructor: "x" },
      'acme triggerScan: unknown trigger option "constructor" (acme takes suite, targets, targetId, dryRun, asOf, depth)',
    ],
    [{ suite: 5 }, 'acme triggerScan: "suite" must be a string, got 5'],
    [{ suite: ["a", "b"] }, 'acme triggerScan: the trigger option "suite" takes one value, got a list'],
    [{ suite: "s", targetId: "4x" }, 'acme triggerScan: "targetId" must be a whole number, got "4x"'],
    [{ suite: "s", targetId: 2.5 }, 'acme triggerScan: "targetId" must be a whole number, got 2.5'],
    [{ suite: "s", dryRun: "yes" }, 'acme triggerScan: "dryRun" must be true or false, got "yes"'],
    [
      { suite: "s", asOf: "yesterday" },
      'acme triggerScan: "asOf" must be an ISO-8601 timestamp such as 2026-01-31T10:15:30Z, got "yesterday"',
    ],
    [
      { suite: "s", asOf: "2026-13-45T99:99" },
      'acme triggerScan: "asOf" must be an ISO-8601 timestamp such as 2026-01-31T10:15:30Z, got "2026-13-45T99:99"',
    ],
    [{ suite: "s", depth: "deep" }, 'acme triggerScan: "depth" must be one of quick, full, got "deep"'],
    [{ suite: "s", targets: ["a", 3] }, 'acme triggerScan: "targets" must be a string, got 3'],
    [["suite"], "acme triggerScan: the trigger options must be an object of option key → value"],
    [null, "acme triggerScan: the trigger options must be an object of option key → value"],
  ])("refuses %j", (input, message) => {
    const error = failure(input);
    expect(error.message).toBe(message);
    expect(error.vendor).toBe("acme");
    expect(error.operation).toBe("triggerScan");
    expect(error.hintCode).toBeUndefined();
  });

  it("says a vendor takes no option when its spec lists none", () => {
    const none: TriggerSpec = { vendor: "acme", trigger: { options: [], examples: [] } };
    expect(failure({ asset: "orders" }, none).message).toBe(
      'acme triggerScan: unknown trigger option "asset" (acme takes no trigger option)',
    );
  });
});
