import {
  AuthError,
  InvalidRequestError,
  NotFoundError,
  type Scan,
  type SeverityPolicy,
  VendorResponseError,
} from "@scanstat/core";
import { createVirtualClock, type SimulatedOutcome, virtualTimeSettings, rejectionOf } from "@scanstat/core/testing";
import { mswHandlers } from "@scanstat/core/testing/msw";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { describe, expect, it } from "vitest";
import { createProjectDiscoveryAdapter, type ProjectDiscoveryAdapterSettings } from "./projectdiscovery-adapter.js";
import { createProjectDiscoveryClient } from "../client/projectdiscovery-client.js";
import { readProjectDiscoveryEnvironment } from "../projectdiscovery-environment.js";
import { createProjectDiscoverySimulator, type ProjectDiscoverySimulatorOptions } from "../testing/index.js";

const sandbox = "http://127.0.0.1:4100/projectdiscovery";
const server = useMswServer();

function setup(
  simulatorOptions: Partial<ProjectDiscoverySimulatorOptions> = {},
  adapterSettings: Partial<ProjectDiscoveryAdapterSettings> = {},
) {
  const clock = createVirtualClock();
  const simulator = createProjectDiscoverySimulator({ clock, ...simulatorOptions });
  server.use(...mswHandlers(simulator, sandbox));
  const settings = {
    ...readProjectDiscoveryEnvironment(simulator.sandboxEnvironment(sandbox)),
    ...virtualTimeSettings(clock),
    ...adapterSettings,
  };
  return { clock, simulator, settings, adapter: createProjectDiscoveryAdapter(settings) };
}

/** Looks every `everyMs` until terminal; returns every look. */
async function follow(
  adapter: ReturnType<typeof createProjectDiscoveryAdapter>,
  id: string,
  clock: { advance(ms: number): Promise<void> },
  everyMs = 10_000,
): Promise<Scan[]> {
  const looks: Scan[] = [];
  for (let look = 0; look < 500; look++) {
    const scan = await adapter.getScan(id);
    looks.push(scan);
    if (["completed", "failed", "canceled", "timed_out"].includes(scan.state)) return looks;
    await clock.advance(everyMs);
  }
  throw new Error("never ended");
}

const distinct = (values: string[]) => values.filter((value, index) => values[index - 1] !== value);

