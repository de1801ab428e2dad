import { type Scan, ScanstatError, watchScans, type WatchEvent } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { exitCodeForOutcome, exitCodeForOutcomes } from "../harness/cli-exit-codes.js";
import { settle, until } from "../harness/settle.js";
import { expectedExitCode, type FaultCell, faultCells, kitOf, maxAttempts, requestTimeoutMs } from "./fault-table.js";

const hour = 3_600_000;
/** The first backoff of the HTTP client with `random` 0.5: half of its 1 s base. */
const firstBackoffMs = 500;

/** What a read tells about a scan, without `raw` (which keeps the payload, extra fields included). */
const seen = (scan: Scan) => ({
  state: scan.state,
  vendorState: scan.vendorState,
  result: scan.result,
  progress: scan.progress,
});

async function setUp(cell: FaultCell) {
  const clock = createVirtualClock();
  const kit = kitOf(cell);
  const { simulator, adapter } = kit.create({ clock, requestTimeoutMs, durationMs: hour, queuedMs: 0 });
  // Running for an hour: whatever time the retries take, the true state stays the same.
  const id = simulator.seedScan({ outcome: "pass", durationMs: hour, queuedMs: 0 });
  const reference = await adapter.getScan(id);
  const before = simulator.count(kit.readOperation);
  return {
    clock,
    kit,
    simulator,
    adapter,
    id,
    reference,
    fault: cell.row.fault(kit),
    /** Read requests since the reference read, faulted ones included. */
    reads: () => simulator.count(kit.readOperation) - before,
    /** Virtual ms between the last faulted read and the read after it. */
    retryGap: () => {
      const reads = simulator.requests.filter((request) => request.operation === kit.readOperation);
      const faulted = reads.findLastIndex((request) => request.fault !== undefined);
      return (reads[faulted + 1]?.at ?? Number.NaN) - (reads[faulted]?.at ?? Number.NaN);
    },
  };
}

function expectTypedError(outcome: { ok: boolean; error?: unknown }, code: string): ScanstatError {
  expect(outcome.ok).toBe(false);
  const error = outcome.error;
  expect(ScanstatError.isInstance(error)).toBe(true);
  expect((error as ScanstatError).code).toBe(code);
  // One line for people, never a stack trace, never an HTML page.
  expect((error as ScanstatError).message).not.toMatch(/\n|<html|<!doctype|\bat .+:\d+:\d+/i);
  return error as ScanstatError;
}

describe("fault matrix: a read of a running scan under each fault, per vendor", () => {
  it.each(faultCells)("$title", async (cell) => {
    const context = await setUp(cell);
    const { behaviour } = cell;
    const { simulator, adapter, kit, id, reference, fault, reads } = context;
    simulator.faults.add(fault, { operation: kit.readOperation });
    const once = await settle(adapter.getScan(id));

    switch (behaviour.kind) {
      case "retried": {
        expect(once.ok ? seen(once.value) : once.error).toEqual(seen(reference));
        await until(() => reads() === 2);
        if (fault.type !== "delay" && fault.type !== "slowBody") {
          expect(context.retryGap()).toBe(cell.row.name === "429 with Retry-After" ? 2_000 : firstBackoffMs);
        }
        // The same fault on every attempt: the typed error once the attempts run out.
        simulator.faults.add(fault, { operation: kit.readOperation, times: Number.POSITIVE_INFINITY });
        const lasting = await settle(adapter.getScan(id));
        const error = expectTypedError(lasting, behaviour.persists);
        // One rule: what the HTTP layer retried, a watch looks at again later.
        expect(error.transient).toBe(true);
        await until(() => reads() === 2 + maxAttempts);
        expect(exitCodeForOutcome({ error })).toBe(expectedExitCode(behaviour));
        break;
      }
      case "error": {
        const error = expectTypedError(once, behaviour.code);
        expect(reads()).toBe(1);
        // Not asked again now, nor by a watch later.
        expect(error.transient).toBe(false);
        expect(error.vendor).toBe(cell.vendor);
        expect(exitCodeForOutcome({ error })).toBe(expectedExitCode(behaviour));
        break;
      }
      case "ignored": {
        expect(once.ok ? seen(once.value) : once.error).toEqual(seen(reference));
        expect(reads()).toBe(1);
        break;
      }
      case "degraded": {
        expect(once.ok ? [once.value.state, once.value.vendorState, once.value.progress] : once.error).toEqual([
          reference.state,
          reference.vendorState,
          undefined,
        ]);
        expect(reads()).toBe(1);
        break;
      }
      case "state": {
        expect(once.ok ? seen(once.value).state : once.error).toBe(behaviour.state);
        expect(once.ok && once.value.vendorState).not.toBe(reference.vendorState);
        expect(reads()).toBe(1);
        if (behaviour.state !== "unknown") break;
        // A word that stays unknown: the watch warns once, goes on looking, and ends not terminal (exit 5).
        simulator.faults.add(fault, { operation: kit.readOperation, times: Number.POSITIVE_INFINITY });
        const events: WatchEvent[] = [];
        const watch = watchScans(() => adapter, [{ vendor: cell.vendor, id }], {
          clock: context.clock,
          timeoutMs: 120_000,
          random: () => 0.5,
        });
        for await (const event of watch) events.push(event);
        const end = events.at(-1);
        expect(end?.type === "end" && end.reason).toBe("timeout");
        expect(events.filter((event) => event.type === "unknown-state")).toHaveLength(1);
        const results = end?.type === "end" ? end.results : [];
        expect(results[0]?.scan?.state).toBe("unknown");
        expect(exitCodeForOutcomes(results)).toBe(5);
        break;
      }
    }
  });
});
