import {
  AuthError,
  type Clock,
  InvalidRequestError,
  NotFoundError,
  type Scan,
  VendorError,
  VendorResponseError,
  waitForScan,
} from "@scanstat/core";
import {
  createVirtualClock,
  type SimulatedOutcome,
  virtualTimeSettings,
  rejectionOf,
  lookUntilTerminal,
} from "@scanstat/core/testing";
import { mswHandlers } from "@scanstat/core/testing/msw";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { describe, expect, it } from "vitest";
import { createSodaAdapter, type SodaAdapterSettings } from "./soda-adapter.js";
import { createSodaSimulator, type SodaSimulatorOptions, sodaSandboxCredentials } from "../testing/index.js";

const sodaEu = "https://cloud.soda.io";
const server = useMswServer();

function setup(
  simulatorOptions: Partial<SodaSimulatorOptions> = {},
  adapterSettings: Partial<SodaAdapterSettings> = {},
  baseUrl = sodaEu,
) {
  const clock = createVirtualClock();
  const simulator = createSodaSimulator({ clock, ...simulatorOptions });
  server.use(...mswHandlers(simulator, baseUrl));
  const adapter = createSodaAdapter({
    ...sodaSandboxCredentials,
    ...(baseUrl === sodaEu ? {} : { baseUrl }),
    ...virtualTimeSettings(clock),
    ...adapterSettings,
  });
  return { clock, simulator, adapter };
}

/** Looks at a scan every `everyMs` until it is terminal; returns each distinct vendor word in order and the last scan. */
async function watchWords(adapter: ReturnType<typeof createSodaAdapter>, id: string, clock: Clock, everyMs = 2_000) {
  const looks = await lookUntilTerminal(adapter, id, { clock, everyMs, maxLooks: 200 });
  const words = looks.map((scan) => scan.vendorState).filter((word, index, all) => word !== all[index - 1]);
  return { words, last: looks.at(-1)! };
}

describe("scans move through Soda's state words over time", () => {
  it.each<[SimulatedOutcome, string[], Scan["state"], Partial<Scan["result"]> | undefined]>([
    [
      "pass",
      ["queuing", "executing", "completed"],
      "completed",
      {
        verdict: "pass",
        evidence: { sources: ["run-status", "checks"], complete: true },
        checks: { total: 5, passed: 5, warned: 0, failed: 0, errored: 0, notEvaluated: 0 },
      },
    ],
    [
      "warn",
      ["queuing", "executing", "completedWithWarnings"],
      "completed",
      {
        verdict: "warn",
        evidence: { sources: ["run-status", "checks"], complete: true },
        checks: { total: 5, passed: 4, warned: 1, failed: 0, errored: 0, notEvaluated: 0 },
      },
    ],
    [
      "fail",
      ["queuing", "executing", "completedWithFailures"],
      "completed",
      {
        verdict: "fail",
        evidence: { sources: ["run-status", "checks"], complete: true },
        checks: { total: 5, passed: 3, warned: 1, failed: 1, errored: 0, notEvaluated: 0 },
      },
    ],
    [
      "error",
      ["queuing", "executing", "completedWithErrors"],
      "completed",
      {
        verdict: "error",
        evidence: { sources: ["run-status", "checks"], complete: true },
        checks: { total: 5, passed: 4, warned: 0, failed: 0, errored: 1, notEvaluated: 0 },
      },
    ],
    ["failed", ["queuing", "executing", "failed"], "failed", undefined],
    ["canceled", ["queuing", "executing", "cancelationRequested", "canceled"], "canceled", undefined],
    ["timed_out", ["queuing", "executing", "timeOutRequested", "timedOut"], "timed_out", undefined],
  ])("a scan that ends %s reads %j", async (outcome, expectedWords, state, result) => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ outcome, queuedMs: 10_000, durationMs: 60_000, definition: "orders_checks" });
    const { words, last } = await watchWords(adapter, id, clock);
    expect(words).toEqual(expectedWords);
    expect(last.state).toBe(state);
    expect(last.result).toEqual(result);
    expect(last.name).toBe("orders_checks");
    expect(last.createdAt).toBe("2026-01-01T00:00:00.000Z");
    expect(last.startedAt).toBe("2026-01-01T00:00:10.000Z");
    expect(last.finishedAt).toBe("2026-01-01T00:01:10.000Z");
    expect(last.url).toBe(`${sodaEu}/scans/${id}`);
    expect(last.nextPollAt).toBeUndefined();
  });

  it("maps queuing, executing and every canceling word to the normalized states on the way", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ outcome: "timed_out", queuedMs: 10_000, durationMs: 60_000 });
    const states: string[] = [];
    for (const at of [0, 10_000, 68_000, 70_000]) {
      await clock.advance(at - (clock.now() - Date.parse("2026-01-01T00:00:00Z")));
      const scan = await adapter.getScan(id);
      states.push(`${scan.vendorState}→${scan.state}`);
    }
    expect(states).toEqual(["queuing→queued", "executing→running", "timeOutRequested→canceling", "timedOut→timed_out"]);
  });

  it("passes on X-Soda-Next-Poll-Time as nextPollAt while the scan is not terminal", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 4_000, durationMs: 60_000 });
    // Queuing: Soda's hint is the moment a runner picks the scan up.
    expect((await adapter.getScan(id)).nextPollAt).toBe("2026-01-01T00:00:04.000Z");
    await clock.advance(5_000);
    // Executing: at most 10 s ahead.
    expect((await adapter.getScan(id)).nextPollAt).toBe("2026-01-01T00:00:15.000Z");
  });

  it("an X-Soda-Next-Poll-Time that does not parse means 60 s from now, as in soda-core", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
    simulator.faults.add(
      {
        type: "status",
        status: 200,
        body: { state: "executing" },
        headers: { "x-soda-next-poll-time": "next tuesday" },
      },
      { operation: "getScanStatus" },
    );
    const scan = await adapter.getScan(id);
    expect([scan.state, scan.nextPollAt]).toEqual(["running", new Date(clock.now() + 60_000).toISOString()]);
  });

  it("the waiter follows that 60 s hint rather than its own 2 s backoff", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 0, durationMs: 90_000 });
    simulator.faults.add(
      { type: "status", status: 200, body: { state: "executing" }, headers: { "x-soda-next-poll-time": "garbled" } },
      { operation: "getScanStatus" },
    );
    const start = clock.now();
    const scan = await waitForScan(adapter, id, { clock, maxDelayMs: 120_000 });
    expect(scan.vendorState).toBe("completed");
    const looks = simulator.requests
      .filter((request) => request.operation === "getScanStatus")
      .map((r) => r.at - start);
    expect(looks.slice(0, 2)).toEqual([0, 60_000]);
  });

  it("keeps an unknown state word verbatim and maps it to unknown", async () => {
    const { adapter, simulator } = setup();
    const id = simulator.seedScan();
    simulator.faults.add(
      { type: "transform", transform: (body) => ({ ...(body as object), state: "pausedForMaintenance" }) },
      { operation: "getScanStatus" },
    );
    const scan = await adapter.getScan(id);
    expect(scan.state).toBe("unknown");
    expect(scan.vendorState).toBe("pausedForMaintenance");
    expect((scan.raw as { state: string }).state).toBe("pausedForMaintenance");
  });
});

