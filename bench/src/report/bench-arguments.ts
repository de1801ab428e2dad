import type { Suite } from "./figure.js";

const usage = (
  suites: readonly Suite[],
) => `pnpm bench [--quick] [--build] [--only=${suites.map((suite) => suite.name).join(",")}] [--markdown] [--strict]
  --quick     fewer repetitions (about a third of the time): status of Soda only, N = 10 and 100
  --only      run these suites only
  --markdown  also print the figures as a Markdown table (for BENCHMARKS.md)
  --strict    exit 1 when a goal is missed
  --build     build the packages and the CLI first (size and cold start measure the built files)`;

export function parseBenchArguments(argv: readonly string[], suites: readonly Suite[]) {
  const options = {
    quick: false,
    markdown: false,
    strict: false,
    build: false,
    only: undefined as Set<string> | undefined,
  };
  for (const argument of argv) {
    if (argument === "--quick") options.quick = true;
    else if (argument === "--markdown") options.markdown = true;
    else if (argument === "--strict") options.strict = true;
    else if (argument === "--build") options.build = true;
    else if (argument.startsWith("--only=")) options.only = new Set(argument.slice("--only=".length).split(","));
    else if (argument === "--help" || argument === "-h") {
      console.log(usage(suites));
      process.exit(0);
    } else {
      console.error(`unknown argument ${argument}\n${usage(suites)}`);
      process.exit(64);
    }
  }
  for (const name of options.only ?? []) {
    if (!suites.some((suite) => suite.name === name)) {
      console.error(`no suite "${name}"\n${usage(suites)}`);
      process.exit(64);
    }
  }
  return options;
}
