import { ConfigError } from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createTelmaiSimulator } from "../testing/telmai-simulator.js";
import { createTelmaiAdapterFromEnvironment, selectTelmaiApi } from "./telmai-api-selection.js";
import { isTelmaiClassicPath } from "./testing/telmai-classic-simulator.js";
import { createTelmaiClassicSimulator } from "./testing/telmai-classic-simulator.js";

const classicEnv = { TELMAI_BASE_URL: "https://t.example.com", TELMAI_API_KEY: "k", TELMAI_TENANT: "acme" };
const fabricEnv = { TELMAI_BASE_URL: "https://t.example.com", TELMAI_TOKEN: "tok" };

describe("selectTelmaiApi", () => {
  it.each([
    [classicEnv, "classic"],
    [fabricEnv, "fabric"],
    [{ ...classicEnv, ...fabricEnv }, "both"],
    [{ ...classicEnv, ...fabricEnv, TELMAI_API: "classic" }, "classic"],
    [{ ...classicEnv, ...fabricEnv, TELMAI_API: " Fabric " }, "fabric"],
    [{ TELMAI_TENANT: "acme" }, "classic"],
    [{}, "fabric"],
  ] as const)("%j → %s", (env, api) => {
    expect(selectTelmaiApi(env)).toBe(api);
  });

  it("refuses any other TELMAI_API", () => {
    expect(() => selectTelmaiApi({ TELMAI_API: "cloud" })).toThrow(/TELMAI_API must be classic or fabric/);
  });
});

describe("createTelmaiAdapterFromEnvironment", () => {
  it("names every missing classic variable in one ConfigError", () => {
    const error = (() => {
      try {
        createTelmaiAdapterFromEnvironment({ TELMAI_API_KEY: "k" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(ConfigError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "telmai classic: TELMAI_BASE_URL and TELMAI_TENANT are not set (the tenant id is in your Telmai app's URL)",
    );
  });

  it("with both credential sets, routes classic ids and --asset to classic, the rest to Fabric", async () => {
    const clock = createVirtualClock();
    const fabric = createTelmaiSimulator({ clock });
    const classic = createTelmaiClassicSimulator({ clock });
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      return isTelmaiClassicPath(new URL(request.url).pathname) ? classic.fetch(request) : fabric.fetch(request);
    };
    const adapter = createTelmaiAdapterFromEnvironment(
      {
        TELMAI_BASE_URL: "https://t.example.com",
        TELMAI_TOKEN: fabric.adminToken,
        TELMAI_API_KEY: classic.apiKey,
        TELMAI_TENANT: classic.tenant,
      },
      { fetch, ...virtualTimeSettings(clock) },
    );
    const classicRef = await adapter.triggerScan!({ assetId: "orders" });
    const fabricRef = await adapter.triggerScan!({});
    expect(classicRef.id).toMatch(/^orders~/);
    expect(fabricRef.id).not.toContain("~");
    expect(classic.triggeredScans).toBe(1);
    expect(fabric.triggeredScans).toBe(1);
    expect((await adapter.getScan(classicRef.id)).vendorState).toBe("IN_PROGRESS");
    const lookups = await adapter.getScans!([fabricRef.id, classicRef.id]);
    expect(lookups.map((lookup) => [lookup.id, lookup.ok])).toEqual([
      [fabricRef.id, true],
      [classicRef.id, true],
    ]);
    expect(adapter.capabilities).toMatchObject({ trigger: true, list: true, cancel: false, logs: false });
  });

  it("Fabric alone refuses an asset with a message that names the classic variables, in library words", () => {
    const adapter = createTelmaiAdapterFromEnvironment(fabricEnv);
    const trigger = () => adapter.triggerScan!({ assetId: "orders" });
    expect(trigger).toThrow(/an asset to scan is for Telmai classic \(set TELMAI_API_KEY and TELMAI_TENANT\)/);
    expect(trigger).not.toThrow(/--|scanstat /);
    // The asset was given: no "give the option" hint, which would tell the user to do what they did.
    expect(trigger).toThrow(expect.objectContaining({ hintCode: undefined, operation: "triggerScan" }));
  });

  it("classic alone declares no list, cancel or logs", () => {
    const adapter = createTelmaiAdapterFromEnvironment(classicEnv);
    expect(adapter.capabilities).toEqual({ trigger: true, cancel: false, list: false, logs: false, batchGet: false });
  });
});
