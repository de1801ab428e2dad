import { median } from "../measure/statistics.js";
import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { economySetups } from "./economy-setups.js";
import { measureWatch, type WatchMeasurement } from "./measure-watch.js";

/** `--interval 1`: the budget, not the poll delay, sets the pace. */
const intervalMs = 1000;
/** Where in the rate window the scans end: a few phases, so a pace that comes in bursts cannot hide. */
const fullPhases = [0.13, 0.47, 0.81];

/** The phases together: the worst notice, the most requests per round, every problem. */
function worstOf(runs: readonly WatchMeasurement[]): WatchMeasurement {
  const worst = runs.reduce((a, b) => (b.worstNoticeMs / b.boundMs > a.worstNoticeMs / a.boundMs ? b : a));
  return {
    ...worst,
    requestsPerRound: Math.max(...runs.map((run) => run.requestsPerRound)),
    requestsAfterFinishPerScan: Math.max(...runs.map((run) => run.requestsAfterFinishPerScan)),
    medianNoticeMs: median(runs.map((run) => run.medianNoticeMs)),
    rateLimited: runs.reduce((sum, run) => sum + run.rateLimited, 0),
    problems: runs.reduce((sum, run) => sum + run.problems, 0),
    wallMs: runs.reduce((sum, run) => sum + run.wallMs, 0),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * `watchScans` on each vendor's simulator, in virtual time: requests per poll round against one
 * per scan, and the time to notice the scans' end against the best the rate budget allows.
 */
export const requestEconomySuite: Suite = {
  goal: "request economy",
  name: "economy",
  async run({ quick, log }): Promise<SuiteResult> {
    const figures: Figure[] = [];
    const details: string[] = [];
    const sizes = quick ? [10, 100] : [10, 100, 1000];
    const phases = quick ? [fullPhases[1]!] : fullPhases;
    for (const setup of economySetups) {
      const lines: string[] = [];
      for (const scans of sizes) {
        log(`request economy: ${setup.vendor}, ${scans} scans`);
        const runs: WatchMeasurement[] = [];
        try {
          for (const phase of phases) runs.push(await measureWatch(setup, scans, intervalMs, phase));
        } catch (error) {
          details.push(`${setup.vendor} × ${scans}: could not run: ${(error as Error).message.split("\n")[0]}`);
          continue;
        }
        const measured = worstOf(runs);
        figures.push({
          goal: "request economy",
          subject: `${setup.vendor} × ${scans}: requests per round`,
          measured: { value: measured.requestsPerRound, unit: "" },
          baseline: { label: "one per scan", value: scans, unit: "" },
          ratio: measured.requestsPerRound / scans,
          direction: "at-most",
          limit: (measured.leastRoundRequests + 1) / scans,
        });
        figures.push({
          goal: "request economy",
          subject: `${setup.vendor} × ${scans}: time to notice`,
          measured: { value: measured.worstNoticeMs / 1000, unit: "s" },
          baseline: { label: "bound", value: measured.boundMs / 1000, unit: "s" },
          ratio: measured.worstNoticeMs / measured.boundMs,
          direction: "at-most",
          limit: 1.2,
        });
        lines.push(
          `${scans}: ${measured.requestsPerRound.toFixed(1)} req/round (least ${measured.leastRoundRequests}), ${measured.requestsAfterFinishPerScan.toFixed(2)} req per scan after the end, notice median ${seconds(measured.medianNoticeMs)} worst ${seconds(measured.worstNoticeMs)} (bound ${seconds(measured.boundMs)}), ${measured.rateLimited} × 429, ${measured.problems} problem(s)${measured.firstProblem ? ` (${measured.firstProblem})` : ""}, ${measured.wallMs} ms wall`,
        );
      }
      const budget = (() => {
        try {
          return setup.create({ now: () => 0, sleep: () => Promise.resolve() }, 1).adapter.rateLimits;
        } catch {
          return undefined;
        }
      })();
      const read = budget?.getScans ?? budget?.getScan;
      details.push(
        `${setup.vendor} (reads ${read ? `${read.requests}/${read.windowMs / 1000} s${read.documented ? "" : ", scanstat's default"}` : "?"}; least: ${setup.why}): ${lines.join("; ")}`,
      );
    }
    details.push(
      "requests per round: requests while every scan ran ÷ (scans looked at ÷ N); goal: at most one more than the vendor's least (O(1) per list page), Soda one per scan",
    );
    details.push(
      `time to notice: all N scans end at one moment (${phases.length} runs, ending at ${phases.join(", ")} of the rate window); worst delay until the watch reports each as terminal; bound = max(1 s interval, least requests to learn every outcome ÷ budget per second)`,
    );
    return { figures, details };
  },
};
