// Bundles the GitHub Action: src/main.ts (which runs the CLI's own code in-process) → one file,
// dist/index.mjs, committed as JavaScript actions ship. CI rebuilds it and fails on any difference.
import { readFile, rm } from "node:fs/promises";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { cliBuildOptions } from "../apps/cli/cli-build-options.mjs";

const actionDirectory = fileURLToPath(new URL(".", import.meta.url));
const { version } = JSON.parse(await readFile(new URL("../apps/cli/package.json", import.meta.url), "utf8"));

await rm(new URL("dist", import.meta.url), { recursive: true, force: true });
const { outdir: _outdir, chunkNames: _chunkNames, ...cli } = cliBuildOptions({ outdir: "dist", version });
const result = await build({
  ...cli,
  absWorkingDir: actionDirectory,
  entryPoints: ["src/main.ts"],
  outfile: "dist/index.mjs",
  // One file: a checked-out action has no node_modules and no chunks to find. So undici (the CLI's
  // proxy agent, CommonJS) is bundled too, and gets a real `require` for the Node built-ins it needs.
  splitting: false,
  external: [],
  banner: {
    js: 'import { createRequire as scanstatCreateRequire } from "node:module";\nconst require = scanstatCreateRequire(import.meta.url);',
  },
  metafile: true,
});
const [file, output] = Object.entries(result.metafile.outputs)[0];
// Every require() must be of a Node built-in (the banner's createRequire serves those); anything
// else would need a node_modules the checked-out action does not have.
const required = [...(await readFile(new URL(file, import.meta.url), "utf8")).matchAll(/\brequire\("([^"]+)"\)/g)]
  .map((match) => match[1])
  .filter((name) => !name.startsWith("node:") && !builtinModules.includes(name));
if (required.length > 0) throw new Error(`${file} requires ${required.join(", ")}: bundle them`);
console.log(`scanstat action ${version}: ${file}, ${(output.bytes / 1024).toFixed(0)} KB`);
