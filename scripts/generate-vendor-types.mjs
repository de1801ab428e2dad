// One generator for every vendor package: openapi-typescript from the package's spec to
// src/generated/<vendor>-api.ts. With `--check` it writes nothing and exits 1 when the file is
// missing or stale (CI runs it), so the types can never drift from the spec.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";

/**
 * @param {object} options
 * @param {string} options.packageDir the vendor package's folder
 * @param {string} options.spec path of the spec, relative to the package
 * @param {string} options.output path of the generated file, relative to the package
 * @param {(spec: unknown) => unknown} [options.normalise] fixes a vendor's spec quirks before generating (JSON specs)
 * @param {import("openapi-typescript").OpenAPITSOptions} [options.openapi] openapi-typescript's options
 */
export async function generateVendorTypes({ packageDir, spec, output, normalise, openapi = {} }) {
  const name = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")).name;
  const text = await readFile(join(packageDir, spec), "utf8");
  // openapi-typescript reads YAML or JSON text itself; a spec that needs fixing is parsed first.
  const document = normalise ? normalise(JSON.parse(text)) : text;
  const header = `// Generated from ${spec} by openapi-typescript. Do not edit: change the spec and run \`pnpm --filter ${name} generate\`.\n\n`;
  let generated;
  try {
    generated = header + astToString(await openapiTS(document, openapi));
  } catch (error) {
    console.error(`${name}: cannot generate types from ${spec}: ${String(error.message).split("\n")[0]}`);
    process.exit(1);
  }
  const outputPath = join(packageDir, output);
  const shown = `${relative(process.cwd(), outputPath) || output}`;
  if (process.argv.includes("--check")) {
    const current = await readFile(outputPath, "utf8").catch(() => undefined);
    if (current !== generated) {
      console.error(
        `${shown} is ${current === undefined ? "missing" : `stale (it does not match ${spec})`}: run \`pnpm --filter ${name} generate\``,
      );
      process.exit(1);
    }
    console.log(`${shown} is up to date`);
    return;
  }
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, generated);
  console.log(`wrote ${shown}`);
}
