import { describe, expect, it } from "vitest";
import { cancelScan, getScans, getLogs, listScans, triggerScan } from "../adapter/adapter-operations.js";
import type { AdapterOperation, Capability, RateLimit, ScanAdapter, TriggerInput } from "../adapter/scan-adapter.js";
import type { VendorManifest } from "../adapter-kit/vendor-manifest.js";
import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  InvalidScanRefError,
  NotFoundError,
  UnsupportedOperationError,
  VendorResponseError,
} from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import { isTerminalState, type Scan, type ScanState, type Verdict } from "../model/scan.js";
import type { VendorId } from "../model/vendor-id.js";
import type { SimulatedOutcome, VendorSimulator } from "../testing/vendor-simulator.js";
import { lookUntilTerminal } from "../testing/look-until-terminal.js";
import { rejectionOf } from "../testing/rejection-of.js";
import { createVirtualClock, type VirtualClock } from "../testing/virtual-clock.js";

export interface ConformanceSetup {
  simulator: VendorSimulator;
  adapter: ScanAdapter;
}

export interface DescribeAdapterOptions {
  name: string;
  /** The vendor id the adapter must name itself, its refs and its errors with. */
  vendor: VendorId;
  /** The package's manifest: the adapter must do what it declares (capabilities, required trigger options). */
  manifest: VendorManifest;
  /**
   * Called per test with a fresh virtual clock: build the simulator on it and an adapter pointed at it,
   * passing `rateLimits` (when given) to the adapter's settings.
   */
  create(context: {
    clock: VirtualClock;
    credentials: "valid" | "invalid";
    rateLimits?: Readonly<Record<string, RateLimit>>;
  }): ConformanceSetup;
  /** What `triggerScan` needs at this vendor. */
  triggerInput: TriggerInput;
  /** How a canceled scan looks through this adapter once the vendor is done with it. Default `canceled`. */
  cancelEndsAs?: ScanState;
}

const methodOf: Record<Capability, keyof ScanAdapter> = {
  trigger: "triggerScan",
  cancel: "cancelScan",
  list: "listScans",
  logs: "getLogs",
  batchGet: "getScans",
};

const operationOf: Record<Capability, AdapterOperation> = {
  trigger: "triggerScan",
  cancel: "cancelScan",
  list: "listScans",
  logs: "getLogs",
  batchGet: "getScans",
};

const expectedEnding: Record<SimulatedOutcome, { state: ScanState; verdict?: Verdict }> = {
  pass: { state: "completed", verdict: "pass" },
  warn: { state: "completed", verdict: "warn" },
  fail: { state: "completed", verdict: "fail" },
  error: { state: "completed", verdict: "error" },
  failed: { state: "failed" },
  canceled: { state: "canceled" },
  timed_out: { state: "timed_out" },
};

/** Lifecycle order; a scan's state may never move back. */
const stateRank: Record<ScanState, number> = {
  queued: 0,
  running: 1,
  canceling: 2,
  completed: 3,
  failed: 3,
  canceled: 3,
  timed_out: 3,
  unknown: -1,
};

const pollEveryMs = 5_000;
const maxLooks = 2_000;

/** Looks at a scan until it is terminal, checking that its state never moves back. */
async function followToEnd(adapter: ScanAdapter, id: string, clock: VirtualClock): Promise<Scan[]> {
  const seen = await lookUntilTerminal(adapter, id, { clock, everyMs: pollEveryMs, maxLooks });
  seen.forEach((scan, index) => {
    const previous = seen[index - 1];
    if (previous && stateRank[scan.state] >= 0 && stateRank[previous.state] >= 0) {
      expect(stateRank[scan.state], `${previous.state} → ${scan.state}`).toBeGreaterThanOrEqual(
        stateRank[previous.state],
      );
    }
  });
  return seen;
}

/** The error a call throws, at once or when its promise or first item settles. */
async function failureOf(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    if (result && typeof (result as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") {
      return await rejectionOf((result as AsyncIterable<unknown>)[Symbol.asyncIterator]().next());
    }
    return await rejectionOf(Promise.resolve(result));
  } catch (error) {
    return error;
  }
}

async function collect<T>(iterable: AsyncIterable<T>, limit = 10_000): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
    if (items.length >= limit) break;
  }
  return items;
}

