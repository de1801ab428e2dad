import {
  createSlidingWindowLimiter,
  formatScanRef,
  type HttpTraceEvent,
  type RateLimiter,
  requireCapability,
  type ScanRef,
} from "@scanstat/core";
import type { CommonOptions } from "../arguments/parse-command-line.js";
import { UsageError } from "../arguments/usage-error.js";
import type { CliRuntime } from "../cli-runtime.js";
import type { CommandContext } from "../commands/command-context.js";
import { prepareAdapters } from "../commands/prepare-adapters.js";
import { errorText } from "../output/error-text.js";
import { listenHttp } from "./listen-http.js";
import { meterLimiter } from "./metered-limiter.js";
import { isLoopbackHost } from "./request-guard.js";
import { createScanBoard } from "./scan-board.js";
import { loadServeConfig } from "./serve-config.js";
import { createServeHandler } from "./serve-handler.js";
import { createServeMetrics } from "./serve-metrics.js";
import { watchActiveScans } from "./watch-active-scans.js";

const defaultServePort = 4200;
const defaultServeHost = "127.0.0.1";
/** Shorter tokens can be guessed; `openssl rand -hex 16` gives 32 characters. */
const minimumTokenLength = 16;

export interface ServeInput {
  refs: readonly ScanRef[];
  port?: number;
  host?: string;
  token?: string;
  options: CommonOptions;
}

/** What serve adds to the command context: its own view of the rate budget, and a request counter. */
export interface ServeObservers {
  limiter: RateLimiter;
  onTrace: (event: HttpTraceEvent) => void;
}

function chooseToken(input: ServeInput, env: CliRuntime["env"], host: string): string | undefined {
  const fromEnvironment = env.SCANSTAT_SERVE_TOKEN?.trim() ? env.SCANSTAT_SERVE_TOKEN.trim() : undefined;
  const token = input.token ?? fromEnvironment;
  if (token !== undefined) {
    if (token.trim() !== token || /\s/.test(token)) throw new UsageError("the serve token may not contain spaces");
    if (token.length < minimumTokenLength) {
      throw new UsageError(
        `the serve token is shorter than ${minimumTokenLength} characters: use e.g. $(openssl rand -hex 16)`,
      );
    }
  } else if (!isLoopbackHost(host)) {
    throw new UsageError(
      `--host ${host} is reachable from other machines: set a token first (--token or SCANSTAT_SERVE_TOKEN)`,
    );
  }
  return token;
}

/**
 * `scanstat serve [<ref>...]`: watches scans with the core watcher (the command line's, those
 * added through the API, and the active scans of the vendors the config file names) and serves
 * the board, the API, events, metrics and webhooks until SIGINT or SIGTERM; then exits 0.
 */
export async function serveCommand(
  runtime: CliRuntime,
  createContext: (observers: ServeObservers) => CommandContext,
  input: ServeInput,
): Promise<number> {
  const host = input.host ?? defaultServeHost;
  if (host.trim() === "") throw new UsageError("--host needs an address, e.g. 127.0.0.1");
  const token = chooseToken(input, runtime.env, host);
  const metrics = createServeMetrics();
  const limiter = meterLimiter(createSlidingWindowLimiter(runtime.clock), runtime.clock);
  const context = createContext({ limiter, onTrace: (event) => metrics.onTrace(event) });
  const redact = (text: string) => {
    const scrubbed = context.redact(text);
    return token === undefined ? scrubbed : scrubbed.split(token).join("[redacted]");
  };
  const note = (text: string) => {
    if (!context.config.options.quiet) context.stderr.write(redact(text));
  };

  const serveConfig = await loadServeConfig(context.config.configPath);
  // Missing credentials or a vendor that cannot list stop the command now (exit 64), as watch does.
  await prepareAdapters(context, input.refs);
  for (const vendor of serveConfig.activeVendors) requireCapability(await context.adapter(vendor), "list");

  const board = createScanBoard({
    clock: context.clock,
    adapter: (vendor) => context.adapter(vendor),
    ...(context.config.options.intervalMs !== undefined ? { intervalMs: context.config.options.intervalMs } : {}),
    onEnded: (scan) => metrics.scanEnded(scan),
  });
  board.subscribe((change) => {
    if (change.type === "scan" && change.entry.error) {
      note(`scanstat serve: ${formatScanRef(change.entry.ref)}: ${change.entry.error.message}\n`);
    }
  });
  const handler = createServeHandler({
    board,
    metrics,
    limiter,
    adapter: (vendor) => context.adapter(vendor),
    webhookReader: async (vendor) => (await context.runtime.loadVendor(vendor)).readWebhook,
    token,
    loopbackOnly: isLoopbackHost(host),
    redact,
    severityPolicy: context.config.options.severityPolicy,
    startedAt: context.clock.now(),
    now: () => context.clock.now(),
  });

  let listener: Awaited<ReturnType<typeof listenHttp>>;
  const port = input.port ?? defaultServePort;
  try {
    listener = await listenHttp(handler, { host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
      throw new UsageError(`cannot listen on ${host}:${port} (${code}): choose another --host or --port`);
    }
    throw error;
  }

  const stopActive = new AbortController();
  const lastProblems = new Map<string, string>();
  try {
    board.add(input.refs, "command-line");
    const active =
      serveConfig.activeVendors.length === 0
        ? Promise.resolve()
        : watchActiveScans({
            vendors: serveConfig.activeVendors,
            intervalMs: serveConfig.activeIntervalMs,
            clock: context.clock,
            signal: stopActive.signal,
            adapter: (vendor) => context.adapter(vendor),
            found: (refs) => {
              try {
                board.add(refs, "active");
              } catch (error) {
                note(`scanstat serve: ${(error as Error).message}\n`);
              }
            },
            problem: (vendor, error) => {
              // Said once per new message, not every round.
              const text = errorText(error, { verbose: false });
              if (lastProblems.get(vendor) !== text) note(text);
              lastProblems.set(vendor, text);
            },
          });
    // The address on stdout (a script started with --port 0 learns it); the rest on stderr.
    context.stdout.write(`${listener.url}/\n`);
    note(
      `scanstat serve: board on ${listener.url}/ watching ${input.refs.length} scan${input.refs.length === 1 ? "" : "s"}${
        serveConfig.activeVendors.length > 0 ? ` and the active scans of ${serveConfig.activeVendors.join(", ")}` : ""
      }${token === undefined ? "" : "; writes and hooks need the token"}; Ctrl-C to stop\n`,
    );
    await new Promise<void>((resolve) => {
      if (context.signal.aborted) return resolve();
      context.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    stopActive.abort();
    await active;
    return 0;
  } finally {
    stopActive.abort();
    board.close();
    await listener.close();
  }
}
