// Bundles the CLI: src/main.ts → dist/scanstat.js (+ lazy chunks). Each adapter package and the
// simulators stay in their own chunks, loaded by dynamic import() only when a command needs them.
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { cliBuildOptions } from "./cli-build-options.mjs";

const { version } = JSON.parse(await readFile(new URL("package.json", import.meta.url), "utf8"));

await rm(new URL("dist", import.meta.url), { recursive: true, force: true });
const result = await build({ ...cliBuildOptions({ outdir: "dist", version }), metafile: true });

// The shebang goes on the entry only (esbuild's banner would repeat it in every chunk). No
// createRequire banner: nothing bundled calls require(); the check below keeps it that way.
const entry = new URL("dist/scanstat.js", import.meta.url);
await writeFile(entry, `#!/usr/bin/env node\n${await readFile(entry, "utf8")}`);
await chmod(entry, 0o755);
for (const file of Object.keys(result.metafile.outputs)) {
  if (/\brequire\(/.test(await readFile(new URL(file, import.meta.url), "utf8"))) {
    throw new Error(`${file} calls require(): add a createRequire banner to build.mjs`);
  }
}

// `serve` (its server, board and metrics) is one chunk that only a dynamic import() reaches:
// `--version`, `status` and the rest never load it.
const serveChunk = Object.entries(result.metafile.outputs).find(([, output]) =>
  Object.keys(output.inputs).some((input) => input.endsWith("src/serve/serve-command.ts")),
)?.[0];
if (!serveChunk) throw new Error("no chunk holds src/serve/serve-command.ts");
if (Object.keys(result.metafile.outputs[serveChunk].inputs).some((input) => input.endsWith("src/run-cli.ts"))) {
  throw new Error("src/serve/ is bundled with run-cli.ts: every command would load it");
}
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (
    output.imports.some(
      (imported) => imported.path.endsWith(serveChunk.split("/").pop()) && imported.kind !== "dynamic-import",
    )
  ) {
    throw new Error(`${file} imports the serve chunk statically: serve must stay lazily loaded`);
  }
}

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith(".js"));
const total = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`scanstat ${version}: dist/scanstat.js + ${outputs.length - 1} chunks, ${(total / 1024).toFixed(0)} KB`);
