import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest } from "./manifest.js";
import { createProjectDiscoveryAdapter } from "./adapter/projectdiscovery-adapter.js";
import { readProjectDiscoveryEnvironment } from "./projectdiscovery-environment.js";
import { projectDiscoveryDefaultRateLimits } from "./projectdiscovery-rate-limits.js";
import { describe, expect, it } from "vitest";
import type { ProjectDiscoveryListFilters, ProjectDiscoveryTriggerInput } from "./adapter/projectdiscovery-adapter.js";

describeManifest({
  manifest,
  defaultRateLimits: projectDiscoveryDefaultRateLimits,
  readEnvironment: readProjectDiscoveryEnvironment,
  sampleValues: { PDCP_API_SERVER: "https://api.projectdiscovery.io" },
  createAdapter: () => createProjectDiscoveryAdapter({ apiKey: "api-key" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});

describe("ProjectDiscoveryTriggerInput and ProjectDiscoveryListFilters", () => {
  // Every key of the types, and no other (a missing or extra key does not compile): the manifest
  // lists the same keys, so the input the kit checks is the input the adapter reads.
  const required: Record<keyof ProjectDiscoveryTriggerInput, boolean> = {
    targets: true,
    templates: false,
    name: false,
  };
  const repeatable: Record<keyof ProjectDiscoveryTriggerInput, boolean> = {
    targets: true,
    templates: true,
    name: false,
  };
  const filters: Record<keyof ProjectDiscoveryListFilters, true> = { search: true };

  it("has the manifest's trigger option keys, required and repeatable (a list) where the manifest says", () => {
    const options = manifest.trigger.options as readonly { key: string; required?: boolean; repeatable?: boolean }[];
    expect(Object.fromEntries(options.map((option) => [option.key, option.required === true]))).toEqual(required);
    expect(Object.fromEntries(options.map((option) => [option.key, option.repeatable === true]))).toEqual(repeatable);
  });

  it("has the manifest's list filter keys", () => {
    expect(manifest.listFilters.map((filter) => filter.key)).toEqual(Object.keys(filters));
  });
});
