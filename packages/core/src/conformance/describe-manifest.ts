import { describe, expect, it } from "vitest";
import type { AdapterOperation, RateLimit, ScanAdapter } from "../adapter/scan-adapter.js";
import type { EnvironmentVariables } from "../adapter-kit/environment.js";
import type { VendorManifest } from "../adapter-kit/vendor-manifest.js";

export interface DescribeManifestOptions {
  manifest: VendorManifest;
  /** The budgets the package exports as its defaults (e.g. `acmeDefaultRateLimits`). */
  defaultRateLimits: Readonly<Record<string, RateLimit>>;
  /** The package's environment reader: the manifest must name exactly the variables it reads. */
  readEnvironment(variables: EnvironmentVariables): unknown;
  /** Values the reader accepts, by variable (a region, a URL); any other variable reads `sample-value`. */
  sampleValues?: Readonly<Record<string, string>>;
  /** Variables the manifest names that the reader does not read yet (another change adds them): never required. */
  notYetRead?: readonly string[];
  /** An adapter with default settings: its vendor, capabilities and budgets must be the manifest's. */
  createAdapter(): ScanAdapter;
  /** The manifest's source file: bundled alone, it must pull in no other module. */
  entryPoint: string;
}

/** The variables a reader touches, recorded through a proxy that answers every name. */
function variablesRead(options: DescribeManifestOptions): string[] {
  const read = new Set<string>();
  const variables = new Proxy({} as Record<string, string>, {
    get(_, name) {
      if (typeof name !== "string") return undefined;
      read.add(name);
      return options.sampleValues?.[name] ?? "sample-value";
    },
  });
  options.readEnvironment(variables);
  return [...read].sort();
}

const kebabCase = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Checks a vendor manifest against the package it describes, so the two cannot drift apart. */
export function describeManifest(options: DescribeManifestOptions): void {
  const { manifest } = options;

  describe(`${manifest.vendor} manifest`, () => {
    it("has the package's default rate budgets", () => {
      expect(manifest.rateLimits.classes).toEqual(options.defaultRateLimits);
    });

    it("names exactly the environment variables the package's reader reads", () => {
      const notYetRead = options.notYetRead ?? [];
      const named = manifest.environment.map((variable) => variable.name);
      expect(variablesRead(options)).toEqual(named.filter((name) => !notYetRead.includes(name)).sort());
      for (const name of notYetRead) {
        expect(named, name).toContain(name);
        expect(manifest.environment.find((variable) => variable.name === name)?.required, name).toBe(false);
      }
    });

    it("is the adapter's vendor, capabilities and rate budget per operation", () => {
      const adapter = options.createAdapter();
      expect(adapter.vendor).toBe(manifest.vendor);
      expect(adapter.capabilities).toEqual(manifest.capabilities);
      const operations = Object.keys(manifest.rateLimits.operations).sort();
      expect(Object.keys(adapter.rateLimits).sort()).toEqual(operations);
      for (const operation of operations as AdapterOperation[]) {
        const rateClass = manifest.rateLimits.operations[operation]!;
        expect(adapter.rateLimits[operation], operation).toEqual(manifest.rateLimits.classes[rateClass]);
      }
    });

    it("has unique, well-formed names", () => {
      const variables = manifest.environment.map((variable) => variable.name);
      expect(new Set(variables).size).toBe(variables.length);
      for (const name of variables) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      const settings = manifest.environment.map((variable) => variable.setting);
      expect(new Set(settings).size).toBe(settings.length);
      for (const list of [manifest.trigger.options, manifest.listFilters]) {
        expect(new Set(list.map((option) => option.name)).size).toBe(list.length);
        expect(new Set(list.map((option) => option.key)).size).toBe(list.length);
        for (const option of list) {
          expect(option.name).toMatch(kebabCase);
          expect(option.description.length, option.name).toBeGreaterThan(0);
          expect(option.type === "choice", option.name).toBe((option.choices?.length ?? 0) > 0);
        }
      }
      for (const alias of manifest.aliases) expect(alias).toMatch(kebabCase);
      expect(manifest.aliases).not.toContain(manifest.vendor);
      expect(manifest.docs).toMatch(/^https:\/\//);
    });

    it("names only its own variables in its credential sets and Basic credentials", () => {
      const variables = manifest.environment.map((variable) => variable.name);
      const named = [
        ...(manifest.credentialSets
          ? [manifest.credentialSets.selector, ...manifest.credentialSets.sets.flatMap((set) => set.required)]
          : []),
        ...(manifest.basicAuth ? [manifest.basicAuth.user, manifest.basicAuth.password] : []),
      ];
      for (const name of named) expect(variables).toContain(name);
      const setNames = manifest.credentialSets?.sets.map((set) => set.name) ?? [];
      expect(new Set(setNames).size).toBe(setNames.length);
      if (manifest.credentialSets) expect(setNames.length).toBeGreaterThan(1);
    });

    it("has trigger examples that use only its options and give every required one", () => {
      const keys = manifest.trigger.options.map((option) => option.key);
      const required = manifest.trigger.options.filter((option) => option.required).map((option) => option.key);
      expect(manifest.trigger.examples.length > 0).toBe(manifest.capabilities.trigger);
      for (const example of manifest.trigger.examples) {
        for (const key of Object.keys(example.input)) expect(keys, example.description).toContain(key);
        for (const key of required) expect(Object.keys(example.input), example.description).toContain(key);
      }
      if (!manifest.capabilities.trigger) expect(manifest.trigger.options).toEqual([]);
      if (!manifest.capabilities.list) expect(manifest.listFilters).toEqual([]);
    });

    it("is plain data: bundled alone it pulls in no other module", async () => {
      // esbuild is the workspace's bundler (a root dev dependency); loaded only by this check.
      const { build } = await import("esbuild");
      const result = await build({
        entryPoints: [options.entryPoint],
        bundle: true,
        write: false,
        format: "esm",
        minify: true,
        metafile: true,
        logLevel: "silent",
      });
      expect(Object.keys(result.metafile.inputs)).toHaveLength(1);
      const bytes = result.outputFiles[0]!.contents.byteLength;
      expect(bytes).toBeLessThan(4_096);
    });
  });
}
