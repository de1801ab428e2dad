import { TimeoutError } from "@scanstat/core";
import type { CommandContext } from "./command-context.js";

export interface ReadDeadline {
  /** Aborted on Ctrl-C/SIGTERM, or when `--timeout` runs out (reason: a TimeoutError). */
  signal: AbortSignal;
  /** The TimeoutError once `--timeout` ran out, else undefined. */
  expired(): TimeoutError | undefined;
  dispose(): void;
}

/**
 * `--timeout S` for one-answer commands (status, list, logs): every request and wait they make
 * follows this signal, so a vendor that pages forever or never answers is left after S seconds
 * (on the command's clock: virtual in tests). Without `--timeout`, the interrupt signal alone.
 */
export function startReadDeadline(context: CommandContext, what: string): ReadDeadline {
  const timeoutMs = context.config.options.timeoutMs;
  if (timeoutMs === undefined) return { signal: context.signal, expired: () => undefined, dispose: () => undefined };
  const controller = new AbortController();
  let timedOut: TimeoutError | undefined;
  const onInterrupt = () => controller.abort(context.signal.reason);
  if (context.signal.aborted) onInterrupt();
  else context.signal.addEventListener("abort", onInterrupt, { once: true });
  const stopTimer = new AbortController();
  context.clock.sleep(timeoutMs, stopTimer.signal).then(
    () => {
      timedOut = new TimeoutError(`${what}: no complete answer within --timeout ${timeoutMs / 1000} s`);
      controller.abort(timedOut);
    },
    () => undefined,
  );
  return {
    signal: controller.signal,
    expired: () => timedOut,
    dispose: () => {
      stopTimer.abort();
      context.signal.removeEventListener("abort", onInterrupt);
    },
  };
}
