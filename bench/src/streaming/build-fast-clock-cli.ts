import { readFile } from "node:fs/promises";
import { build, type Plugin } from "esbuild";
import { cliBuildOptions } from "../../../apps/cli/cli-build-options.mjs";
import { repositoryPath } from "../measure/repository.js";

const shim = repositoryPath("bench", "src", "streaming", "fast-clock-core.ts");

/** Sends every `@scanstat/core` import except the shim's own to the shim. */
const fastClockCore: Plugin = {
  name: "fast-clock-core",
  setup(builder) {
    builder.onResolve({ filter: /^@scanstat\/core$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

/**
 * The CLI's own entry (apps/cli/src/main.ts), bundled with the settings of apps/cli/build.mjs,
 * with one change: a fast system clock. Returns the path of the entry file.
 */
export async function buildFastClockCli(): Promise<string> {
  const { version } = JSON.parse(await readFile(repositoryPath("apps", "cli", "package.json"), "utf8")) as {
    version: string;
  };
  const outdir = repositoryPath("bench", ".out", "fast-clock-cli");
  await build({ ...cliBuildOptions({ outdir, version }), plugins: [fastClockCore], logLevel: "error" });
  return `${outdir}/scanstat.js`;
}
