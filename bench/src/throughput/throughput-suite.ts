import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { median } from "../measure/statistics.js";
import { haloPayload } from "./payloads/halo-payload.js";
import { projectDiscoveryPayload } from "./payloads/projectdiscovery-payload.js";
import { sodaPayload } from "./payloads/soda-payload.js";
import { telmaiPayload } from "./payloads/telmai-payload.js";
import { bytesOf, type VendorPayload } from "./payloads/vendor-payload.js";
import { parseOnly, vendorPipelines } from "./vendor-pipelines.js";

function timed(run: () => number): number {
  const started = process.hrtime.bigint();
  if (run() < 0) throw new Error("unreachable");
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const megabytesPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/**
 * Parse + validate + map of each vendor's bodies for 10 000 scans, against JSON.parse of the
 * same bytes; the three variants run in turns, medians of whole passes.
 */
export const throughputSuite: Suite = {
  goal: "throughput",
  name: "throughput",
  async run({ quick, log }): Promise<SuiteResult> {
    const figures: Figure[] = [];
    const details: string[] = [];
    const rounds = quick ? 5 : 15;
    const payloads: Array<() => VendorPayload> = [sodaPayload, projectDiscoveryPayload, telmaiPayload, haloPayload];
    for (const makePayload of payloads) {
      const payload = makePayload();
      const pipeline = vendorPipelines[payload.vendor]!;
      const bytes = bytesOf(payload);
      log(`throughput: ${payload.vendor} (${(bytes / 1e6).toFixed(1)} MB, ${rounds} rounds)`);
      for (let warmup = 0; warmup < 3; warmup++) {
        parseOnly(payload.bodies);
        pipeline(payload.bodies, false);
        pipeline(payload.bodies, true);
      }
      const parseMs: number[] = [];
      const validateMs: number[] = [];
      const fullMs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        parseMs.push(timed(() => parseOnly(payload.bodies)));
        validateMs.push(timed(() => pipeline(payload.bodies, false)));
        fullMs.push(timed(() => pipeline(payload.bodies, true)));
      }
      const parse = median(parseMs);
      const validated = median(validateMs);
      const full = median(fullMs);
      figures.push({
        goal: "throughput",
        subject: `${payload.vendor} parse+validate+map`,
        measured: { value: megabytesPerSecond(bytes, full), unit: "MB/s" },
        baseline: { label: "JSON.parse", value: megabytesPerSecond(bytes, parse), unit: "MB/s" },
        ratio: parse / full,
        direction: "at-least",
        limit: 1 / 3,
      });
      details.push(
        `${payload.vendor}: ${payload.shape}, ${(bytes / 1e6).toFixed(1)} MB; per pass JSON.parse ${parse.toFixed(1)} ms, + validate ${(validated - parse).toFixed(1)} ms, + map ${(full - validated).toFixed(1)} ms (${((full / payload.scans) * 1000).toFixed(2)} µs per scan)`,
      );
    }
    return { figures, details };
  },
};
