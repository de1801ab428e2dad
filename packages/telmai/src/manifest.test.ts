import { fileURLToPath } from "node:url";
import { describeManifest } from "@scanstat/core/conformance";
import { manifest, telmaiProductTriggers } from "./manifest.js";
import { createTelmaiAdapter } from "./adapter/telmai-adapter.js";
import { readTelmaiEnvironment } from "./telmai-environment.js";
import { telmaiDefaultRateLimits } from "./telmai-rate-limits.js";
import { describe, expect, it } from "vitest";
import type { TelmaiClassicTriggerInput } from "./classic/adapter/telmai-classic-adapter.js";

describeManifest({
  manifest,
  defaultRateLimits: telmaiDefaultRateLimits,
  readEnvironment: readTelmaiEnvironment,
  sampleValues: { TELMAI_BASE_URL: "https://telmai.example.com", TELMAI_API: "fabric" },
  // The classic API's variables: the Telmai-classic change adds their reading.
  notYetRead: ["TELMAI_API", "TELMAI_API_KEY", "TELMAI_TENANT"],
  createAdapter: () => createTelmaiAdapter({ baseUrl: "https://telmai.example.com", token: "token" }),
  entryPoint: fileURLToPath(new URL("./manifest.ts", import.meta.url)),
});

describe("each Telmai product's trigger", () => {
  // Every key of the type, and no other (a missing or extra key does not compile).
  const classicRequired: Record<keyof TelmaiClassicTriggerInput, boolean> = { assetId: true };

  it("classic takes one required asset, the key TelmaiClassicTriggerInput has; Fabric takes none", () => {
    const classic = telmaiProductTriggers.classic.options;
    expect(Object.fromEntries(classic.map((option) => [option.key, option.required === true]))).toEqual(
      classicRequired,
    );
    expect(telmaiProductTriggers.fabric.options).toEqual([]);
  });

  it("the manifest's trigger is the two together, for front ends that serve both: the asset optional", () => {
    expect(manifest.trigger.options.map((option) => [option.key, option.required === true])).toEqual([
      ["assetId", false],
    ]);
    expect(manifest.trigger.examples).toEqual([
      ...telmaiProductTriggers.fabric.examples,
      ...telmaiProductTriggers.classic.examples,
    ]);
  });
});
