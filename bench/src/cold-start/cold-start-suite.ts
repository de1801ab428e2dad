import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { formatQuantity } from "../report/format-figures.js";
import { buildState, repositoryPath } from "../measure/repository.js";
import { runProcess } from "../measure/run-process.js";
import { median } from "../measure/statistics.js";
import { startSandbox } from "./start-sandbox.js";
// The CLI's registry: the vendors it knows, and how its help turns an example into flags.
import { triggerExampleArguments } from "../../../apps/cli/src/help/vendor-help.js";
import { vendorManifests } from "../../../apps/cli/src/vendors/vendor-manifests.js";

const cliPath = repositoryPath("apps", "cli", "dist", "scanstat.js");
const node = process.execPath;

/** A scan to look at per vendor, started through the CLI itself: each manifest's first trigger example. */
const triggerArguments: Record<string, string[]> = Object.fromEntries(
  vendorManifests.map((manifest) => {
    const example = manifest.trigger.examples[0];
    return [manifest.vendor, example ? triggerExampleArguments(manifest, example) : []];
  }),
);

interface Comparison {
  nodeMs: number[];
  commandMs: number[];
  exitCodes: Set<number | null>;
}

const bareKyGet = repositoryPath("bench", "src", "cold-start", "bare-ky-get.mjs");

/** Runs the baseline (`node -e 0` unless given) and the command in turns (so drift and noise hit both alike). */
async function interleaved(
  commandArgs: string[],
  runs: number,
  env: NodeJS.ProcessEnv,
  baselineArgs: string[] = ["-e", "0"],
): Promise<Comparison> {
  const comparison: Comparison = { nodeMs: [], commandMs: [], exitCodes: new Set() };
  // Warm the file cache first: a cold disk is not what a user's second run sees.
  await runProcess(node, baselineArgs, { env });
  await runProcess(node, [cliPath, ...commandArgs], { env });
  for (let run = 0; run < runs; run++) {
    comparison.nodeMs.push((await runProcess(node, baselineArgs, { env })).wallMs);
    const result = await runProcess(node, [cliPath, ...commandArgs], { env });
    comparison.commandMs.push(result.wallMs);
    comparison.exitCodes.add(result.exitCode);
  }
  return comparison;
}

/** `scanstat: soda getScanStatus GET http://… → 200 in 3 ms` (the CLI's --verbose trace). */
function tracedRequests(stderr: string): Array<{ url: string; ms: number }> {
  const found: Array<{ url: string; ms: number }> = [];
  for (const line of stderr.split("\n")) {
    const match = /^scanstat: \S+ \S+ [A-Z]+ (\S+) → \d+ in (\d+) ms/.exec(line);
    if (match) found.push({ url: match[1]!, ms: Number(match[2]) });
  }
  return found;
}

const ms = (value: number) => formatQuantity(value, "ms");

/**
 * `scanstat --version` against `node -e 0`, and `scanstat status <ref>` against a sandbox
 * started once, each spawned many times in turns with `node -e 0`; medians.
 */
export const coldStartSuite: Suite = {
  goal: "cold start",
  name: "cold-start",
  async run({ quick, log }): Promise<SuiteResult> {
    const figures: Figure[] = [];
    const details: string[] = [];
    const built = buildState(cliPath, [repositoryPath("apps", "cli", "src"), repositoryPath("packages")]);
    if (built === "missing") {
      return { figures, details: ["apps/cli/dist/scanstat.js is missing: run `pnpm --filter scanstat build`"] };
    }
    if (built === "stale")
      details.push("apps/cli/dist is older than its sources: run `pnpm --filter scanstat build` for current figures");
    const env = { ...process.env, NO_COLOR: "1" };
    const runs = quick ? 9 : 25;

    log(`cold start: scanstat --version × ${runs}`);
    const version = await interleaved(["--version"], runs, env);
    const nodeMs = median(version.nodeMs);
    const versionMs = median(version.commandMs);
    figures.push({
      goal: "cold start",
      subject: "scanstat --version",
      measured: { value: versionMs, unit: "ms" },
      baseline: { label: "node -e 0", value: nodeMs, unit: "ms" },
      ratio: versionMs / nodeMs,
      direction: "at-most",
      limit: 1.2,
      stretch: 1.1,
    });

    log("cold start: starting scanstat sandbox");
    const sandbox = await startSandbox(cliPath);
    try {
      const sandboxEnv = { ...env, ...sandbox.env };
      const statusRuns = quick ? 7 : 15;
      const vendors = Object.keys(triggerArguments).slice(0, quick ? 1 : undefined);
      for (const vendor of vendors) {
        const trigger = await runProcess(node, [cliPath, "trigger", vendor, ...triggerArguments[vendor]!], {
          env: sandboxEnv,
        });
        const ref = trigger.stdout.trim().split("\n")[0] ?? "";
        if (trigger.exitCode !== 0 || !ref.startsWith(`${vendor}:`)) {
          details.push(
            `status ${vendor}: could not trigger a scan (exit ${trigger.exitCode}): ${trigger.stderr.trim().split("\n")[0]}`,
          );
          continue;
        }
        // One verbose run says which requests a status costs; each is then timed raw.
        const verbose = await runProcess(node, [cliPath, "status", ref, "--verbose"], { env: sandboxEnv });
        const requests = tracedRequests(verbose.stderr);
        log(`cold start: scanstat status ${vendor} × ${statusRuns} (${requests.length} request(s) each)`);
        // The baseline: a fresh node process that loads ky and GETs the same URLs, in turns with the CLI.
        const status = await interleaved(["status", ref], statusRuns, sandboxEnv, [
          bareKyGet,
          ...requests.map((request) => request.url),
        ]);
        const kyMs = median(status.nodeMs);
        const statusMs = median(status.commandMs);
        figures.push({
          goal: "cold start",
          subject: `scanstat status ${vendor}:…`,
          measured: { value: statusMs, unit: "ms" },
          baseline: { label: `bare ky GET ×${requests.length}`, value: kyMs, unit: "ms" },
          ratio: statusMs / kyMs,
          direction: "at-most",
          limit: 1.5,
          note: "baseline = a fresh node process loading ky and GETting the same URL(s) (no credentials)",
        });
        details.push(
          `status ${vendor}: ${requests.length} request(s); inside the CLI the trace says ${requests.map((request) => ms(request.ms)).join(" + ")} (a new process's first fetch); exit codes ${[...status.exitCodes].join(", ")}`,
        );
      }
    } finally {
      await sandbox.stop();
    }
    details.push(
      `spawned each command ${runs} times (status ${quick ? 7 : 15}) in turns with its baseline; medians of wall time from spawn to exit`,
    );
    return { figures, details };
  },
};
