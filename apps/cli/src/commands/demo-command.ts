import { type ScanRef, type TriggerInput, triggerScan, type VendorId } from "@scanstat/core";
import type { SimulatedOutcome } from "@scanstat/core/testing";
import type { VendorManifest } from "@scanstat/core/adapter-kit";
import { exitCodeForSignal } from "../exit/exit-codes.js";
import { type CommandContext, createCommandContext, secretsOf } from "./command-context.js";
import { andList } from "./missing-credentials.js";
import { followScans } from "./follow-scans.js";
import { vendorManifests } from "../vendors/vendor-manifests.js";

/** Simulated time runs this much faster than real time: a 9-minute scan takes 9 seconds. */
const demoTimeFactor = 60;

/** Each scan runs 8 to 9 minutes of vendor time (queued about 1 minute first). */
const demoDurationMs = 8 * 60_000;
const demoQueuedMs = 60_000;

/** The endings the simulators give triggered scans, in turn, each vendor starting one further: a mix of pass, warn and fail. */
const demoOutcomes: readonly SimulatedOutcome[] = ["pass", "warn", "fail"];
const demoOutcomesOf = (_vendor: string, index: number) =>
  demoOutcomes.map((_, offset) => demoOutcomes[(index + offset) % demoOutcomes.length]!);

/** Every vendor's trigger examples, as its manifest gives them (Telmai's reach both its products). */
function demoTriggers(manifests: readonly VendorManifest[]): Array<{ vendor: VendorId; input: TriggerInput }> {
  return manifests.flatMap((manifest) =>
    manifest.trigger.examples.map((example) => ({
      vendor: manifest.vendor as VendorId,
      input: example.input as TriggerInput,
    })),
  );
}

/**
 * `scanstat demo`: no account, no network. Starts every vendor's sandbox simulator on loopback with
 * a clock sped up ×60 (shared by simulators, watcher and rate budgets), triggers each manifest's
 * trigger examples, shows them live to the end, exits 0 whatever the verdicts (130/143 if interrupted).
 */
export async function demoCommand(context: CommandContext): Promise<number> {
  const { createScaledClock } = await import("@scanstat/core/testing");
  const clock = createScaledClock(demoTimeFactor);
  const simulators = await context.runtime.startSimulators({
    clock,
    outcomes: demoOutcomesOf,
    durationMs: demoDurationMs,
    queuedMs: demoQueuedMs,
    port: 0,
  });
  try {
    if (!context.config.options.quiet) {
      context.stderr.write(
        `scanstat demo: simulated ${andList(vendorManifests.map((manifest) => manifest.displayName))} on ${simulators.url} (time ×${demoTimeFactor}; no account, nothing leaves this machine)\n`,
      );
    }
    const config = {
      ...context.config,
      env: simulators.env,
      secrets: secretsOf(simulators.env, []),
      // The simulators enforce scanstat's default budgets; the user's overrides are for their vendors.
      rateLimits: {},
    };
    const demo = createCommandContext({
      runtime: context.runtime,
      stdout: context.stdout,
      stderr: context.stderr,
      config,
      clock,
      variables: simulators.env,
    });
    const reporter = demo.reporter("follow");
    const refs: ScanRef[] = [];
    for (const { vendor, input } of demoTriggers(vendorManifests)) {
      if (context.signal.aborted) break;
      const ref = await triggerScan(await demo.adapter(vendor), input, { signal: context.signal });
      reporter.triggered(ref);
      refs.push(ref);
    }
    const result = await followScans(demo, refs, reporter);
    const stop = context.runtime.stopSignal();
    // The demo demonstrates: its own exit is 0 whatever the verdicts.
    const exitCode = stop ? exitCodeForSignal(stop) : 0;
    await reporter.finish({ ...result, exitCode });
    return exitCode;
  } finally {
    await simulators.close();
  }
}
