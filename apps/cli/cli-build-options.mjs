// The esbuild settings of the `scanstat` bundle, shared by build.mjs and by the tests and
// benchmarks that bundle the CLI from today's sources: one place says how the CLI is built.
import { fileURLToPath } from "node:url";

export const cliDirectory = fileURLToPath(new URL(".", import.meta.url));

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
  };
}