describe("projectdiscovery adapter on the simulator (msw)", () => {
  describe("status words", () => {
    it("follows queued → starting → running → finished as queued → running → completed", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({ outcome: "pass", queuedMs: 20_000, durationMs: 60_000 });
      const looks = await follow(adapter, id, clock);
      expect(distinct(looks.map((scan) => `${scan.vendorState}→${scan.state}`))).toEqual([
        "queued→queued",
        "starting→queued",
        "running→running",
        "finished→completed",
      ]);
    });

    it("maps scheduled, uploaded, failed and stopped", async () => {
      const { adapter, simulator, clock } = setup();
      const ids = {
        scheduled: simulator.seedScan({ kind: "scheduled" }),
        uploaded: simulator.seedScan({ kind: "uploaded", outcome: "warn" }),
        failed: simulator.seedScan({ outcome: "failed", queuedMs: 0, durationMs: 1_000 }),
        stopped: simulator.seedScan({ outcome: "canceled", queuedMs: 0, durationMs: 1_000 }),
      };
      await clock.advance(5_000);
      const seen = Object.fromEntries(
        await Promise.all(
          Object.entries(ids).map(async ([kind, id]) => {
            const scan = await adapter.getScan(id);
            return [kind, [scan.vendorState, scan.state, scan.result?.verdict ?? "-"]];
          }),
        ),
      );
      expect(seen).toEqual({
        scheduled: ["scheduled", "queued", "-"],
        uploaded: ["uploaded", "completed", "warn"],
        failed: ["failed", "failed", "-"],
        stopped: ["stopped", "canceled", "-"],
      });
    });

    it("keeps a word it does not know as unknown, with the word verbatim", async () => {
      const { adapter, simulator } = setup();
      const id = simulator.seedScan();
      simulator.faults.add({
        type: "transform",
        transform: (body) => ({ ...(body as object), status: "paused_by_admin" }),
      });
      const scan = await adapter.getScan(id);
      expect([scan.state, scan.vendorState, scan.result]).toEqual(["unknown", "paused_by_admin", undefined]);
    });
  });

  describe("progress and findings over time", () => {
    it("progress rises 0 → 1; findings come with the result once the scan is complete", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({ outcome: "fail", queuedMs: 0, durationMs: 100_000 });
      const looks = await follow(adapter, id, clock, 25_000);
      expect(looks.map((scan) => scan.progress?.ratio)).toEqual([0, 0.25, 0.5, 0.75, 1]);
      expect(looks.map((scan) => (scan.raw as { total_result: number }).total_result)).toEqual([0, 1, 5, 7, 12]);
      expect(looks.slice(0, -1).every((scan) => scan.result === undefined)).toBe(true);
      expect(looks.at(-1)?.result).toEqual({
        verdict: "fail",
        evidence: { sources: ["severity-counts"], complete: true },
        findings: { total: 12, bySeverity: { critical: 1, high: 2, medium: 3, low: 2, info: 4, unknown: 0 } },
      });
      expect(looks.at(-1)?.finishedAt).toBe("2026-01-01T00:01:40.000Z");
    });
  });

  describe("verdict by severity policy", () => {
    const cases: Array<[SimulatedOutcome, SeverityPolicy | undefined, string]> = [
      ["pass", undefined, "pass"],
      ["warn", undefined, "warn"],
      ["fail", undefined, "fail"],
      ["pass", { failOn: "high", warnOn: "low" }, "warn"],
      ["pass", { failOn: "info", warnOn: "none" }, "fail"],
      ["warn", { failOn: "medium", warnOn: "low" }, "fail"],
      ["warn", { failOn: "high", warnOn: "none" }, "pass"],
      ["fail", { failOn: "critical", warnOn: "medium" }, "fail"],
      ["fail", { failOn: "none", warnOn: "high" }, "warn"],
      ["fail", { failOn: "none", warnOn: "none" }, "pass"],
    ];
    for (const [outcome, policy, verdict] of cases) {
      it(`${outcome} scan, failOn ${policy?.failOn ?? "high (default)"} / warnOn ${policy?.warnOn ?? "medium (default)"} → ${verdict}`, async () => {
        const { adapter, simulator, clock } = setup({}, policy ? { severityPolicy: policy } : {});
        const id = simulator.seedScan({ outcome, queuedMs: 0, durationMs: 1_000 });
        await clock.advance(2_000);
        expect((await adapter.getScan(id)).result?.verdict).toBe(verdict);
      });
    }
  });

  describe("drifted findings from the simulator: never a silent pass", () => {
    it("string counts (the 2023 spec's type) are read: a critical fails", async () => {
      const { adapter, simulator, clock } = setup({ countsAs: "strings" });
      const id = simulator.seedScan({ outcome: "fail", queuedMs: 0, durationMs: 1_000 });
      await clock.advance(2_000);
      const scan = await adapter.getScan(id);
      expect((scan.raw as { severity: Record<string, unknown> }).severity.critical).toBe("1");
      expect(scan.result).toEqual({
        verdict: "fail",
        evidence: { sources: ["severity-counts"], complete: true },
        findings: { total: 12, bySeverity: { critical: 1, high: 2, medium: 3, low: 2, info: 4, unknown: 0 } },
      });
    });

    it("a total above the breakdown warns, with the difference as unknown", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({
        outcome: "pass",
        queuedMs: 0,
        durationMs: 1_000,
        reportedFindings: { severity: { low: 1, info: 1 }, total_result: 7 },
      });
      await clock.advance(2_000);
      const scan = await adapter.getScan(id);
      expect(scan.state).toBe("completed");
      expect(scan.result?.verdict).toBe("warn");
      expect(scan.result?.findings?.bySeverity.unknown).toBe(5);
      expect(scan.result?.evidence).toMatchObject({ sources: ["severity-counts"], complete: false });
    });

    it("no findings data at all: completed without a verdict", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({
        queuedMs: 0,
        durationMs: 1_000,
        reportedFindings: { severity: undefined, total_result: undefined },
      });
      await clock.advance(2_000);
      const scan = await adapter.getScan(id);
      expect(scan.raw).not.toHaveProperty("severity");
      expect([scan.state, scan.result?.verdict, scan.result?.evidence.sources]).toEqual(["completed", undefined, []]);
    });

    it("a failed scan's failure_reason becomes its message", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({
        outcome: "failed",
        queuedMs: 0,
        durationMs: 1_000,
        failureReason: "Network timeout",
      });
      await clock.advance(2_000);
      const scan = await adapter.getScan(id);
      expect([scan.state, scan.result, scan.message]).toEqual(["failed", undefined, "Network timeout"]);
    });
  });

  describe("cancelScan = stop", () => {
    it("stops a running scan: it ends stopped → canceled", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 600_000 });
      await clock.advance(60_000);
      await adapter.cancelScan!(id);
      const scan = await adapter.getScan(id);
      expect([scan.vendorState, scan.state, scan.progress?.ratio]).toEqual(["stopped", "canceled", 0.1]);
      expect(simulator.count("stopScan", { status: 200 })).toBe(1);
    });

    it("on a finished scan: a clear InvalidRequestError, and no stop sent", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      await clock.advance(5_000);
      const error = await rejectionOf(adapter.cancelScan!(id));
      expect(InvalidRequestError.isInstance(error)).toBe(true);
      expect(error.message).toBe(`projectdiscovery: scan ${id} is finished, only a running scan can be stopped`);
      expect(simulator.count("stopScan")).toBe(0);
      expect(simulator.statusOf(id)).toBe("finished");
    });
  });

  describe("triggerScan", () => {
    it("starts one scan from targets that ends in the simulator's outcome", async () => {
      const { adapter, simulator, clock } = setup({ outcomes: ["warn"], queuedMs: 4_000, durationMs: 30_000 });
      const ref = await adapter.triggerScan!({ targets: ["scanme.example.com"], name: "ci" });
      expect(simulator.triggeredScans).toBe(1);
      const last = (await follow(adapter, ref.id, clock)).at(-1)!;
      expect([last.name, last.state, last.result?.verdict]).toEqual(["ci", "completed", "warn"]);
      expect(simulator.count("triggerScan")).toBe(1);
    });
  });

  describe("getScans", () => {
    it("50 scans cost one list request and no single looks", async () => {
      const { adapter, simulator } = setup();
      const ids = Array.from({ length: 50 }, () => simulator.seedScan());
      const lookups = await adapter.getScans!(ids);
      expect(lookups.map((lookup) => lookup.id)).toEqual(ids);
      expect(lookups.every((lookup) => lookup.ok)).toBe(true);
      expect(simulator.count("listScans")).toBe(1);
      expect(simulator.count("getScan")).toBe(0);
    });

    it("50 long-running scans under 250 newer ones: two newest pages, then one running page", async () => {
      const { adapter, simulator, clock } = setup();
      const ids = Array.from({ length: 50 }, () => simulator.seedScan({ queuedMs: 0, durationMs: 3_600_000 }));
      for (let index = 0; index < 250; index++) simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      await clock.advance(60_000);
      const lookups = await adapter.getScans!([...ids, "no-such-scan"]);
      expect(lookups.slice(0, 50).map((lookup) => (lookup.ok ? lookup.scan.state : "missing"))).toEqual(
        ids.map(() => "running"),
      );
      const missing = lookups[50]!;
      expect(!missing.ok && NotFoundError.isInstance(missing.error)).toBe(true);
      expect(simulator.count("listScans")).toBe(3);
      expect(simulator.count("getScan")).toBe(1);
    });
  });

  describe("listScans", () => {
    it("active yields running, starting, queued and scheduled scans, never ended ones", async () => {
      const { adapter, simulator, clock } = setup();
      const done = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      const runningScan = simulator.seedScan({ queuedMs: 0, durationMs: 3_600_000 });
      await clock.advance(10_000);
      const starting = simulator.seedScan({ queuedMs: 10_000 });
      await clock.advance(6_000);
      const queued = simulator.seedScan({ queuedMs: 10_000 });
      const scheduled = simulator.seedScan({ kind: "scheduled" });
      const listed: string[] = [];
      for await (const scan of adapter.listScans!({ active: true })) listed.push(`${scan.vendorState}:${scan.ref.id}`);
      expect(listed).toEqual([
        `running:${runningScan}`,
        `starting:${starting}`,
        `queued:${queued}`,
        `scheduled:${scheduled}`,
      ]);
      expect(listed.join()).not.toContain(done);
    });

    it("search and limit, over pages", async () => {
      const { adapter, simulator } = setup();
      for (let index = 0; index < 30; index++)
        simulator.seedScan({ name: index % 2 ? `prod ${index}` : `dev ${index}` });
      const names: string[] = [];
      for await (const scan of adapter.listScans!({ filters: { search: "prod" }, limit: 12 }))
        names.push(scan.name ?? "");
      expect(names).toEqual([29, 27, 25, 23, 21, 19, 17, 15, 13, 11, 9, 7].map((index) => `prod ${index}`));
    });
  });

  describe("errors", () => {
    it("401 → AuthError", async () => {
      const { adapter, simulator } = setup({}, { apiKey: "sandbox-wrong-key" });
      const id = simulator.seedScan();
      const error = await rejectionOf(adapter.getScan(id));
      expect(AuthError.isInstance(error)).toBe(true);
      expect(error.message).toBe("projectdiscovery getScan: HTTP 401: invalid api key — the credentials were refused");
    });

    it("404 → NotFoundError with the vendor's error id", async () => {
      const { adapter } = setup();
      const error = await rejectionOf(adapter.getScan("d0000000000000000000"));
      expect(NotFoundError.isInstance(error)).toBe(true);
      expect(error.message).toBe("projectdiscovery getScan: HTTP 404: scan not found [param scan_id]");
      expect((error as NotFoundError).requestId).toBe("e0000000000000000001");
    });

    it("429 from the vendor's own budget: waits out Retry-After, then answers", async () => {
      const { adapter, simulator, clock } = setup(
        { rateLimits: { read: { requests: 2, windowMs: 60_000, documented: false } } },
        { rateLimits: { read: { requests: 100, windowMs: 60_000, documented: false } } },
      );
      const id = simulator.seedScan();
      const before = clock.now();
      for (let look = 0; look < 3; look++) await adapter.getScan(id);
      expect(simulator.count("getScan", { status: 429 })).toBe(1);
      expect(simulator.count("getScan", { status: 200 })).toBe(3);
      expect(clock.now() - before).toBe(60_000);
    });

    it("the default budget keeps a burst within the vendor's limit: no 429 at all", async () => {
      const { adapter, simulator, clock } = setup();
      const id = simulator.seedScan();
      const before = clock.now();
      await Promise.all(Array.from({ length: 61 }, () => adapter.getScan(id)));
      expect(simulator.count("getScan", { status: 429 })).toBe(0);
      expect(clock.now() - before).toBe(60_000);
    });

    it("a body that stays malformed → VendorResponseError", async () => {
      const { adapter, simulator } = setup();
      const id = simulator.seedScan();
      // Once would be read again: the core treats a cut-short body as a transport accident.
      simulator.faults.add({ type: "malformed" }, { operation: "getScan", times: Number.POSITIVE_INFINITY });
      expect(await rejectionOf(adapter.getScan(id))).toBeInstanceOf(VendorResponseError);
    });

    it("a body without scan_id → VendorResponseError naming the field", async () => {
      const { adapter, simulator } = setup();
      const id = simulator.seedScan();
      simulator.faults.add({
        type: "transform",
        transform: (body) => ({ ...(body as object), scan_id: undefined }),
      });
      expect(((await rejectionOf(adapter.getScan(id))) as VendorResponseError).field).toBe("scan_id");
    });
  });

  describe("the vendor client on the simulator", () => {
    it("rescans a finished scan under the same id", async () => {
      const { simulator, settings, clock } = setup();
      const client = createProjectDiscoveryClient(settings);
      const id = simulator.seedScan({ queuedMs: 0, durationMs: 1_000 });
      await clock.advance(2_000);
      expect(await client.rescanScan(id)).toEqual({ id, message: "rescan started successfully" });
      expect(await client.getScan(id)).toMatchObject({ status: "running", rescan_count: 1 });
      expect(simulator.triggeredScans).toBe(1);
    });
  });
});
