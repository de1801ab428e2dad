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
    find: new RegExp(`^@scanstat/${name}/conformance/msw$`),
    replacement: packageSource(`${name}/src/conformance/msw.ts`),
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

// Tests that depend on real time: the built CLI as a process over loopback servers with real
// intervals and timeouts (`*.e2e.test.ts`), a real browser (`*.browser.test.ts`), and what measures
// wall-clock milliseconds or real stalls (`*.real-time.test.ts`). They run as their own step,
// `pnpm test:timing`; `pnpm test` runs every other test, on virtual time.
const realTimeTests = ["**/*.e2e.test.ts", "**/*.browser.test.ts", "**/*.real-time.test.ts"];
const excluded = ["**/node_modules/**", "**/dist/**"];
const testFiles = [
  "packages/*/src/**/*.test.ts",
  "apps/*/src/**/*.test.ts",
  "apps/*/test/**/*.test.ts",
  "tests/*/src/**/*.test.ts",
  "action/src/**/*.test.ts",
];

export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "tests", include: testFiles, exclude: [...excluded, ...realTimeTests] } },
      { extends: true, test: { name: "real-time", include: realTimeTests, exclude: excluded } },
    ],
    // In CI, also a JSON report: .ci/run prints its one-line summary from it.
    ...(process.env.CI ? { reporters: ["default", "json"], outputFile: { json: ".vitest-results.json" } } : {}),
  },
});
