import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { createHaloAdapter } from "./adapter/halo-adapter.js";
import { readHaloEnvironment } from "./halo-environment.js";
import { haloDefaultRateLimits } from "./halo-rate-limits.js";
import { manifest } from "./manifest.js";
import { describe, expect, it } from "vitest";
import type { HaloListFilters, HaloTriggerInput } from "./adapter/halo-adapter.js";
import type { HaloScanType } from "./client/halo-client.js";

describeManifest({
  manifest,
  defaultRateLimits: haloDefaultRateLimits,
  readEnvironment: readHaloEnvironment,
  sampleValues: { HALO_BASE_URL: "https://api.halosecurity.com" },
  createAdapter: () => createHaloAdapter({ apiKey: "api-key" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});

describe("HaloTriggerInput and HaloListFilters", () => {
  // Every key of the types, and no other (a missing or extra key does not compile): the manifest
  // lists the same keys, so the input the kit checks is the input the adapter reads.
  const required: Record<keyof HaloTriggerInput, boolean> = { targetId: true };
  const filters: Record<keyof HaloListFilters, true> = { type: true };
  // Every scan type Halo's spec names, and no other.
  const scanTypes: Record<HaloScanType, true> = { current: true, recent: true, prior: true, all: true };

  it("has the manifest's trigger option keys, required where the manifest says", () => {
    expect(
      Object.fromEntries(manifest.trigger.options.map((option) => [option.key, option.required === true])),
    ).toEqual(required);
  });

  it("has the manifest's list filter keys; the type filter's choices are the spec's scan types", () => {
    expect(manifest.listFilters.map((filter) => filter.key)).toEqual(Object.keys(filters));
    expect(manifest.listFilters[0]?.choices).toEqual(Object.keys(scanTypes));
  });
});
