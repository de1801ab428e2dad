import type { TriggerInput } from "../adapter/scan-adapter.js";
import { InvalidRequestError } from "../errors/errors.js";
import { type OptionValue, readOptionValues } from "./option-values.js";
import type { VendorManifest } from "./vendor-manifest.js";

/** What `parseTriggerInput` reads a trigger against: a manifest, or one product's part of it. */
export type TriggerSpec = Pick<VendorManifest, "vendor" | "trigger">;

/**
 * Checks a trigger input against `spec.trigger.options` and returns it read, before any request:
 * unknown keys, values of the wrong type and missing required options are InvalidRequestError
 * naming the vendor, `triggerScan` and the option key (a missing one with the hint code
 * `give-trigger-option`, for a front end to word as its own flag). `Parsed` is the adapter's typed
 * input: the shape its options describe (string, number, boolean; a list when repeatable).
 */
export function parseTriggerInput<Parsed extends object = Record<string, OptionValue | OptionValue[]>>(
  spec: TriggerSpec,
  input: TriggerInput | undefined,
): Parsed {
  return readOptionValues(spec.trigger.options, input === undefined ? {} : input, {
    vendor: spec.vendor,
    operation: "triggerScan",
    noun: "trigger option",
    fail: (message, options) => new InvalidRequestError(message, options),
  }) as Parsed;
}
