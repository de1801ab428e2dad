import {
  basicAuthSecrets,
  type Clock,
  type CommonAdapterSettings,
  createSlidingWindowLimiter,
  type HttpTraceEvent,
  type RateLimiter,
  redactSecrets,
  redactUrlUserinfo,
  type ScanAdapter,
  urlUserinfoSecrets,
  type VendorId,
} from "@scanstat/core";
import type { VendorManifest } from "@scanstat/core/adapter-kit";
import type { CliRuntime } from "../cli-runtime.js";
import { adapterRateLimits } from "../config/rate-limit-settings.js";
import type { ResolvedConfiguration } from "../config/resolve-configuration.js";
import { createReporter } from "../output/create-reporter.js";
import { atFinishReporter, combineReporters, type ReportEnd, type ScanReporter } from "../output/scan-reporter.js";
import { missingCredentialsError } from "./missing-credentials.js";
import { createJobSummaryReporter } from "../job-summary/job-summary-reporter.js";
import { sanitizeTerminalText } from "../output/sanitize-terminal-text.js";
import type { TextOutput } from "../output/text-output.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";

/** What every command gets: outputs (already scrubbed of secrets), configuration, adapters, a shared clock and budget. */
export interface CommandContext {
  runtime: CliRuntime;
  stdout: TextOutput;
  stderr: TextOutput;
  config: ResolvedConfiguration;
  clock: Clock;
  signal: AbortSignal;
  /** The vendor's adapter, built once (ConfigError when its credentials are missing). */
  adapter(vendor: VendorId): Promise<ScanAdapter>;
  /** Throws one ConfigError (exit 64) naming every one of these vendors whose credentials are missing. */
  requireCredentials(vendors: readonly VendorId[]): void;
  /** `vendors --check`: the vendor's documented read-only credentials call, through the same transport and budget. */
  checkCredentials(vendor: VendorId): Promise<string | undefined>;
  /** Notes for stderr; a live table routes them above itself so the redraw stays exact. */
  note(text: string): void;
  routeNotes(route: ((text: string) => void) | undefined): void;
  /**
   * The command's reporter. `summary` names the command when its table also goes to the job
   * summary (`GITHUB_STEP_SUMMARY`) and to the runtime's report observer (the GitHub Action).
   */
  reporter(activity: "follow" | "once", summary?: { command: string }): ScanReporter;
  redact(text: string): string;
}

export interface CommandContextOptions {
  runtime: CliRuntime;
  stdout: TextOutput;
  stderr: TextOutput;
  config: ResolvedConfiguration;
  /** The demo's scaled clock; the runtime's clock otherwise. */
  clock?: Clock;
  /** Variables to use instead of the configuration's (the demo's simulators). */
  variables?: Readonly<Record<string, string>>;
  /** The adapters' transport (`vendorFetch`); without it, Node's built-in fetch (the demo's simulators). */
  fetch?: typeof globalThis.fetch;
  /** The process's rate budget (serve wraps it to report what is left); a fresh sliding window otherwise. */
  limiter?: RateLimiter;
  /** Told of every vendor request (serve's metrics), beside the --verbose trace. */
  onTrace?: (event: HttpTraceEvent) => void;
}

/** `soda getScan GET https://…/api/v1/scans/… → 200 in 84 ms` (the URL comes redacted from core). */
export function formatTrace(event: HttpTraceEvent): string {
  const outcome = event.status !== undefined ? String(event.status) : (event.error ?? "no answer");
  const attempt = event.attempt > 1 ? ` (attempt ${event.attempt})` : "";
  const retry = event.retryInMs !== undefined ? `; next try in ${event.retryInMs} ms` : "";
  const url = sanitizeTerminalText(redactUrlUserinfo(event.url));
  const request = sanitizeTerminalText(`${event.vendor} ${event.operation} ${event.method}`);
  return `scanstat: ${request} ${url} → ${sanitizeTerminalText(outcome)} in ${event.durationMs} ms${attempt}${retry}\n`;
}

/** The settings one vendor's adapter gets: the shared ones plus that vendor's rate budget overrides. */
export function vendorSettings(
  common: CommonAdapterSettings,
  config: ResolvedConfiguration,
  vendor: VendorId,
): CommonAdapterSettings {
  const rateLimits = adapterRateLimits(config.rateLimits[vendor]);
  return rateLimits ? { ...common, rateLimits } : common;
}

