import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { adapterVendors, buildState, repositoryPath } from "../measure/repository.js";
import { bundleAdapter } from "./bundle-adapter.js";

const budgetBytes = 20 * 1024;
const stretchBytes = 18 * 1024;

interface CheckSizeModule {
  measureAdapter(name: string): Promise<{ name: string; minified: number; gzipped: number }>;
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * Each adapter's main entry bundled alone with core and every dependency, min+gzip, by the very
 * function CI runs (scripts/check-size.mjs), against the 20 KB goal (core, zod/mini and ky bundled); a source map splits it.
 */
export const bundleSizeSuite: Suite = {
  goal: "bundle size",
  name: "size",
  async run({ log }): Promise<SuiteResult> {
    const checkSizeUrl = new URL("../../../scripts/check-size.mjs", import.meta.url).href;
    const { measureAdapter } = (await import(checkSizeUrl)) as CheckSizeModule;
    const figures: Figure[] = [];
    const details: string[] = [];
    for (const vendor of adapterVendors) {
      const built = buildState(repositoryPath("packages", vendor, "dist", "index.js"), [
        repositoryPath("packages", vendor, "src"),
        repositoryPath("packages", "core", "src"),
      ]);
      const subject = `@scanstat/${vendor}`;
      const baseline = { label: "budget", value: budgetBytes / 1024, unit: "KB" };
      if (built === "missing") {
        details.push(`${subject}: no dist: run \`pnpm build\` first`);
        figures.push({
          goal: "bundle size",
          subject,
          measured: { value: Number.NaN, unit: "KB" },
          baseline,
          ratio: Number.NaN,
          direction: "at-most",
          limit: 1,
          stretch: stretchBytes / budgetBytes,
        });
        continue;
      }
      if (built === "stale")
        details.push(`${subject}: dist is older than its sources (or core's): run \`pnpm build\` for current figures`);
      log(`bundle size: ${vendor}`);
      let size: { minified: number; gzipped: number };
      try {
        size = await measureAdapter(vendor);
      } catch (error) {
        details.push(`${subject}: could not bundle: ${(error as Error).message.split("\n")[0]}`);
        figures.push({
          goal: "bundle size",
          subject,
          measured: { value: Number.NaN, unit: "KB" },
          baseline,
          ratio: Number.NaN,
          direction: "at-most",
          limit: 1,
          stretch: stretchBytes / budgetBytes,
        });
        continue;
      }
      const bundle = await bundleAdapter(vendor);
      figures.push({
        goal: "bundle size",
        subject: `${subject} min+gzip`,
        measured: { value: size.gzipped / 1024, unit: "KB" },
        baseline,
        ratio: size.gzipped / budgetBytes,
        direction: "at-most",
        limit: 1,
        stretch: stretchBytes / budgetBytes,
      });
      const parts = bundle.groups
        .filter((group) => group.minifiedBytes > 0)
        .map((group) => `${group.group} ${kilobytes(group.gzippedBytes)}`)
        .join(" + ");
      details.push(
        `${vendor}: ${kilobytes(size.minified)} KB min, ${kilobytes(size.gzipped)} KB gz; by source, each gzipped alone: ${parts} KB`,
      );
      const ownCode = size.gzipped - bundle.dependencyGzippedBytes;
      details.push(
        `${vendor}: its dependencies (${bundle.dependencies.join(" + ")}) as bundled ${kilobytes(bundle.dependencyGzippedBytes)} KB gz → whole entry ${(size.gzipped / bundle.dependencyGzippedBytes).toFixed(2)}× that; core + ${vendor} add ≈ ${kilobytes(ownCode)} KB gz`,
      );
      details.push(
        `${vendor}: largest inputs (min bytes): ${bundle.largestInputs.map((input) => `${input.path} ${input.bytes}`).join(", ")}`,
      );
    }
    return { figures, details };
  },
};
