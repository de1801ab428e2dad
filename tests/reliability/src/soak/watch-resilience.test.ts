import { type ScanRef, type WatchEvent, watchScans } from "@scanstat/core";
import { createVirtualClock, type Fault } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { maxAttempts } from "../fault-matrix/fault-table.js";
import { type TestedVendor, type VendorKit, vendorKits, vendors } from "../harness/vendor-kits.js";

/** The first request of a watch round of three scans (ProjectDiscovery finds several scans in its list). */
const roundOperation: Readonly<Record<TestedVendor, string>> = {
  soda: "getScanStatus",
  projectdiscovery: "listScans",
  halo: "listInProgressScans",
  telmai: "getAssetsScanStatus",
};

interface Outlasting {
  name: string;
  fault(kit: VendorKit): Fault;
}

const transient: readonly Outlasting[] = [
  { name: "503", fault: (kit) => ({ type: "status", status: 503, body: kit.errorBody(503) }) },
  { name: "429 without Retry-After", fault: (kit) => ({ type: "status", status: 429, body: kit.errorBody(429) }) },
  { name: "connection reset", fault: () => ({ type: "reset" }) },
];

const unreadable: readonly Outlasting[] = [
  { name: "empty body", fault: () => ({ type: "empty" }) },
  { name: "malformed JSON", fault: () => ({ type: "malformed" }) },
];

const faultedAttempts = (vendor: TestedVendor) => maxAttempts * (vendor === "soda" ? 3 : 1);

async function watchThroughFault(vendor: TestedVendor, fault: Fault) {
  const clock = createVirtualClock();
  const { simulator, adapter } = vendorKits[vendor].create({ clock });
  const refs: ScanRef[] = [0, 1, 2].map(() => ({
    vendor,
    id: simulator.seedScan({ outcome: "pass", durationMs: 60_000, queuedMs: 0 }),
  }));
  // Every attempt of the HTTP layer meets the fault: the watcher is the last line. Soda and Telmai
  // read the three scans with three requests at once: each meets it on every attempt.
  simulator.faults.add(fault, { operation: roundOperation[vendor], times: faultedAttempts(vendor) });
  const events: WatchEvent[] = [];
  for await (const event of watchScans(() => adapter, refs, { clock, random: () => 0.5 })) events.push(event);
  const end = events.at(-1);
  return {
    injected: Object.values(simulator.faults.injected).reduce((sum, count) => sum + count, 0),
    retrying: events.filter((event) => event.type === "retrying").length,
    errors: events.flatMap((event) => (event.type === "error" ? [event.error.message] : [])),
    endings: end?.type === "end" ? end.results.map((result) => [result.scan?.state, result.scan?.result?.verdict]) : [],
  };
}

const allPassed = [
  ["completed", "pass"],
  ["completed", "pass"],
  ["completed", "pass"],
];

describe("the watcher loses no scan to a fault that outlasts the HTTP layer's retries", () => {
  const cases = vendors.flatMap((vendor) =>
    transient.map((row) => ({ vendor, row, title: `${vendor} × ${row.name}` })),
  );
  it.each(cases)("$title: looked at again, every scan to its end", async ({ vendor, row }) => {
    const watched = await watchThroughFault(vendor, row.fault(vendorKits[vendor]));
    expect(watched.injected).toBe(faultedAttempts(vendor));
    expect(watched.retrying).toBeGreaterThanOrEqual(1);
    expect(watched.errors).toEqual([]);
    expect(watched.endings).toEqual(allPassed);
  });

  // An unreadable answer that outlasts the HTTP layer's retries is looked at again by the watcher
  // (it was a gap: it used to end the watch of every scan the answer covered).
  const gaps = vendors.flatMap((vendor) =>
    unreadable.map((row) => ({ vendor, row, title: `${vendor} × ${row.name}` })),
  );
  it.each(gaps)("$title: looked at again, every scan to its end", async ({ vendor, row }) => {
    const watched = await watchThroughFault(vendor, row.fault(vendorKits[vendor]));
    expect(watched.errors).toEqual([]);
    expect(watched.endings).toEqual(allPassed);
  });
});