/**
 * One suite every adapter runs against its simulator (as unstorage's drivers do): the contract
 * of DESIGN §2 in tests, so the four adapters cannot drift apart.
 */
export function describeAdapter(options: DescribeAdapterOptions): void {
  const setup = (credentials: "valid" | "invalid" = "valid") => {
    const clock = createVirtualClock();
    return { clock, ...options.create({ clock, credentials }) };
  };

  /** An error this adapter threw: a ScanstatError naming the vendor and the operation that failed. */
  const expectNamed = (error: unknown, operation?: string) => {
    expect(ScanstatError.isInstance(error), String(error)).toBe(true);
    const named = error as ScanstatError;
    expect(named.vendor, named.message).toBe(options.vendor);
    if (operation) expect(named.operation, named.message).toBe(operation);
    else expect(named.operation?.length ?? 0, `${named.message}: no operation`).toBeGreaterThan(0);
  };

  /** A library error speaks no front end's words: no command, no flag, no exit code. */
  const expectLibraryWords = (error: unknown) => {
    const { message } = error as ScanstatError;
    expect(message).not.toMatch(/scanstat |(^|\s)--[a-z]|exit code/i);
  };

  const requiredTriggerKeys = options.manifest.trigger.options
    .filter((option) => option.required)
    .map((option) => option.key);

  describe(`${options.name} adapter conformance`, () => {
    describe("declarations", () => {
      const { adapter } = setup();

      for (const capability of Object.keys(methodOf) as Capability[]) {
        it(`implements ${methodOf[capability]} exactly when it declares "${capability}"`, () => {
          expect(typeof adapter[methodOf[capability]] === "function").toBe(adapter.capabilities[capability]);
        });
      }

      it("declares a positive rate limit for getScan and every capable operation", () => {
        const operations: AdapterOperation[] = ["getScan"];
        for (const capability of Object.keys(operationOf) as Capability[]) {
          if (adapter.capabilities[capability]) operations.push(operationOf[capability]);
        }
        for (const operation of operations) {
          const limit = adapter.rateLimits[operation];
          expect(limit, operation).toBeDefined();
          expect(limit!.requests, operation).toBeGreaterThan(0);
          expect(limit!.windowMs, operation).toBeGreaterThan(0);
        }
      });

      it("refuses a capability it lacks with UnsupportedOperationError, never a silent no-op", async () => {
        const calls: Array<[Capability, () => unknown]> = [
          ["trigger", () => triggerScan(adapter, options.triggerInput)],
          ["cancel", () => cancelScan(adapter, "any")],
          ["list", () => listScans(adapter)],
          ["logs", () => getLogs(adapter, "any")],
        ];
        for (const [capability, call] of calls) {
          if (adapter.capabilities[capability]) continue;
          expect(() => call(), capability).toThrow(UnsupportedOperationError);
        }
      });

      it("names itself with its vendor id", () => {
        expect(adapter.vendor).toBe(options.vendor);
        expect(options.manifest.vendor).toBe(options.vendor);
      });

      it("declares the capabilities its manifest lists", () => {
        expect(adapter.capabilities).toEqual(options.manifest.capabilities);
      });

      it("refuses a rate class it does not have with ConfigError, naming the vendor", () => {
        const clock = createVirtualClock();
        const unknownClass = { "no-such-class": { requests: 1, windowMs: 1_000, documented: false } };
        let caught: unknown;
        try {
          options.create({ clock, credentials: "valid", rateLimits: unknownClass });
        } catch (error) {
          caught = error;
        }
        expect(ConfigError.isInstance(caught), String(caught)).toBe(true);
        expect((caught as ConfigError).vendor).toBe(options.vendor);
        expect((caught as ConfigError).message).toContain("no-such-class");
      });
    });

    describe("ids", () => {
      for (const blank of ["", "   "]) {
        it(`refuses the blank id ${JSON.stringify(blank)} with InvalidScanRefError before any request`, async () => {
          const { adapter, simulator } = setup();
          const calls: Array<[string, () => unknown]> = [["getScan", () => adapter.getScan(blank)]];
          if (adapter.capabilities.cancel) calls.push(["cancelScan", () => cancelScan(adapter, blank)]);
          if (adapter.capabilities.logs) calls.push(["getLogs", () => getLogs(adapter, blank)]);
          for (const [operation, call] of calls) {
            const error = await failureOf(call);
            expect(InvalidScanRefError.isInstance(error), `${operation}: ${String(error)}`).toBe(true);
            expectNamed(error, operation);
          }
          const [lookup] = await getScans(adapter, [blank]);
          expect(!lookup!.ok && InvalidScanRefError.isInstance(lookup!.error), "getScans entry").toBe(true);
          expect(simulator.requests).toEqual([]);
        });
      }
    });

    describe("errors", () => {
      it("name their vendor and operation", async () => {
        const { adapter } = setup();
        expectNamed(await failureOf(() => adapter.getScan("no-such-scan-0000")));
        const refused = setup("invalid");
        const id = refused.simulator.seedScan({ outcome: refused.simulator.supportedOutcomes[0] ?? "pass" });
        expectNamed(await failureOf(() => refused.adapter.getScan(id)));
      });
    });

    describe("aborts", () => {
      it("an aborted call rejects with the signal's reason and sends nothing", async () => {
        const { adapter, simulator } = setup();
        const id = simulator.seedScan();
        const controller = new AbortController();
        const reason = new Error("stopped by the caller");
        controller.abort(reason);
        const signal = controller.signal;
        expect(await failureOf(() => adapter.getScan(id, { signal }))).toBe(reason);
        if (adapter.capabilities.trigger) {
          expect(await failureOf(() => triggerScan(adapter, options.triggerInput, { signal }))).toBe(reason);
          expect(simulator.triggeredScans).toBe(0);
        }
        if (adapter.capabilities.list) expect(await failureOf(() => listScans(adapter, {}, { signal }))).toBe(reason);
        expect(simulator.requests).toEqual([]);
      });

      it("an abort during a rate-limit wait ends the wait at once", async () => {
        const { adapter, simulator, clock } = setup();
        const id = simulator.seedScan();
        simulator.faults.add({
          type: "status",
          status: 429,
          headers: { "retry-after": "60" },
          body: { message: "slow" },
        });
        const controller = new AbortController();
        const reason = new Error("stopped by the caller");
        const before = clock.now();
        void clock.sleep(1_000).then(() => controller.abort(reason));
        expect(await failureOf(() => adapter.getScan(id, { signal: controller.signal }))).toBe(reason);
        expect(clock.now() - before).toBeLessThan(60_000);
      });
    });

    describe("getScan", () => {
      const { simulator: probe } = setup();
      for (const outcome of probe.supportedOutcomes) {
        it(`follows a scan that ends "${outcome}" to ${expectedEnding[outcome].state}${
          expectedEnding[outcome].verdict ? `/${expectedEnding[outcome].verdict}` : ""
        }, never moving back`, async () => {
          const { adapter, simulator, clock } = setup();
          const id = simulator.seedScan({ outcome, queuedMs: 10_000, durationMs: 120_000 });
          const seen = await followToEnd(adapter, id, clock);
          const last = seen.at(-1)!;
          expect(last.ref).toEqual({ vendor: adapter.vendor, id });
          expect(last.state).toBe(expectedEnding[outcome].state);
          expect(last.result?.verdict).toBe(expectedEnding[outcome].verdict);
          expect(typeof last.vendorState).toBe("string");
          expect(last.vendorState.length).toBeGreaterThan(0);
          expect(last.raw).toBeDefined();
          expect(
            seen.some((scan) => !isTerminalState(scan.state)),
            "seen before it ended",
          ).toBe(true);
        });
      }

      it("gives NotFoundError for an id the vendor does not know", async () => {
        const { adapter } = setup();
        await expect(adapter.getScan("no-such-scan-0000")).rejects.toBeInstanceOf(NotFoundError);
      });

      it("gives AuthError when the credentials are refused", async () => {
        const { adapter, simulator } = setup("invalid");
        const id = simulator.seedScan({ outcome: simulator.supportedOutcomes[0] ?? "pass" });
        await expect(adapter.getScan(id)).rejects.toBeInstanceOf(AuthError);
      });

      it("retries a read answered 503 once, and succeeds", async () => {
        const { adapter, simulator } = setup();
        const id = simulator.seedScan();
        simulator.faults.add({ type: "status", status: 503, body: { message: "unavailable" } });
        const scan = await adapter.getScan(id);
        expect(scan.ref.id).toBe(id);
        expect(simulator.requests.some((request) => request.status === 503)).toBe(true);
      });

      it("waits out a 429's Retry-After, then succeeds", async () => {
        const { adapter, simulator, clock } = setup();
        const id = simulator.seedScan();
        simulator.faults.add({
          type: "status",
          status: 429,
          headers: { "retry-after": "3" },
          body: { message: "slow down" },
        });
        const before = clock.now();
        const scan = await adapter.getScan(id);
        expect(scan.ref.id).toBe(id);
        expect(clock.now() - before).toBeGreaterThanOrEqual(3_000);
      });

      it("rejects a body that stays malformed with VendorResponseError", async () => {
        const { adapter, simulator } = setup();
        const id = simulator.seedScan();
        // A cut-short body is read again once or twice (a transport accident); one that stays broken is an error.
        simulator.faults.add({ type: "malformed" }, { times: Number.POSITIVE_INFINITY });
        await expect(adapter.getScan(id)).rejects.toBeInstanceOf(VendorResponseError);
      });

      it("rejects a body of the wrong shape with VendorResponseError, without reading again", async () => {
        const { adapter, simulator } = setup();
        const id = simulator.seedScan();
        simulator.faults.add({ type: "transform", transform: () => ["not", "the", "documented", "shape"] });
        await expect(adapter.getScan(id)).rejects.toBeInstanceOf(VendorResponseError);
        expect(simulator.requests).toHaveLength(1);
      });
    });

    describe("getScans", () => {
      it("answers in the order asked, with a failed entry for an unknown id", async () => {
        const { adapter, simulator } = setup();
        const first = simulator.seedScan();
        const second = simulator.seedScan({ outcome: simulator.supportedOutcomes.at(-1) ?? "pass" });
        const lookups = await getScans(adapter, [first, "no-such-scan-0000", second]);
        expect(lookups.map((lookup) => [lookup.id, lookup.ok])).toEqual([
          [first, true],
          ["no-such-scan-0000", false],
          [second, true],
        ]);
        const missing = lookups[1]!;
        expect(!missing.ok && NotFoundError.isInstance(missing.error)).toBe(true);
      });
    });

    describe("getScans in one batch", () => {
      it("reads many scans with fewer requests than one each, where it declares batchGet", async (context) => {
        const { adapter, simulator } = setup();
        if (!adapter.capabilities.batchGet) return context.skip();
        const ids = Array.from({ length: 5 }, () => simulator.seedScan({ durationMs: 3_600_000 }));
        const before = simulator.requests.length;
        const lookups = await adapter.getScans!(ids);
        expect(lookups.map((lookup) => [lookup.id, lookup.ok])).toEqual(ids.map((id) => [id, true]));
        expect(simulator.requests.length - before).toBeLessThan(ids.length);
      });
    });

    describe("triggerScan", () => {
      it("refuses a trigger without its required input with InvalidRequestError, before any request", async (context) => {
        const { adapter, simulator } = setup();
        if (!adapter.capabilities.trigger || requiredTriggerKeys.length === 0) return context.skip();
        const error = await failureOf(() => triggerScan(adapter, {}));
        expect(InvalidRequestError.isInstance(error), String(error)).toBe(true);
        expectNamed(error, "triggerScan");
        expectLibraryWords(error);
        // A code and the option's key, for a front end to word as its own advice.
        expect((error as ScanstatError).hintCode).toBe("give-trigger-option");
        expect(requiredTriggerKeys).toContain((error as ScanstatError).hintSubject);
        expect(simulator.requests).toEqual([]);
        expect(simulator.triggeredScans).toBe(0);
      });

      it("refuses a trigger input key its manifest does not list, before any request", async (context) => {
        const { adapter, simulator } = setup();
        if (!adapter.capabilities.trigger) return context.skip();
        const error = await failureOf(() =>
          triggerScan(adapter, { ...options.triggerInput, notAnOptionOfAnyVendor: "x" }),
        );
        expect(InvalidRequestError.isInstance(error), String(error)).toBe(true);
        expectNamed(error, "triggerScan");
        expectLibraryWords(error);
        expect((error as ScanstatError).message).toContain('"notAnOptionOfAnyVendor"');
        expect(simulator.requests).toEqual([]);
        expect(simulator.triggeredScans).toBe(0);
      });

      it("starts exactly one scan and returns a ref that reaches a terminal state", async (context) => {
        const { adapter, simulator, clock } = setup();
        if (!adapter.capabilities.trigger) return context.skip();
        const ref = await triggerScan(adapter, options.triggerInput);
        expect(ref.vendor).toBe(adapter.vendor);
        expect(ref.id.length).toBeGreaterThan(0);
        expect(simulator.triggeredScans).toBe(1);
        const seen = await followToEnd(adapter, ref.id, clock);
        expect(isTerminalState(seen.at(-1)!.state)).toBe(true);
        expect(simulator.triggeredScans).toBe(1);
      });
    });

    describe("listScans", () => {
      it("yields the scans still in progress when asked for active ones", async (context) => {
        const { adapter, simulator, clock } = setup();
        if (!adapter.capabilities.list) return context.skip();
        const ids = [simulator.seedScan({ durationMs: 3_600_000 }), simulator.seedScan({ durationMs: 3_600_000 })];
        await clock.advance(60_000);
        const listed = await collect(listScans(adapter, { active: true }));
        for (const id of ids) expect(listed.map((scan) => scan.ref.id)).toContain(id);
        for (const scan of listed) expect(isTerminalState(scan.state)).toBe(false);
      });
    });

    describe("listScans limit", () => {
      it("yields at most `limit` scans", async (context) => {
        const { adapter, simulator, clock } = setup();
        if (!adapter.capabilities.list) return context.skip();
        for (let index = 0; index < 3; index++) simulator.seedScan({ durationMs: 3_600_000 });
        await clock.advance(60_000);
        expect(await collect(listScans(adapter, { limit: 1 }))).toHaveLength(1);
        expect(await collect(listScans(adapter, { active: true, limit: 2 }))).toHaveLength(2);
      });

      for (const limit of [0, -1, 1.5]) {
        it(`refuses limit ${limit} with ConfigError before any request`, async (context) => {
          const { adapter, simulator } = setup();
          if (!adapter.capabilities.list) return context.skip();
          simulator.seedScan();
          const error = await failureOf(() => listScans(adapter, { limit }));
          expect(ConfigError.isInstance(error), String(error)).toBe(true);
          expectNamed(error, "listScans");
          expect(simulator.requests).toEqual([]);
        });
      }

      it("refuses a list filter its manifest does not list with ConfigError before any request", async (context) => {
        const { adapter, simulator } = setup();
        if (!adapter.capabilities.list) return context.skip();
        simulator.seedScan();
        const error = await failureOf(() => listScans(adapter, { filters: { notAFilterOfAnyVendor: "x" } }));
        expect(ConfigError.isInstance(error), String(error)).toBe(true);
        expectNamed(error, "listScans");
        expectLibraryWords(error);
        expect((error as ScanstatError).message).toContain('"notAFilterOfAnyVendor"');
        expect(simulator.requests).toEqual([]);
      });
    });

    describe("getLogs", () => {
      it("reads nothing until asked, one request for the first line, lines in time order", async (context) => {
        const { adapter, simulator, clock } = setup();
        if (!adapter.capabilities.logs) return context.skip();
        const id = simulator.seedScan({ queuedMs: 1_000, durationMs: 60_000 });
        await followToEnd(adapter, id, clock);
        const before = simulator.requests.length;
        const lines = getLogs(adapter, id)[Symbol.asyncIterator]();
        expect(simulator.requests.length - before, "requests before the first line was asked for").toBe(0);
        const first = await lines.next();
        expect(first.done).toBe(false);
        expect(simulator.requests.length - before, "requests for the first line").toBe(1);
        const rest: Array<{ timestamp?: string }> = [first.value];
        for (let next = await lines.next(); !next.done; next = await lines.next()) rest.push(next.value);
        const times = rest.flatMap((line) => (line.timestamp ? [Date.parse(line.timestamp)] : []));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      });
    });

    describe("cancelScan", () => {
      it(`ends a running scan as ${options.cancelEndsAs ?? "canceled"}`, async (context) => {
        const { adapter, simulator, clock } = setup();
        if (!adapter.capabilities.cancel) return context.skip();
        const id = simulator.seedScan({ queuedMs: 1_000, durationMs: 3_600_000 });
        await clock.advance(60_000);
        await cancelScan(adapter, id);
        const seen = await followToEnd(adapter, id, clock);
        expect(seen.at(-1)!.state).toBe(options.cancelEndsAs ?? "canceled");
      });
    });
  });
}
