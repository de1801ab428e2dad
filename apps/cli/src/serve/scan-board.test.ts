import type { Scan, ScanAdapter, ScanState } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { BoardFullError, type BoardChange, createScanBoard } from "./scan-board.js";

/** An adapter whose scans say what the test sets, and that counts its looks. */
function scriptedAdapter(states: Map<string, ScanState>) {
  const looks: string[] = [];
  const adapter = {
    vendor: "halo",
    capabilities: { trigger: false, cancel: false, list: false, logs: false, batchGet: false },
    async getScan(id: string): Promise<Scan> {
      looks.push(id);
      const state = states.get(id) ?? "running";
      return { ref: { vendor: "halo", id }, state, vendorState: state, raw: {} };
    },
  } as unknown as ScanAdapter;
  return { adapter, looks };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the scan board", () => {
  it("never moves an ended scan back to running when a later read lags behind a webhook", async () => {
    const clock = createVirtualClock({ autoAdvance: false });
    const { adapter } = scriptedAdapter(new Map([["1", "running"]]));
    const board = createScanBoard({ clock, adapter: async () => adapter, intervalMs: 60_000 });
    board.add([{ vendor: "halo", id: "1" }], "api");
    await settle();
    board.apply({ ref: { vendor: "halo", id: "1" }, state: "failed", vendorState: "failed_stopped", raw: {} }, "gone");
    board.refresh({ vendor: "halo", id: "1" });
    await settle();
    expect(board.get({ vendor: "halo", id: "1" })).toMatchObject({ scan: { state: "failed" }, message: "gone" });
    board.close();
  });

  it("reads a scan again at once on refresh, and stops looking at a removed one", async () => {
    const clock = createVirtualClock({ autoAdvance: false });
    const { adapter, looks } = scriptedAdapter(new Map());
    const board = createScanBoard({ clock, adapter: async () => adapter, intervalMs: 600_000 });
    const changes: BoardChange["type"][] = [];
    board.subscribe((change) => changes.push(change.type));
    board.add([{ vendor: "halo", id: "7" }], "api");
    await settle();
    expect(looks).toEqual(["7"]);
    board.refresh({ vendor: "halo", id: "7" });
    await settle();
    expect(looks).toEqual(["7", "7"]);
    expect(board.remove({ vendor: "halo", id: "7" })).toBe(true);
    await clock.advance(3_600_000);
    await settle();
    expect(looks).toEqual(["7", "7"]);
    expect(changes).toEqual(["scan", "scan", "remove"]);
    board.close();
    expect(changes.at(-1)).toBe("close");
  });

  it("makes room by dropping the oldest ended scans, and refuses when none has ended", async () => {
    const clock = createVirtualClock({ autoAdvance: false });
    const states = new Map<string, ScanState>([["a", "completed"]]);
    const { adapter } = scriptedAdapter(states);
    const board = createScanBoard({ clock, adapter: async () => adapter, maxScans: 2 });
    board.add(
      [
        { vendor: "halo", id: "a" },
        { vendor: "halo", id: "b" },
      ],
      "active",
    );
    await settle();
    board.add([{ vendor: "halo", id: "c" }], "active");
    expect(board.list().map((entry) => entry.ref.id)).toEqual(["b", "c"]);
    expect(() => board.add([{ vendor: "halo", id: "d" }], "api")).toThrow(BoardFullError);
    board.close();
  });
});
