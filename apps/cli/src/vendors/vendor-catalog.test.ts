import { ConfigError, type VendorId } from "@scanstat/core";
import { manifest as haloManifest } from "@scanstat/halo";
import { manifest as projectDiscoveryManifest } from "@scanstat/projectdiscovery";
import { manifest as sodaManifest } from "@scanstat/soda";
import { manifest as telmaiManifest } from "@scanstat/telmai";
import { describe, expect, it } from "vitest";
import { createInProcessVendors } from "../__fixtures__/test-runtime.js";
import { loadVendor } from "./load-vendor.js";
import {
  catalogEntryOf,
  requiredVariables,
  secretVariableNames,
  vendorCatalog,
  vendorVariableNames,
} from "./vendor-catalog.js";
import type { SimulatedVendor } from "../__fixtures__/test-runtime.js";
import { knownVendors, resolveVendorWord, vendorChoicesText, vendorManifests } from "./vendor-manifests.js";

describe("vendorCatalog agrees with the adapter packages", () => {
  const vendors = createInProcessVendors();

  for (const vendor of knownVendors as SimulatedVendor[]) {
    it(`${vendor}: every variable its simulator hands out is one the CLI knows`, () => {
      const known = catalogEntryOf(vendor).variables.map((variable) => variable.name);
      const handedOut = Object.keys(vendors.simulators[vendor].sandboxEnvironment("http://127.0.0.1:1/x"));
      expect(handedOut.filter((name) => !known.includes(name))).toEqual([]);
    });

    it(`${vendor}: without its required variables the adapter refuses with a ConfigError naming them`, async () => {
      const module = await loadVendor(vendor);
      const required = catalogEntryOf(vendor)
        .variables.filter((variable) => variable.required)
        .map((variable) => variable.name);
      let error: unknown;
      try {
        module.createAdapter({}, {});
      } catch (caught) {
        error = caught;
      }
      expect(ConfigError.isInstance(error)).toBe(true);
      for (const name of required) expect((error as Error).message).toContain(name);
    });

    it(`${vendor}: the rate classes the CLI checks config against are the adapter's`, async () => {
      const module = await loadVendor(vendor);
      expect(Object.keys(module.defaultRateLimits)).toEqual(catalogEntryOf(vendor).rateLimitClasses);
    });

    it(`${vendor}: the adapter takes an override of every rate class the CLI accepts`, async () => {
      const module = await loadVendor(vendor);
      const variables = vendors.simulators[vendor].sandboxEnvironment("http://127.0.0.1:1/x");
      const rateClasses = catalogEntryOf(vendor).rateLimitClasses;
      const overrides = Object.fromEntries(
        rateClasses.map((rateClass, index) => [
          rateClass,
          { requests: 1000 + index, windowMs: 1000, documented: false },
        ]),
      );
      const limits = Object.values(module.createAdapter(variables, { rateLimits: overrides }).rateLimits);
      // Every operation now spends one of the overridden budgets.
      expect(limits.length).toBeGreaterThan(0);
      for (const limit of limits) expect(limit.requests).toBeGreaterThanOrEqual(1000);
      expect(new Set(limits.map((limit) => limit.requests)).size).toBe(rateClasses.length);
    });
  }
});

describe("requiredVariables: Telmai's two ways in", () => {
  const names = (variables: Record<string, string>) =>
    requiredVariables("telmai", variables).map((variable) => variable.name);
  it("nothing set: Fabric's variables, the first way", () => {
    expect(names({})).toEqual(["TELMAI_TOKEN", "TELMAI_BASE_URL"]);
  });
  it("a classic variable set: classic's variables", () => {
    expect(names({ TELMAI_API_KEY: "k" })).toEqual(["TELMAI_BASE_URL", "TELMAI_API_KEY", "TELMAI_TENANT"]);
  });
  it("a complete way wins over a started one", () => {
    expect(names({ TELMAI_TOKEN: "t", TELMAI_BASE_URL: "u", TELMAI_API_KEY: "k" })).toEqual([
      "TELMAI_TOKEN",
      "TELMAI_BASE_URL",
    ]);
  });
  it("TELMAI_API forces one", () => {
    expect(names({ TELMAI_API: "classic", TELMAI_TOKEN: "t", TELMAI_BASE_URL: "u" })).toEqual([
      "TELMAI_BASE_URL",
      "TELMAI_API_KEY",
      "TELMAI_TENANT",
    ]);
  });
  it("a vendor with one way: its required variables", () => {
    expect(requiredVariables("halo", {}).map((variable) => variable.name)).toEqual(["HALO_API_KEY"]);
  });
});

describe("vendorCatalog is the manifests, read by the CLI", () => {
  const manifests = [sodaManifest, projectDiscoveryManifest, telmaiManifest, haloManifest];

  it("one entry per manifest, in the manifests' order, and one manifest per vendor", () => {
    expect(Object.keys(vendorCatalog)).toEqual(manifests.map((manifest) => manifest.vendor));
    expect(vendorManifests.map((manifest) => manifest.vendor)).toEqual(["soda", "projectdiscovery", "telmai", "halo"]);
    expect(knownVendors).toEqual(["soda", "projectdiscovery", "telmai", "halo"]);
  });

  for (const manifest of manifests) {
    const vendor = manifest.vendor as VendorId;
    describe(vendor, () => {
      const entry = catalogEntryOf(vendor);

      it("title: the display name", () => {
        expect(entry.title).toBe(manifest.displayName);
      });

      it("variables: the manifest's names, secret and required flags, descriptions", () => {
        expect(entry.variables).toEqual(
          manifest.environment.map(({ name, required, secret, description }) => ({
            name,
            required,
            secret,
            description,
          })),
        );
      });

      it("rate classes: the manifest's, in its order", () => {
        expect(entry.rateLimitClasses).toEqual(Object.keys(manifest.rateLimits.classes));
      });

      it("trigger flags: one per manifest trigger option", () => {
        expect(entry.triggerFlags).toEqual(manifest.trigger.options.map((option) => `--${option.name}`));
      });

      it("every secret variable is redacted; no other is", () => {
        for (const variable of manifest.environment) {
          expect(secretVariableNames.includes(variable.name)).toBe(variable.secret);
        }
      });

      it("its id and each alias name it, in any case", () => {
        for (const word of [manifest.vendor, ...manifest.aliases]) {
          expect(resolveVendorWord(word)).toBe(vendor);
          expect(resolveVendorWord(` ${word.toUpperCase()} `)).toBe(vendor);
        }
      });

      it("its credential sets (CLI-side data) name only the manifest's variables", () => {
        const names = manifest.environment.map((variable) => variable.name);
        for (const set of entry.credentialSets?.sets ?? []) {
          for (const name of set.required) expect(names).toContain(name);
        }
        if (entry.credentialSets) expect(names).toContain(entry.credentialSets.selector);
      });
    });
  }

  it("the variables the CLI knows are exactly the manifests'", () => {
    expect([...vendorVariableNames].sort()).toEqual(
      manifests.flatMap((manifest) => manifest.environment.map((variable) => variable.name)).sort(),
    );
  });

  it("a word that is no vendor or alias names none (not even Object's members)", () => {
    for (const word of ["snyk", "", "constructor", "toString", "p d"]) expect(resolveVendorWord(word)).toBeUndefined();
  });

  it("vendor choices for messages: ids, then aliases", () => {
    expect(vendorChoicesText()).toBe("soda, projectdiscovery, telmai, halo (alias pd)");
    expect(vendorChoicesText("; ")).toBe("soda, projectdiscovery, telmai, halo; alias pd");
  });
});