describe("errors", () => {
  it("gives AuthError for refused credentials", async () => {
    const { adapter, simulator } = setup({}, { apiKeySecret: "not-the-sandbox-secret" });
    const error = await rejectionOf(adapter.getScan(simulator.seedScan()));
    expect(AuthError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      "soda getScanStatus: HTTP 401: Unauthorized: the API key id or secret is not valid — the credentials were refused",
    );
  });

  it("gives NotFoundError for a scan Soda does not know", async () => {
    const { adapter } = setup();
    const error = await rejectionOf(adapter.getScan("no-such-scan"));
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(error.message).toBe("soda getScanStatus: HTTP 404: Scan no-such-scan not found");
  });

  it("gives VendorResponseError naming the field that does not fit", async () => {
    const { adapter, simulator } = setup();
    const id = simulator.seedScan();
    simulator.faults.add({ type: "transform", transform: (body) => ({ ...(body as object), state: 42 }) });
    const error = await rejectionOf(adapter.getScan(id));
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect((error as VendorResponseError).field).toBe("state");
    expect(error.message).toBe('soda getScanStatus: unexpected response: field "state" expected string, got number');
  });

  it("gives VendorResponseError for a body that stays not JSON", async () => {
    const { adapter, simulator } = setup();
    const id = simulator.seedScan();
    // Once would be read again (a cut-short body is a transport accident).
    simulator.faults.add({ type: "malformed" }, { times: Number.POSITIVE_INFINITY });
    const error = await rejectionOf(adapter.getScan(id));
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect(error.message).toBe("soda getScanStatus: expected JSON, got malformed JSON");
  });

  it("waits exactly the 2 s of a 429's Retry-After, then succeeds", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan();
    simulator.faults.add({
      type: "status",
      status: 429,
      headers: { "retry-after": "2" },
      body: { code: "429", message: "Too many requests" },
    });
    const before = clock.now();
    const scan = await adapter.getScan(id);
    expect(clock.now() - before).toBe(2_000);
    expect(scan.vendorState).toBe("queuing");
    expect(simulator.count("getScanStatus")).toBe(2);
  });
});

