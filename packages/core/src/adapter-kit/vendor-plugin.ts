import type { CommonAdapterSettings } from "../adapter/adapter-settings.js";
import type { CallOptions, ScanAdapter } from "../adapter/scan-adapter.js";
import type { Scan } from "../model/scan.js";
import type { SeverityPolicy } from "../model/severity-policy.js";
import type { EnvironmentVariables } from "./environment.js";
import type { VendorManifest } from "./vendor-manifest.js";

/** What a webhook handler knows when it reads a vendor's payload. */
export interface WebhookContext {
  /** The scan as it was last read, for an id that is watched; undefined otherwise. */
  previous(id: string): Scan | undefined;
  /** The policy a security vendor's findings become a verdict by. */
  severityPolicy?: SeverityPolicy | undefined;
}

/** A scan a webhook payload names, by its vendor id, and what the payload says of it. */
export interface WebhookScanUpdate {
  id: string;
  /** The scan as the payload says it now stands, when it says enough; otherwise the scan is only read again. */
  scan?: Scan;
  /** A note the vendor sent with it (a failure reason). */
  message?: string;
}

/**
 * One vendor as a host (a CLI, a server, a bot) uses it: its manifest and the few functions that
 * turn the manifest's environment variables into working code. A package exports it from its own
 * `./plugin` entry, so a host that loads one vendor's plugin loads no other vendor's code.
 */
export interface VendorPlugin {
  readonly manifest: VendorManifest;
  /** Reads the vendor's variables and builds the adapter. Missing or bad variables: ConfigError. */
  createAdapter(variables: EnvironmentVariables, settings: CommonAdapterSettings): ScanAdapter;
  /**
   * One documented read-only call that proves the credentials work (never a write, never a
   * trigger). Resolves to what the vendor says about the account, when it says it.
   */
  checkCredentials(
    variables: EnvironmentVariables,
    settings: CommonAdapterSettings,
    options: CallOptions,
  ): Promise<string | undefined>;
  /**
   * The scans a webhook payload of this vendor names, with what it says of them. Without it a
   * host can still match any whole value of the payload against the ids it watches.
   */
  readWebhook?(payload: unknown, context: WebhookContext): readonly WebhookScanUpdate[];
}
