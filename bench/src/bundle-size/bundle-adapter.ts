import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { adapterBundleOptions } from "../../../scripts/check-size.mjs";
import { repositoryPath } from "../measure/repository.js";
import { codeBySourceGroup } from "./source-map-segments.js";

export interface AdapterBundle {
  minifiedBytes: number;
  gzippedBytes: number;
  /** Per group (zod, ky, core, the vendor, glue): minified bytes and the bytes of that code gzipped alone. */
  groups: Array<{ group: string; minifiedBytes: number; gzippedBytes: number }>;
  /** The third-party code (zod, ky) together, gzipped alone: what any adapter pays before its own code. */
  dependencyGzippedBytes: number;
  /** Which dependencies are in the bundle. */
  dependencies: string[];
  /** The largest inputs by minified bytes in the output. */
  largestInputs: Array<{ path: string; bytes: number }>;
}

const gzipped = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

function groupOf(source: string, vendor: string): string {
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(source)) return "zod";
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?ky\//.test(source)) return "ky";
  if (source.includes("packages/core/")) return "core";
  if (source.includes(`packages/${vendor}/`)) return vendor;
  return "other";
}

/**
 * The adapter's published entry (dist) bundled exactly as scripts/check-size.mjs does, plus a
 * source map and a metafile to say which code the bytes are.
 */
export async function bundleAdapter(vendor: string): Promise<AdapterBundle> {
  const result = await build({
    ...adapterBundleOptions(vendor),
    sourcemap: "external",
    metafile: true,
    outfile: repositoryPath("bench", ".out", `${vendor}.js`),
  });
  const outputFiles = result.outputFiles ?? [];
  const codeFile = outputFiles.find((file) => file.path.endsWith(".js"))!;
  const mapFile = outputFiles.find((file) => file.path.endsWith(".js.map"))!;
  // The source-map comment is not in check-size's output: leave it out of the figures.
  const code = codeFile.text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n");
  const map = JSON.parse(mapFile.text) as { sources: string[]; mappings: string };
  const parts = codeBySourceGroup(code, map, (source) => groupOf(source, vendor));
  const groups = [...parts]
    .map(([group, text]) => ({ group, minifiedBytes: Buffer.byteLength(text), gzippedBytes: gzipped(text) }))
    .sort((a, b) => b.minifiedBytes - a.minifiedBytes);
  const metafile = result.metafile as Metafile;
  const output = Object.values(metafile.outputs).find((candidate) => candidate.entryPoint !== undefined)!;
  const largestInputs = Object.entries(output.inputs)
    .map(([path, input]) => ({
      path: path.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, ""),
      bytes: input.bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
  return {
    minifiedBytes: Buffer.byteLength(code.trimEnd()) + 1,
    gzippedBytes: gzipped(code),
    groups,
    dependencyGzippedBytes: gzipped(`${parts.get("zod") ?? ""}${parts.get("ky") ?? ""}${parts.get("other") ?? ""}`),
    dependencies: ["zod", "ky", "other"].filter((name) => (parts.get(name) ?? "") !== ""),
    largestInputs,
  };
}