describe("triggerScan", () => {
  it("triggers one scan of the definition and returns its ref", async () => {
    const { adapter, simulator } = setup({ outcomes: ["warn"] });
    const ref = await adapter.triggerScan!({ definition: "orders_checks", dataTimestamp: "2025-12-31T10:15:30+01:00" });
    expect(ref).toEqual({ vendor: "soda", id: "5ca1ab1e-0000-4000-8000-000000000001" });
    expect(simulator.triggeredScans).toBe(1);
    const scan = await adapter.getScan(ref.id);
    expect(scan.name).toBe("orders_checks");
    expect((scan.raw as { scanTime: string }).scanTime).toBe("2025-12-31T10:15:30+01:00");
  });

  it("does not repeat a trigger answered 500 after Soda acted, and says the scan may have started", async () => {
    const { adapter, simulator } = setup();
    simulator.faults.add(
      { type: "status", status: 500, body: { code: "500", message: "Internal server error" } },
      { operation: "triggerScan", afterHandling: true },
    );
    const error = await rejectionOf(adapter.triggerScan!({ definition: "orders_checks" }));
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect(error.message).toBe(
      'soda triggerScan: HTTP 500: Internal server error (the Soda scan "orders_checks" may have started: check Soda Cloud before triggering again)',
    );
    expect(simulator.triggeredScans).toBe(1);
    expect(simulator.count("triggerScan")).toBe(1);
  });

  it("repeats a trigger answered 429: Soda did not act on it", async () => {
    const { adapter, simulator, clock } = setup();
    simulator.faults.add(
      {
        type: "status",
        status: 429,
        headers: { "retry-after": "1" },
        body: { code: "429", message: "Too many requests" },
      },
      { operation: "triggerScan" },
    );
    const before = clock.now();
    const ref = await adapter.triggerScan!({ definition: "orders_checks" });
    expect(ref.id).toBe("5ca1ab1e-0000-4000-8000-000000000001");
    // Retry-After is 1 s, but the trigger budget (10 a minute) is paced at one per 6 s.
    expect(clock.now() - before).toBe(6_000);
    expect(simulator.count("triggerScan")).toBe(2);
    expect(simulator.count("triggerScan", { status: 429 })).toBe(1);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("needs a scan definition, and sends nothing without one", async () => {
    const { adapter, simulator } = setup();
    const error = await rejectionOf(adapter.triggerScan!({}));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe('soda triggerScan needs the trigger option "definition": the scan definition to run');
    expect(error).toMatchObject({ hintCode: "give-trigger-option", hintSubject: "definition" });
    expect(simulator.requests).toEqual([]);
    const blank = await rejectionOf(adapter.triggerScan!({ definition: "  " }));
    expect(blank).toMatchObject({ hintCode: "give-trigger-option", hintSubject: "definition" });
  });

  it("refuses a data timestamp that is not ISO-8601, and any option it does not take, before any request", async () => {
    const { adapter, simulator } = setup();
    const error = await rejectionOf(adapter.triggerScan!({ definition: "orders_checks", dataTimestamp: "yesterday" }));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'soda triggerScan: "dataTimestamp" must be an ISO-8601 timestamp such as 2026-01-31T10:15:30Z, got "yesterday"',
    );
    const unknown = await rejectionOf(
      adapter.triggerScan!({ definition: "orders_checks", targets: ["a.example.com"] }),
    );
    expect(unknown.message).toBe(
      'soda triggerScan: unknown trigger option "targets" (soda takes definition, dataTimestamp)',
    );
    expect(simulator.requests).toEqual([]);
  });
});

describe("rate limits", () => {
  it("spends the documented budget of 60 status reads a minute without ever drawing a 429", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ durationMs: 3_600_000 });
    const before = clock.now();
    for (let look = 0; look < 61; look++) await adapter.getScan(id);
    expect(clock.now() - before).toBe(60_000);
    expect(simulator.count("getScanStatus", { status: 429 })).toBe(0);
  });

  it("meets Soda's 429 when the budget is set above the documented limit, and waits it out", async () => {
    const { adapter, simulator, clock } = setup(
      {},
      { rateLimits: { status: { requests: 1_000, windowMs: 60_000, documented: false } } },
    );
    const id = simulator.seedScan({ durationMs: 3_600_000 });
    for (let look = 0; look < 61; look++) await adapter.getScan(id);
    expect(simulator.count("getScanStatus", { status: 429 })).toBe(1);
    expect(simulator.count("getScanStatus", { status: 200 })).toBe(61);
    expect(clock.now() - Date.parse("2026-01-01T00:00:00Z")).toBe(60_000);
    expect(adapter.rateLimits.getScan).toEqual({ requests: 1_000, windowMs: 60_000, documented: false });
  });

  it("declares Soda's documented limits per operation", () => {
    const { adapter } = setup();
    expect(adapter.rateLimits).toEqual({
      getScan: { requests: 60, windowMs: 60_000, documented: true },
      triggerScan: { requests: 10, windowMs: 60_000, documented: true },
      cancelScan: { requests: 10, windowMs: 60_000, documented: true },
      getLogs: { requests: 60, windowMs: 60_000, documented: true },
    });
  });
});