/**
 * Credential values in every printable form (a Basic header, where a manifest says its variables
 * are sent as one, is base64 of user:password; core's redaction adds the trimmed, `Bearer`-less
 * and percent-encoded forms), and the user and password of any base URL that carries them
 * (`https://user:password@proxy`).
 */
export function secretsOf(
  variables: Readonly<Record<string, string>>,
  secretValues: readonly string[],
  manifests: readonly VendorManifest[] = vendorManifests,
): string[] {
  const secrets = [...secretValues];
  for (const { basicAuth } of manifests) {
    const user = basicAuth && variables[basicAuth.user];
    const password = basicAuth && variables[basicAuth.password];
    if (user && password) secrets.push(...basicAuthSecrets(user, password));
  }
  for (const value of Object.values(variables)) {
    if (value.includes("@")) secrets.push(...urlUserinfoSecrets(value));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return secrets.sort((a, b) => b.length - a.length);
}

/** Hands the end of a command to the runtime's observer (the GitHub Action reads its outputs from it). */
function observingReporter(command: string, observe: NonNullable<CliRuntime["observeReport"]>): ScanReporter {
  return atFinishReporter((end: ReportEnd) => observe({ ...end, command }));
}

export function createCommandContext(options: CommandContextOptions): CommandContext {
  const { runtime, config } = options;
  const clock = options.clock ?? runtime.clock;
  const variables = options.variables ?? config.env;
  // One budget per credential for the whole process, on the same clock as the watcher.
  const limiter: RateLimiter = options.limiter ?? createSlidingWindowLimiter(clock);
  const adapters = new Map<VendorId, Promise<ScanAdapter>>();
  let noteRoute: ((text: string) => void) | undefined;
  const note = (text: string) => (noteRoute ? noteRoute(text) : options.stderr.write(text));
  const redact = (text: string) => redactSecrets(text, config.secrets);

  const common: CommonAdapterSettings = {
    clock,
    limiter,
    requestTimeoutMs: config.options.requestTimeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(config.options.severityPolicy ? { severityPolicy: config.options.severityPolicy } : {}),
    ...(config.options.verbose || options.onTrace
      ? {
          onTrace: (event: HttpTraceEvent) => {
            options.onTrace?.(event);
            if (config.options.verbose) note(formatTrace(event));
          },
        }
      : {}),
  };

  const context: CommandContext = {
    runtime,
    stdout: options.stdout,
    stderr: options.stderr,
    config,
    clock,
    signal: runtime.signal,
    adapter(vendor) {
      let adapter = adapters.get(vendor);
      if (!adapter) {
        const missing = missingCredentialsError([vendor], variables);
        if (missing) return Promise.reject(missing);
        adapter = runtime
          .loadVendor(vendor)
          .then((module) => module.createAdapter(variables, vendorSettings(common, config, vendor)));
        adapters.set(vendor, adapter);
      }
      return adapter;
    },
    requireCredentials(vendors) {
      const missing = missingCredentialsError(vendors, variables);
      if (missing) throw missing;
    },
    async checkCredentials(vendor) {
      const module = await runtime.loadVendor(vendor);
      return module.checkCredentials(variables, vendorSettings(common, config, vendor), { signal: runtime.signal });
    },
    note,
    routeNotes: (route) => {
      noteRoute = route;
    },
    reporter: (activity, summary) => {
      const reporters = [
        createReporter({
          stdout: options.stdout,
          stderr: options.stderr,
          routeNotes: context.routeNotes,
          clock,
          env: runtime.env,
          options: config.options,
          activity,
          redact,
        }),
      ];
      const summaryPath = runtime.env.GITHUB_STEP_SUMMARY;
      if (summary && summaryPath) {
        reporters.push(createJobSummaryReporter({ path: summaryPath, command: summary.command, redact, note }));
      }
      if (summary && runtime.observeReport) reporters.push(observingReporter(summary.command, runtime.observeReport));
      return combineReporters(reporters);
    },
    redact,
  };
  return context;
}
