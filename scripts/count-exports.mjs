// Prints how many names each vendor package's main entry exports (values and types), so the public
// surface can be watched: `node scripts/count-exports.mjs` (reads the sources; no build needed).
import { fileURLToPath } from "node:url";
import ts from "typescript";

const packages = ["core", "soda", "projectdiscovery", "telmai", "halo"];
const entries = packages.map((name) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url)));
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ["@scanstat/source"],
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
for (const [index, name] of packages.entries()) {
  const source = program.getSourceFile(entries[index]);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${name}: no module symbol for ${entries[index]}`);
  const exported = checker.getExportsOfModule(module);
  const values = exported.filter((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & ts.SymbolFlags.Value) !== 0;
  });
  console.log(`${name.padEnd(17)} ${String(exported.length).padStart(3)} exports (${values.length} values)`);
}
