import type { ScanRef } from "@scanstat/core";
import type { CommandContext } from "./command-context.js";
import { followScans } from "./follow-scans.js";
import { prepareAdapters } from "./prepare-adapters.js";

/** `scanstat watch <ref>...`: follow until every scan is terminal; one exit code for all. */
export async function watchCommand(context: CommandContext, refs: readonly ScanRef[]): Promise<number> {
  await prepareAdapters(context, refs);
  const reporter = context.reporter("follow", { command: "watch" });
  const result = await followScans(context, refs, reporter);
  await reporter.finish(result);
  return result.exitCode;
}
