// The esbuild settings of the `scanstat` bundle, shared by build.mjs and by the tests and
// benchmarks that bundle the CLI from today's sources: one place says how the CLI is built.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const cliDirectory = fileURLToPath(new URL(".", import.meta.url));

/**
 * src/vendors/vendor-manifests.ts imports `manifest` from each vendor package's main entry. In the
 * bundle that would put all four adapters in the chunks every command loads (esbuild splits by
 * file: the main entry is shared with the adapter's lazy chunk). So, for that one importer, a
 * package's main entry resolves to its `src/manifest.ts` alone. Once the packages export
 * `./manifest` and vendor-manifests.ts imports it, this plugin matches nothing: delete it.
 * @type {import("esbuild").Plugin}
 */
const manifestsOnly = {
  name: "vendor-manifests-only",
  setup(build) {
    build.onResolve({ filter: /^@scanstat\/[^/]+$/ }, async (args) => {
      if (!args.importer.endsWith(join("src", "vendors", "vendor-manifests.ts"))) return undefined;
      const entry = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      if (entry.errors.length > 0) return { errors: entry.errors };
      const manifest = join(dirname(entry.path), "manifest.ts");
      if (!existsSync(manifest)) {
        return { errors: [{ text: `${args.path} has no manifest.ts beside its entry ${entry.path}` }] };
      }
      return { path: manifest };
    });
  },
};

/**
 * @param {{ outdir: string, version: string }} target where to write, and the version `--version` prints
 * @returns {import("esbuild").BuildOptions}
 */
export function cliBuildOptions({ outdir, version }) {
  return {
    absWorkingDir: cliDirectory,
    entryPoints: { scanstat: "src/main.ts" },
    outdir,
    bundle: true,
    // Each adapter and the simulators stay in chunks loaded by import() only when a command needs them.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Workspace packages export their TypeScript sources under the `@scanstat/source` condition.
    conditions: ["@scanstat/source"],
    chunkNames: "chunks/[name]-[hash]",
    minifySyntax: true,
    legalComments: "none",
    define: { SCANSTAT_VERSION: JSON.stringify(version) },
    // A dependency, not bundled (CommonJS, and only loaded when a proxy variable is set).
    external: ["undici"],
    logLevel: "warning",
    plugins: [manifestsOnly],
  };
}
