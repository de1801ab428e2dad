import { describe, expect, it } from "vitest";
import type { Scan, ScanState } from "../model/scan.js";
import { lookUntilTerminal } from "./look-until-terminal.js";
import { createVirtualClock } from "./virtual-clock.js";

/** An adapter whose scan goes through `states`, one per look. */
function adapterThrough(states: ScanState[]) {
  let look = 0;
  return {
    getScan: async (id: string): Promise<Scan> => {
      const state = states[Math.min(look++, states.length - 1)]!;
      return { ref: { vendor: "soda", id }, state, vendorState: state, raw: {} };
    },
  };
}

describe("lookUntilTerminal", () => {
  it("returns every look up to the terminal one, waiting everyMs on the clock between looks", async () => {
    const clock = createVirtualClock({ start: 0 });
    const looks = await lookUntilTerminal(adapterThrough(["queued", "running", "completed", "failed"]), "a", {
      clock,
      everyMs: 5_000,
    });
    expect(looks.map((scan) => scan.state)).toEqual(["queued", "running", "completed"]);
    expect(clock.now()).toBe(10_000);
  });

  it("throws once maxLooks looks found the scan unfinished", async () => {
    const clock = createVirtualClock({ start: 0 });
    await expect(
      lookUntilTerminal(adapterThrough(["running"]), "a", { clock, everyMs: 1_000, maxLooks: 3 }),
    ).rejects.toThrow("scan a was not terminal after 3 looks");
  });
});