describe("cancelScan", () => {
  it("cancels an executing scan: cancelationRequested, then canceled once the runner picks it up", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 1_000, durationMs: 600_000 });
    await clock.advance(30_000);
    await adapter.cancelScan!(id);
    const requested = await adapter.getScan(id);
    expect([requested.vendorState, requested.state]).toEqual(["cancelationRequested", "canceling"]);
    await clock.advance(2_000);
    const canceled = await adapter.getScan(id);
    expect([canceled.vendorState, canceled.state]).toEqual(["canceled", "canceled"]);
    expect(canceled.finishedAt).toBe("2026-01-01T00:00:32.000Z");
  });

  it("cancels a queuing scan at once", async () => {
    const { adapter, simulator } = setup();
    const id = simulator.seedScan({ queuedMs: 60_000 });
    await adapter.cancelScan!(id);
    expect((await adapter.getScan(id)).state).toBe("canceled");
  });

  it("refuses to cancel a finished scan with Soda's 400", async () => {
    const { adapter, simulator, clock } = setup();
    const id = simulator.seedScan({ queuedMs: 1_000, durationMs: 1_000 });
    await clock.advance(5_000);
    const error = await rejectionOf(adapter.cancelScan!(id));
    expect(InvalidRequestError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      `soda cancelScan: HTTP 400: Scan ${id} is completed and cannot be canceled — only a queuing or executing scan can be canceled`,
    );
  });

  it("gives NotFoundError for a scan Soda does not know", async () => {
    const { adapter } = setup();
    await expect(adapter.cancelScan!("no-such-scan")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("getLogs", () => {
  it("streams every line of a finished scan across pages, in order", async () => {
    const { adapter, simulator, clock } = setup({ logLines: 2_500 });
    const id = simulator.seedScan({ outcome: "warn", queuedMs: 1_000, durationMs: 10_000 });
    await clock.advance(20_000);
    const lines = [];
    for await (const line of adapter.getLogs!(id)) lines.push(line);
    expect(lines).toHaveLength(2_500);
    expect(lines[0]).toEqual({
      timestamp: "2026-01-01T00:00:01.000Z",
      level: "info",
      message: 'Scan "sandbox_checks" picked up by sandbox-runner',
    });
    expect(lines.at(-1)!.message).toBe('Scan "sandbox_checks" ended: completedWithWarnings');
    expect(lines.at(-1)!.level).toBe("warning");
    expect(simulator.requests.map((request) => request.search)).toEqual([
      "?page=0&size=1000",
      "?page=1&size=1000",
      "?page=2&size=1000",
    ]);
  });

  it("fetches the next page only when the consumer wants more lines (a million-line log)", async () => {
    const { adapter, simulator, clock } = setup({ logLines: 1_000_000 });
    const id = simulator.seedScan({ queuedMs: 1_000, durationMs: 10_000 });
    await clock.advance(20_000);
    const iterator = adapter.getLogs!(id)[Symbol.asyncIterator]();
    let read = 0;
    for (; read < 1_000; read++) await iterator.next();
    expect(simulator.count("getScanLogs")).toBe(1);
    await iterator.next();
    read++;
    expect(simulator.count("getScanLogs")).toBe(2);
    await iterator.return?.();
    expect(simulator.count("getScanLogs")).toBe(2);
    expect(read).toBe(1_001);
  });

  it("ends at once for a scan with no log yet", async () => {
    const { adapter, simulator } = setup();
    const id = simulator.seedScan({ queuedMs: 60_000 });
    const lines = [];
    for await (const line of adapter.getLogs!(id)) lines.push(line);
    expect(lines).toEqual([]);
    expect(simulator.count("getScanLogs")).toBe(1);
  });

  it("gives NotFoundError for a scan Soda does not know", async () => {
    const { adapter } = setup();
    const iterator = adapter.getLogs!("no-such-scan")[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a proxy in front of Soda", () => {
  it("reaches the simulator below the base URL's path prefix", async () => {
    const { adapter, simulator } = setup({}, {}, "https://proxy.example.com/soda");
    const ref = await adapter.triggerScan!({ definition: "orders_checks" });
    expect((await adapter.getScan(ref.id)).vendorState).toBe("queuing");
    expect(simulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /api/v1/scans",
      `GET /api/v1/scans/${ref.id}`,
    ]);
  });
});
