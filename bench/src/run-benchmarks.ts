import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { repositoryRoot } from "./measure/repository.js";
import { parseBenchArguments } from "./report/bench-arguments.js";
import { decompressionBombSuite } from "./bounded-bodies/decompression-bomb-suite.js";
import { bundleSizeSuite } from "./bundle-size/bundle-size-suite.js";
import { coldStartSuite } from "./cold-start/cold-start-suite.js";
import { requestEconomySuite } from "./request-economy/request-economy-suite.js";
import { streamingSuite } from "./streaming/streaming-suite.js";
import { throughputSuite } from "./throughput/throughput-suite.js";
import { type Figure, isMet, type Suite, type SuiteResult } from "./report/figure.js";
import { formatFiguresMarkdown, formatSuiteText } from "./report/format-figures.js";

// `pnpm bench`: every goal of issue 8, each figure a ratio against a baseline measured in the
// same run, with a met/missed mark. Progress goes to stderr, the report to stdout.
const suites: Suite[] = [
  coldStartSuite,
  bundleSizeSuite,
  requestEconomySuite,
  throughputSuite,
  streamingSuite,
  decompressionBombSuite,
];

const options = parseBenchArguments(process.argv.slice(2), suites);
if (options.build) {
  for (const filter of ["./packages/*", "scanstat"]) {
    const built = spawnSync("pnpm", ["--filter", filter, "build"], { cwd: repositoryRoot, stdio: ["ignore", 2, 2] });
    if (built.status !== 0) {
      console.error(`pnpm --filter ${filter} build failed (exit ${built.status})`);
      process.exit(1);
    }
  }
}
const startedAt = Date.now();
console.log(
  `scanstat benchmarks (${options.quick ? "quick" : "full"} run): node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}\n`,
);

const figures: Figure[] = [];
for (const suite of suites) {
  if (options.only && !options.only.has(suite.name)) continue;
  const suiteStart = Date.now();
  let result: SuiteResult;
  try {
    result = await suite.run({ quick: options.quick, log: (line) => process.stderr.write(`… ${line}\n`) });
  } catch (error) {
    result = { figures: [], details: [`the suite failed: ${(error as Error).stack ?? String(error)}`] };
  }
  figures.push(...result.figures);
  console.log(formatSuiteText(`${suite.goal} (${((Date.now() - suiteStart) / 1000).toFixed(1)} s)`, result));
}

const missed = figures.filter((figure) => !isMet(figure));
console.log(
  `${figures.length - missed.length} of ${figures.length} figures met their goal${missed.length > 0 ? `; missed: ${missed.map((figure) => figure.subject).join(", ")}` : ""} (${((Date.now() - startedAt) / 1000).toFixed(0)} s)`,
);
if (options.markdown) console.log(`\n${formatFiguresMarkdown(figures)}`);
if (options.strict && missed.length > 0) process.exitCode = 1;
