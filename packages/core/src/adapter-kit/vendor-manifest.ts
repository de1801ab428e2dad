import type { AdapterCapabilities, RateLimit } from "../adapter/scan-adapter.js";
import type { EnvironmentVariableSpec } from "./environment.js";
import type { OperationRateClasses } from "./rate-budgets.js";

/**
 * One option a caller can give (a trigger input or a list filter). Words for people, not for one
 * interface: a CLI makes `--{name}` of it, a form a field, an Action an input.
 */
export interface VendorOptionSpec {
  /** Kebab-case name, e.g. `target-id`. */
  readonly name: string;
  /** The key the adapter reads it from, e.g. `targetId`. */
  readonly key: string;
  readonly type: "string" | "integer" | "boolean" | "timestamp" | "choice";
  /** The values a `choice` takes. */
  readonly choices?: readonly string[];
  /** May be given more than once; the adapter gets a list. */
  readonly repeatable?: boolean;
  /** The adapter cannot start a scan without it. */
  readonly required?: boolean;
  readonly description: string;
}

export interface TriggerExample {
  readonly description: string;
  /** By option key, as the adapter reads them. */
  readonly input: Readonly<Record<string, string | number | readonly string[]>>;
}

/** One way to reach a vendor, for vendors with more than one (two products behind one name). */
export interface CredentialSet {
  readonly name: string;
  /** Every variable this way needs, in the order messages name them. */
  readonly required: readonly string[];
}

/**
 * The ways a vendor can be reached, and the variable that forces one (its value is a set's name).
 * Where a manifest has them, a variable's `required` is only what a catalog shows by default.
 */
export interface CredentialSets {
  readonly selector: string;
  readonly sets: readonly CredentialSet[];
}

/**
 * What a vendor package is, as plain data: importing it loads no client or adapter code, so a CLI
 * can build its catalog, help, completions, option parsing and redaction list from manifests alone.
 */
export interface VendorManifest<Vendor extends string = string, RateClass extends string = string> {
  readonly vendor: Vendor;
  /** Other names that resolve to this vendor (a short form of a long id). */
  readonly aliases: readonly string[];
  readonly displayName: string;
  readonly environment: readonly EnvironmentVariableSpec[];
  /**
   * Two of the variables above that the client sends as HTTP Basic credentials: their base64
   * `user:password` form is a secret too, to be redacted wherever it could appear.
   */
  readonly basicAuth?: { readonly user: string; readonly password: string };
  /** For a vendor reached in more than one way: the ways (each a set of the variables above). */
  readonly credentialSets?: CredentialSets;
  readonly trigger: {
    readonly options: readonly VendorOptionSpec[];
    readonly examples: readonly TriggerExample[];
  };
  /** Filters `listScans` reads beyond the common `active` and `limit`. */
  readonly listFilters: readonly VendorOptionSpec[];
  readonly rateLimits: {
    /** The budget of each class before any override: documented, or scanstat's default. */
    readonly classes: Readonly<Record<RateClass, RateLimit>>;
    readonly operations: OperationRateClasses<RateClass>;
  };
  readonly capabilities: Readonly<AdapterCapabilities>;
  /** The vendor's API documentation. */
  readonly docs: string;
}
