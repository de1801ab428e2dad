import { describe, expect, it } from "vitest";
import { NotFoundError, UnsupportedOperationError } from "../errors/errors.js";
import type { Scan } from "../model/scan.js";
import { cancelScan, getLogs, getScans, listScans, requireCapability, triggerScan } from "./adapter-operations.js";
import type { AdapterCapabilities, ScanAdapter } from "./scan-adapter.js";

const none: AdapterCapabilities = { trigger: false, cancel: false, list: false, logs: false, batchGet: false };
const scan = (id: string): Scan => ({ ref: { vendor: "halo", id }, state: "running", vendorState: "running", raw: {} });

function adapter(capabilities: Partial<AdapterCapabilities>, methods: Partial<ScanAdapter> = {}): ScanAdapter {
  return {
    vendor: "halo",
    capabilities: { ...none, ...capabilities },
    rateLimits: {},
    getScan: async (id) => {
      if (id === "gone") throw new NotFoundError(`halo getScan: no scan ${id}`);
      if (id === "bug") throw new TypeError("mapping bug");
      return scan(id);
    },
    ...methods,
  };
}

describe("adapter operations", () => {
  it("throw UnsupportedOperationError, naming the vendor and the capability, when it is not declared", () => {
    const plain = adapter({});
    expect(() => requireCapability(plain, "trigger")).toThrow(UnsupportedOperationError);
    let caught: unknown;
    try {
      triggerScan(plain, {});
    } catch (error) {
      caught = error;
    }
    expect(UnsupportedOperationError.isInstance(caught)).toBe(true);
    expect((caught as UnsupportedOperationError).message).toBe("halo cannot trigger scans");
    expect((caught as UnsupportedOperationError).vendor).toBe("halo");
    expect(() => cancelScan(plain, "1")).toThrow("halo cannot cancel scans");
    expect(() => listScans(plain)).toThrow("halo cannot list scans");
    expect(() => getLogs(plain, "1")).toThrow("halo cannot stream scan logs");
    expect(() => requireCapability(plain, "batchGet")).toThrow("halo cannot read many scans in one request");
  });

  it("throw when a declared capability has no method", () => {
    expect(() => triggerScan(adapter({ trigger: true }), {})).toThrow(
      'halo declares "trigger" but does not implement triggerScan',
    );
  });

  it("call the adapter's method with `this` bound", async () => {
    const capable = adapter(
      { trigger: true },
      {
        async triggerScan(this: ScanAdapter, input) {
          return { vendor: this.vendor, id: String(input.targetId) };
        },
      },
    );
    expect(await triggerScan(capable, { targetId: 7 })).toEqual({ vendor: "halo", id: "7" });
  });

  it("getScans uses the batch when declared", async () => {
    const calls: string[][] = [];
    const batch = adapter(
      { batchGet: true },
      {
        getScans: async (ids) => {
          calls.push([...ids]);
          return ids.map((id) => ({ id, ok: true as const, scan: scan(id) }));
        },
      },
    );
    expect((await getScans(batch, ["a", "b"])).map((entry) => entry.id)).toEqual(["a", "b"]);
    expect(calls).toEqual([["a", "b"]]);
  });

  it("getScans falls back to one getScan each, with errors as entries, in order", async () => {
    const lookups = await getScans(adapter({}), ["a", "gone", "b"]);
    expect(lookups.map((entry) => (entry.ok ? `ok:${entry.scan.ref.id}` : `error:${entry.error.code}`))).toEqual([
      "ok:a",
      "error:not_found",
      "ok:b",
    ]);
  });

  it("getScans lets a non-scanstat failure through", async () => {
    await expect(getScans(adapter({}), ["a", "bug"])).rejects.toThrow("mapping bug");
  });
});
