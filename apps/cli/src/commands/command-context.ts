import {
  basicAuthSecrets,
  type Clock,
  type CommonAdapterSettings,
  createSlidingWindowLimiter,
  type HttpTraceEvent,
  type RateLimiter,
  redactSecrets,
  type ScanAdapter,
  type VendorId,
} from "@scanstat/core";
import type { CliRuntime } from "../cli-runtime.js";
import { adapterRateLimits } from "../config/rate-limit-settings.js";
import type { ResolvedConfiguration } from "../config/resolve-configuration.js";
import { createReporter } from "../output/create-reporter.js";
import type { ScanReporter } from "../output/scan-reporter.js";
import type { TextOutput } from "../output/text-output.js";

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
  /** Notes for stderr; a live table routes them above itself so the redraw stays exact. */
  note(text: string): void;
  routeNotes(route: ((text: string) => void) | undefined): void;
  reporter(activity: "follow" | "once"): ScanReporter;
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
  return `scanstat: ${event.vendor} ${event.operation} ${event.method} ${event.url} → ${outcome} in ${event.durationMs} ms${attempt}${retry}\n`;
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

/** Credential values in every printable form (Soda's Basic header is base64 of id:secret). */
export function secretsOf(variables: Readonly<Record<string, string>>, secretValues: readonly string[]): string[] {
  const secrets = [...secretValues];
  const id = variables.SODA_API_KEY_ID;
  const secret = variables.SODA_API_KEY_SECRET;
  if (id && secret) secrets.push(...basicAuthSecrets(id, secret));
  // Longest first, so a secret that contains another is replaced whole.
  return secrets.sort((a, b) => b.length - a.length);
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
        adapter = runtime
          .loadVendor(vendor)
          .then((module) => module.createAdapter(variables, vendorSettings(common, config, vendor)));
        adapters.set(vendor, adapter);
      }
      return adapter;
    },
    note,
    routeNotes: (route) => {
      noteRoute = route;
    },
    reporter: (activity) =>
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
    redact,
  };
  return context;
}
