import { createVirtualClock, virtualTimeSettings } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { maxIncidentPages } from "../client/read-telmai-incidents.js";
import { createTelmaiAdapter } from "./telmai-adapter.js";
import { createTelmaiSimulator, type TelmaiSimulatorOptions } from "../testing/telmai-simulator.js";

/** The simulator as documented (runs carry batch ids of their own), and an adapter; a fresh adapter is a new process. */
function setup(options: Omit<TelmaiSimulatorOptions, "clock"> = {}) {
  const clock = createVirtualClock({ start: "2026-03-24T09:00:00Z" });
  const simulator = createTelmaiSimulator({
    clock,
    rateLimits: { read: { requests: 10_000, windowMs: 60_000, documented: false } },
    ...options,
  });
  const adapter = () =>
    createTelmaiAdapter({
      baseUrl: "https://telmai.example.com",
      token: simulator.adminToken,
      fetch: simulator.fetch,
      ...virtualTimeSettings(clock),
      rateLimits: { read: { requests: 10_000, windowMs: 60_000, documented: false } },
    });
  return { clock, simulator, adapter };
}

const forbidden = {
  type: "status" as const,
  status: 403,
  body: { data: null, error: { code: "FORBIDDEN", message: "Forbidden", details: null }, meta: { requestId: "r-9" } },
};

describe("a finished execution's incidents", () => {
  it("a high incident in its window makes it fail, with the incidents counted", async () => {
    const { clock, simulator, adapter } = setup({ incidents: [["high", "low"]] });
    const telmai = adapter();
    const ref = await telmai.triggerScan();
    await clock.advance(65_000);
    const scan = await telmai.getScan(ref.id);
    expect([scan.state, scan.result?.verdict]).toEqual(["completed", "fail"]);
    expect(scan.result?.evidence).toEqual({ sources: ["incidents", "run-status"], complete: true });
    expect(scan.result?.findings?.bySeverity).toMatchObject({ high: 1, low: 1 });
    expect(simulator.count("getIncidents")).toBe(1);
  });

  it("incidents the token may not read (403 incidents:read): never a pass", async () => {
    const { clock, simulator, adapter } = setup();
    const telmai = adapter();
    const ref = await telmai.triggerScan();
    await clock.advance(65_000);
    simulator.faults.add(forbidden, { operation: "getIncidents" });
    const scan = await telmai.getScan(ref.id);
    expect([scan.state, scan.result?.verdict]).toEqual(["completed", "warn"]);
    expect(scan.result?.evidence.complete).toBe(false);
    expect(scan.result?.evidence.gaps?.[0]).toMatch(
      /^incidents not read: telmai getIncidents: HTTP 403 FORBIDDEN.*incidents:read/,
    );
  });

  it("a read that fails for a while (an answer that does not fit) fails the lookup of the scans that ended, not the others", async () => {
    const { clock, simulator, adapter } = setup({ jobIds: "execution" });
    const ended = simulator.seedScan({ durationMs: 10_000, incidents: ["medium"] });
    const running = simulator.seedScan({ durationMs: 600_000 });
    await clock.advance(11_000);
    simulator.faults.add(
      { type: "transform", transform: (body) => ({ ...(body as object), data: "not a list" }) },
      { operation: "getIncidents" },
    );
    const telmai = adapter();
    const [first, second] = await telmai.getScans([ended, running]);
    expect([first?.ok, !first?.ok && first?.error.code]).toEqual([false, "bad_response"]);
    expect(second?.ok && second.scan.state).toBe("running");
    // The next look reads them.
    const [again] = await telmai.getScans([ended]);
    expect(again?.ok && [again.scan.result?.verdict, again.scan.result?.evidence.complete]).toEqual(["warn", true]);
  });

  it("are read once per round for many scans that ended, not once per scan", async () => {
    const { clock, simulator, adapter } = setup({
      jobIds: "execution",
      assets: Array.from({ length: 20 }, (_, index) => ({ assetName: `asset_${index}`, monitors: 2 })),
    });
    const ids = Array.from({ length: 20 }, (_, index) =>
      simulator.seedScan({ durationMs: 60_000, incidents: index === 3 ? ["medium"] : [] }),
    );
    const telmai = adapter();
    expect((await telmai.getScans(ids)).every((lookup) => lookup.ok && lookup.scan.state === "running")).toBe(true);
    expect(simulator.count("getIncidents")).toBe(0); // nothing ended: nothing to read
    await clock.advance(61_000);
    const lookups = await telmai.getScans(ids);
    expect(lookups.map((lookup) => lookup.ok && lookup.scan.result?.verdict)).toEqual(
      ids.map((_, index) => (index === 3 ? "warn" : "pass")),
    );
    expect([simulator.count("getAssetsScanStatus"), simulator.count("getIncidents")]).toEqual([2, 1]);
  });

  it("are read a bounded number of pages: beyond it the evidence is incomplete, never pass", async () => {
    const { clock, simulator, adapter } = setup({ incidents: [Array(1_200).fill("low")] });
    const telmai = adapter();
    const ref = await telmai.triggerScan();
    await clock.advance(65_000);
    const scan = await telmai.getScan(ref.id);
    expect(simulator.count("getIncidents")).toBe(maxIncidentPages);
    expect(scan.result?.verdict).toBe("warn");
    expect(scan.result?.evidence).toMatchObject({
      complete: false,
      gaps: ["more incidents than were read"],
    });
  });
});

describe("an ended execution's verdict is stable", () => {
  it("three newer executions do not change it, in this process or a new one", async () => {
    const { clock, adapter } = setup({ incidents: [["high"], [], [], []], outcomes: ["pass"] });
    const first = adapter();
    const ref = await first.triggerScan();
    await clock.advance(65_000);
    const before = await first.getScan(ref.id);
    expect([before.result?.verdict, (before.raw as { linkedBy: string }).linkedBy]).toEqual(["fail", "time"]);
    for (let newer = 0; newer < 3; newer++) {
      await first.triggerScan();
      await clock.advance(65_000);
    }
    for (const telmai of [first, adapter()]) {
      const after = await telmai.getScan(ref.id);
      expect([after.state, after.result?.verdict, (after.raw as { linkedBy: string }).linkedBy]).toEqual([
        "completed",
        "fail",
        "none",
      ]);
    }
  });

  it("one whose runs alone said warn has no verdict once they fade: never the pass it read as before", async () => {
    const { clock, adapter } = setup({ outcomes: ["warn", "pass"] });
    const telmai = adapter();
    const ref = await telmai.triggerScan();
    await clock.advance(65_000);
    expect((await telmai.getScan(ref.id)).result?.verdict).toBe("warn");
    await telmai.triggerScan();
    await clock.advance(65_000);
    const after = await adapter().getScan(ref.id);
    expect([after.state, after.result?.verdict]).toEqual(["completed", undefined]);
    expect(after.result?.evidence).toEqual({
      sources: ["incidents"],
      complete: false,
      gaps: ["its asset runs can no longer be linked"],
    });
  });
});
