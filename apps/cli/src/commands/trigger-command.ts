import {
  cancelScan,
  formatScanRef,
  requireCapability,
  type ScanRef,
  type TriggerInput,
  triggerScan,
  type VendorId,
} from "@scanstat/core";
import { exitCodeForSignal } from "../exit/exit-codes.js";
import { errorText } from "../output/error-text.js";
import { formatJunitReport } from "../output/format-junit.js";
import { formatNdjsonEvent, refFields } from "../output/report-event.js";
import { refText } from "../output/report-entry.js";
import { stringifyJson } from "../output/report-json.js";
import { writeFileAtomically } from "../output/atomic-write.js";
import type { CommandContext } from "./command-context.js";
import { followScans } from "./follow-scans.js";

export interface TriggerRequest {
  vendor: VendorId;
  input: TriggerInput;
  wait: boolean;
  cancelOnInterrupt: boolean;
}

/** The new refs in the chosen format (`trigger` without `--wait`). */
function formatTriggered(context: CommandContext, refs: readonly ScanRef[]): string {
  switch (context.config.options.format) {
    case "json":
      return `${stringifyJson(
        refs.map((ref) => refFields(ref)),
        2,
      )}\n`;
    case "ndjson":
      return refs.map((ref) => formatNdjsonEvent({ type: "triggered", ...refFields(ref) })).join("");
    case "junit":
      // Not watched: a skipped case per scan, so a CI test tab still lists it.
      return formatJunitReport(
        refs.map((ref) => ({ ref })),
        { now: context.clock.now(), notReadMessage: "triggered; not watched (use --wait to follow it)" },
      );
    default:
      return refs.map((ref) => `${refText(ref)}\n`).join("");
  }
}

/**
 * `scanstat trigger <vendor>`: starts one scan and prints its ref at once (stdout), whatever
 * happens next. With `--wait`, follows it like `watch`; on Ctrl-C/SIGTERM prints what it knows
 * (and with `--cancel-on-interrupt` cancels the scan first).
 */
export async function triggerCommand(context: CommandContext, request: TriggerRequest): Promise<number> {
  const adapter = await context.adapter(request.vendor);
  requireCapability(adapter, "trigger");
  if (request.cancelOnInterrupt) requireCapability(adapter, "cancel");

  let ref: ScanRef;
  try {
    ref = await triggerScan(adapter, request.input, { signal: context.signal });
  } catch (error) {
    const stop = context.runtime.stopSignal();
    if (stop) {
      context.stderr.write(
        `scanstat: interrupted while triggering a ${request.vendor} scan: it may have started; check with scanstat list ${request.vendor} --active\n`,
      );
      return exitCodeForSignal(stop);
    }
    throw error;
  }

  if (!request.wait) {
    const { output } = context.config.options;
    if (output !== undefined) {
      // The ref goes to stdout too: a file that cannot be written must not lose the scan id.
      context.stdout.write(`${refText(ref)}\n`);
      await writeFileAtomically(output, context.redact(formatTriggered(context, [ref])));
    } else {
      context.stdout.write(formatTriggered(context, [ref]));
    }
    context.runtime.observeReport?.({ command: "trigger", entries: [{ ref }], reason: "done", exitCode: 0 });
    return 0;
  }

  const reporter = context.reporter("follow", { command: "trigger" });
  reporter.triggered(ref);
  let result: Awaited<ReturnType<typeof followScans>>;
  try {
    result = await followScans(context, [ref], reporter);
  } catch (error) {
    // Whatever broke the watch, the report still carries the ref.
    await reporter.finish({ entries: [{ ref }], reason: "done", exitCode: 4 }).catch(() => undefined);
    throw error;
  }
  if (result.reason === "aborted" && request.cancelOnInterrupt) {
    try {
      await cancelScan(adapter, ref.id, { signal: AbortSignal.timeout(10_000) });
      context.note(`scanstat: asked ${request.vendor} to cancel ${formatScanRef(ref)}\n`);
    } catch (error) {
      context.note(errorText(error, { verbose: context.config.options.verbose, ref }));
    }
  }
  await reporter.finish(result);
  return result.exitCode;
}
