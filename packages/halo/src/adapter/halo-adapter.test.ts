import { AuthError, ConfigError, InvalidScanRefError, VendorError } from "@scanstat/core";
import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createHaloAdapter, type HaloAdapterSettings } from "./halo-adapter.js";
import { createHaloSimulator, haloSandboxApiKey } from "../testing/index.js";

function setup(settings: Partial<HaloAdapterSettings> = {}) {
  const clock = createVirtualClock();
  const simulator = createHaloSimulator({ clock, queuedMs: 0, durationMs: 60_000 });
  const adapter = createHaloAdapter({
    apiKey: haloSandboxApiKey,
    fetch: simulator.fetch,
    ...virtualTimeSettings(clock),
    ...settings,
  });
  return { clock, simulator, adapter };
}

describe("createHaloAdapter", () => {
  it("declares its capabilities and conservative, undocumented rate limits", () => {
    const { adapter } = setup();
    expect(adapter.capabilities).toEqual({ trigger: true, cancel: true, list: true, logs: false, batchGet: true });
    const read = { requests: 60, windowMs: 60_000, documented: false };
    const write = { requests: 10, windowMs: 60_000, documented: false };
    expect(adapter.rateLimits).toEqual({
      getScan: read,
      getScans: read,
      listScans: read,
      triggerScan: write,
      cancelScan: write,
    });
  });

  it("takes rate limit overrides per class, for the adapter and its client alike", () => {
    const write = { requests: 2, windowMs: 60_000, documented: false };
    const { adapter } = setup({ rateLimits: { write } });
    expect(adapter.rateLimits.triggerScan).toEqual(write);
    expect(adapter.client.rateLimits.write).toEqual(write);
  });

  it("spends the write budget: a third start within a minute waits", async () => {
    const { clock, adapter } = setup({ rateLimits: { write: { requests: 2, windowMs: 60_000, documented: false } } });
    const start = clock.now();
    for (const targetId of [1, 2, 3]) await adapter.triggerScan({ targetId });
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it("a missing API key is a ConfigError naming HALO_API_KEY", () => {
    const attempt = () => createHaloAdapter({});
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow("halo: HALO_API_KEY is not set");
  });

  it("applies the severity policy to findings", async () => {
    const { clock, simulator, adapter } = setup({ severityPolicy: { failOn: "critical", warnOn: "high" } });
    const id = simulator.seedScan({ outcome: "fail", queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(2_000);
    expect((await adapter.getScan(id)).result?.verdict).toBe("fail");
    const warn = simulator.seedScan({ outcome: "warn", queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(2_000);
    expect((await adapter.getScan(warn)).result?.verdict).toBe("pass");
  });

  it("an empty scan id is InvalidScanRefError, with no request", async () => {
    const { simulator, adapter } = setup();
    await expect(adapter.getScan(" ")).rejects.toThrow(InvalidScanRefError);
    expect(simulator.requests).toEqual([]);
  });

  it("getScans gives every entry the error when the in-progress list cannot be read", async () => {
    const { adapter } = setup({ apiKey: "wrong-key" });
    const lookups = await adapter.getScans(["a", "b"]);
    expect(lookups.map((lookup) => [lookup.id, lookup.ok, !lookup.ok && AuthError.isInstance(lookup.error)])).toEqual([
      ["a", false, true],
      ["b", false, true],
    ]);
  });

  it("uses a scan_id in start's answer when Halo sends one", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add(
      { type: "transform", transform: (body) => ({ ...(body as object), scan_id: "named-by-halo" }) },
      { operation: "startScan" },
    );
    expect(await adapter.triggerScan({ targetId: 1 })).toEqual({ vendor: "halo", id: "named-by-halo" });
    expect(simulator.count("listInProgressScans")).toBe(0);
  });

  it("says the scan may have started when start succeeds but the scan is nowhere in progress", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add(
      { type: "transform", transform: () => ({ list: [] }) },
      { operation: "listInProgressScans", times: 4 },
    );
    const error = await adapter.triggerScan({ targetId: 1 }).catch((caught: unknown) => caught);
    expect(VendorError.isInstance(error)).toBe(true);
    expect(error).toHaveProperty("mayHaveActed", true);
    expect((error as Error).message).toBe(
      'halo started a scan on target 1 (Halo answered "Scan Started") but no scan on that target is in progress ' +
        "(look at Halo's active and recent scans before starting again)",
    );
    expect(error).toHaveProperty("hintCode", "list-active-scans");
    expect(error).toHaveProperty("hintSubject", "1");
    expect(simulator.count("startScan")).toBe(1);
    expect(simulator.count("listInProgressScans")).toBe(4);
  });

  it("finds a started scan that shows up in the in-progress list late", async () => {
    const { simulator, adapter } = setup();
    simulator.faults.add(
      { type: "transform", transform: () => ({ list: [] }) },
      { operation: "listInProgressScans", times: 2 },
    );
    const ref = await adapter.triggerScan({ targetId: 2 });
    expect(ref.id).toBe(simulator.scans[0]!.id);
    expect(simulator.count("listInProgressScans")).toBe(3);
  });

  it("does not trust get.json to answer the scan it was asked for", async () => {
    const { clock, simulator, adapter } = setup();
    const id = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
    await clock.sleep(2_000);
    simulator.faults.add(
      { type: "transform", transform: (body) => ({ scan: { ...(body as { scan: object }).scan, scan_id: "other" } }) },
      { operation: "getScan" },
    );
    await expect(adapter.getScan(id)).rejects.toThrow(`halo getScan: asked for scan ${id}, got scan other`);
  });

  it("refuses a list limit that is not a positive integer", async () => {
    const { adapter } = setup();
    const iterator = adapter.listScans({ limit: 0 })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow("halo listScans: limit must be a whole number ≥ 1, got 0");
  });

  it("keeps the host it saw while the scan ran as the finished scan's target", async () => {
    const { clock, adapter } = setup();
    const ref = await adapter.triggerScan({ targetId: 3 });
    await clock.sleep(61_000);
    expect((await adapter.getScan(ref.id)).target).toBe("shop.example.com");
  });
});
