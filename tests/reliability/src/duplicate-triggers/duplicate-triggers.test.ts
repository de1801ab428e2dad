import { ScanstatError } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { settle, until } from "../harness/settle.js";
import { vendorKits, vendors } from "../harness/vendor-kits.js";
import { requestTimeoutMs, triggerFaults } from "./trigger-table.js";

const cases = triggerFaults.flatMap((row) =>
  vendors.map((vendor) => ({
    vendor,
    row,
    expected: row.overrides?.[vendor] ?? row.expected,
    title: `${vendor} × ${row.name}`,
  })),
);

describe("no duplicate triggers: a trigger is repeated only when the vendor provably did not act", () => {
  it.each(cases)("$title", async ({ vendor, row, expected }) => {
    const clock = createVirtualClock();
    const kit = vendorKits[vendor];
    const { simulator, adapter } = kit.create({ clock, requestTimeoutMs });
    const sent = () => simulator.count(kit.triggerOperation);
    simulator.faults.add(row.fault(kit), { operation: kit.triggerOperation, afterHandling: row.afterHandling });

    const outcome = await settle(adapter.triggerScan!(kit.triggerInput));
    // A stalled answer is logged when its stall ends: wait for it before counting.
    await until(() => sent() >= 1);

    switch (expected.kind) {
      case "repeated":
      case "recovered": {
        expect(outcome.ok ? outcome.value.vendor : outcome.error).toBe(vendor);
        expect(simulator.triggeredScans).toBe(1);
        expect(sent()).toBe(expected.kind === "repeated" ? 2 : 1);
        // The ref is the scan the vendor started: it reads.
        if (outcome.ok) expect((await adapter.getScan(outcome.value.id)).ref).toEqual(outcome.value);
        break;
      }
      case "ambiguous": {
        expect(outcome.ok).toBe(false);
        const error = outcome.ok ? undefined : outcome.error;
        expect(ScanstatError.isInstance(error)).toBe(true);
        const typed = error as ScanstatError;
        expect({ mayHaveActed: typed.mayHaveActed, vendor: typed.vendor }).toEqual({ mayHaveActed: true, vendor });
        // It says how to look for the scan, in the one line people read.
        expect(typed.hint).toMatch(/\S/);
        expect(typed.message).toContain(typed.hint);
        expect(sent()).toBe(1);
        expect(simulator.triggeredScans).toBe(expected.started);
        break;
      }
    }
  });
});
