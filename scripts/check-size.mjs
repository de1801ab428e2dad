// Each adapter's main entry bundled alone with core and every dependency, minified and gzipped,
// must stay within budget: a team that imports one adapter pays for that vendor only.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const budgetBytes = 16 * 1024;
const adapters = ["soda", "projectdiscovery", "telmai", "halo"];
const printOnly = process.argv.includes("--print");

/**
 * How an adapter is bundled for its size: the published artifact (dist), with core and zod
 * resolved as a user's bundler would. The bench splits the same build by source.
 * @param {string} name the vendor package's folder
 * @returns {import("esbuild").BuildOptions}
 */
export function adapterBundleOptions(name) {
  return {
    entryPoints: [new URL(`../packages/${name}/dist/index.js`, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["import", "default"],
    write: false,
    logLevel: "silent",
  };
}

export async function measureAdapter(name) {
  const result = await build(adapterBundleOptions(name));
  const code = result.outputFiles[0].contents;
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = false;
  for (const name of adapters) {
    let size;
    try {
      size = await measureAdapter(name);
    } catch (error) {
      console.error(`@scanstat/${name}: could not bundle (${error.message.split("\n")[0]})`);
      failed = true;
      continue;
    }
    const within = size.gzipped <= budgetBytes;
    if (!within) failed = true;
    console.log(
      `@scanstat/${name}: ${(size.minified / 1024).toFixed(1)} KB min, ${(size.gzipped / 1024).toFixed(2)} KB min+gzip (budget ${budgetBytes / 1024} KB) ${within ? "ok" : "OVER BUDGET"}`,
    );
  }
  if (failed && !printOnly) process.exit(1);
}
