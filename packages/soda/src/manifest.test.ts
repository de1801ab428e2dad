import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest } from "./manifest.js";
import { createSodaAdapter } from "./adapter/soda-adapter.js";
import { readSodaEnvironment } from "./soda-environment.js";
import { sodaDefaultRateLimits } from "./soda-rate-limits.js";
import { describe, expect, it } from "vitest";
import type { SodaTriggerInput } from "./adapter/soda-adapter.js";

describeManifest({
  manifest,
  defaultRateLimits: sodaDefaultRateLimits,
  readEnvironment: readSodaEnvironment,
  sampleValues: { SODA_REGION: "eu", SODA_BASE_URL: "https://cloud.soda.io" },
  createAdapter: () => createSodaAdapter({ apiKeyId: "key-id", apiKeySecret: "key-secret" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});

describe("SodaTriggerInput", () => {
  // Every key of the type, and no other (a missing or extra key does not compile): the manifest
  // lists the same keys, so the input the kit checks is the input the adapter reads.
  const required: Record<keyof SodaTriggerInput, boolean> = { definition: true, dataTimestamp: false };

  it("has the manifest's trigger option keys, required where the manifest says", () => {
    expect(
      Object.fromEntries(manifest.trigger.options.map((option) => [option.key, option.required === true])),
    ).toEqual(required);
  });
});
