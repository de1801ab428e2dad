import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packageSource = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));
const vendors = ["core", "soda", "projectdiscovery", "telmai", "halo"];

// Tests run against the sources, so a package's tests never need its dependencies built first.
const alias = vendors.flatMap((name) => [
  { find: new RegExp(`^@scanstat/${name}/testing/msw$`), replacement: packageSource(`${name}/src/testing/msw.ts`) },
  { find: new RegExp(`^@scanstat/${name}/testing$`), replacement: packageSource(`${name}/src/testing/index.ts`) },
  {
    find: new RegExp(`^@scanstat/${name}/adapter-kit$`),
    replacement: packageSource(`${name}/src/adapter-kit/index.ts`),
  },
  {
    find: new RegExp(`^@scanstat/${name}/conformance/nock$`),
    replacement: packageSource(`${name}/src/conformance/nock.ts`),
  },
  {
    find: new RegExp(`^@scanstat/${name}/conformance$`),
    replacement: packageSource(`${name}/src/conformance/index.ts`),
  },
  // A vendor package's plain-data and plugin entries (`./manifest`, `./plugin`).
  { find: new RegExp(`^@scanstat/${name}/(manifest|plugin)$`), replacement: packageSource(`${name}/src/$1.ts`) },
  { find: new RegExp(`^@scanstat/${name}$`), replacement: packageSource(`${name}/src/index.ts`) },
]);

export default defineConfig({
  resolve: { alias },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/*/src/**/*.test.ts",
      "apps/*/test/**/*.test.ts",
      "tests/*/src/**/*.test.ts",
      "action/src/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 20_000,
    // In CI, also a JSON report: .ci/run prints its one-line summary from it.
    ...(process.env.CI ? { reporters: ["default", "json"], outputFile: { json: ".vitest-results.json" } } : {}),
  },
});
