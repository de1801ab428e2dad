import { AuthError, InvalidRequestError, VendorError, waitForScan } from "@scanstat/core";
import { useMswServer } from "@scanstat/core/conformance/msw";
import { lookUntilTerminal } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { telmaiClassicScenario } from "../__fixtures__/msw-telmai-classic.js";
import { manifest } from "../../manifest.js";
import { defaultTelmaiClassicSandbox } from "../testing/telmai-classic-simulator.js";

const server = useMswServer();

describe("a classic job, triggered and followed to the end", () => {
  it("PREPARING → BATCH_WAIT → IN_PROGRESS → FINISHED, then fails on a HIGH alert", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server, {
      outcomes: ["fail"],
      queuedMs: 20_000,
      durationMs: 30_000,
    });
    const ref = await adapter.triggerScan({ assetId: "orders" });
    expect(ref).toEqual({ vendor: "telmai", id: "orders~a08a0000000000000000000000000001" });

    const seen = await lookUntilTerminal(adapter, ref.id, { clock, everyMs: 10_000 });
    expect(seen.map((scan) => scan.vendorState)).toEqual([
      "PREPARING",
      "BATCH_WAIT",
      "IN_PROGRESS",
      "IN_PROGRESS",
      "IN_PROGRESS",
      "FINISHED",
    ]);
    expect(seen.map((scan) => scan.state)).toEqual(["queued", "queued", "running", "running", "running", "completed"]);
    expect(seen.at(-1)?.result).toEqual({
      verdict: "fail",
      evidence: { sources: ["alerts"], complete: true },
      findings: { total: 2, bySeverity: { critical: 0, high: 1, medium: 1, low: 0, info: 0, unknown: 0 } },
    });
    // The alerts are read once, when the job has finished, by the source's POST form.
    expect(simulator.count("getSourceJobAlerts")).toBe(1);
    expect(simulator.count("getJobAlerts")).toBe(0);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("waitForScan ends a warn job with a warn verdict", async () => {
    const { adapter, clock } = telmaiClassicScenario(server, { outcomes: ["warn"], durationMs: 60_000 });
    const ref = await adapter.triggerScan({ assetId: "customers" });
    const scan = await waitForScan(adapter, ref.id, { clock, intervalMs: 5_000 });
    expect(scan.state).toBe("completed");
    expect(scan.result?.verdict).toBe("warn");
    expect(scan.target).toBe("customers");
  });

  it("a FAILED job ends failed with no verdict and Telmai's details", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server, { outcomes: ["failed"] });
    const ref = await adapter.triggerScan({ assetId: "orders" });
    await clock.advance(60_000);
    const scan = await adapter.getScan(ref.id);
    expect(scan.state).toBe("failed");
    expect(scan.result).toEqual({
      evidence: { sources: [], complete: false, gaps: ["Could not read the source: access denied"] },
    });
    expect(simulator.count("getSourceJobAlerts")).toBe(0);
  });

  it("when the alerts answer 403, the finished job has no verdict — never a pass", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server);
    const ref = await adapter.triggerScan({ assetId: "orders" });
    await clock.advance(60_000);
    simulator.faults.add(
      { type: "status", status: 403, body: { description: "Forbidden" } },
      { operation: "getSourceJobAlerts" },
    );
    const scan = await adapter.getScan(ref.id);
    expect(scan.state).toBe("completed");
    expect(scan.result?.verdict).toBeUndefined();
    expect(scan.result?.evidence.sources).toEqual([]);
    expect(scan.result?.evidence.gaps?.[0]).toMatch(
      /^the job's alerts could not be read: telmai getSourceJobAlerts: HTTP 403 Forbidden/,
    );
  });

  it("alerts that answer 503 to every retry are an error to look again later, not a verdict", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server, { outcomes: ["warn"] });
    const ref = await adapter.triggerScan({ assetId: "orders" });
    await clock.advance(60_000);
    simulator.faults.add(
      { type: "status", status: 503, body: { description: "Service Unavailable" } },
      { operation: "getSourceJobAlerts", times: Number.POSITIVE_INFINITY },
    );
    await expect(adapter.getScan(ref.id)).rejects.toBeInstanceOf(VendorError);
    expect(simulator.count("getSourceJobAlerts", { status: 503 })).toBeGreaterThan(1);
    simulator.faults.clear();
    expect((await adapter.getScan(ref.id)).result?.verdict).toBe("warn");
  });

  it("a bare job id reads the alerts by the older GET form", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server, { outcomes: ["fail"] });
    const ref = await adapter.triggerScan({ assetId: "orders" });
    await clock.advance(60_000);
    const jobId = ref.id.split("~")[1]!;
    const scan = await adapter.getScan(jobId);
    expect(scan.ref.id).toBe(jobId);
    expect(scan.result?.verdict).toBe("fail");
    expect(simulator.count("getJobAlerts")).toBe(1);
  });

  it("an unknown asset is a NotFound from the trigger, and starts nothing", async () => {
    const { adapter, simulator } = telmaiClassicScenario(server);
    await expect(adapter.triggerScan({ assetId: "no-such-asset" })).rejects.toThrow(/HTTP 404 Not Found/);
    expect(simulator.triggeredScans).toBe(0);
  });

  it("a trigger without an asset, or with an option classic does not take, is InvalidRequestError and sends nothing", async () => {
    const { adapter, simulator } = telmaiClassicScenario(server);
    const refusal = adapter.triggerScan({});
    await expect(refusal).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refusal).rejects.toThrow('telmai triggerScan needs the trigger option "assetId": the asset to scan');
    // Library words and a hint code naming the TriggerInput key: the CLI words its own flag.
    await expect(refusal).rejects.toMatchObject({ hintCode: "give-trigger-option", hintSubject: "assetId" });
    await expect(refusal).rejects.not.toThrow(/--|scanstat /);
    await expect(adapter.triggerScan({ assetId: "orders", definition: "x" })).rejects.toThrow(
      'telmai triggerScan: unknown trigger option "definition" (telmai takes assetId)',
    );
    expect(simulator.requests).toHaveLength(0);
  });

  it("the manifest's trigger option key is the key the adapter reads: its classic example scans that asset", async () => {
    const { adapter, simulator } = telmaiClassicScenario(server);
    const [option] = manifest.trigger.options;
    const example = manifest.trigger.examples.find((candidate) => option!.key in candidate.input);
    const ref = await adapter.triggerScan(example!.input);
    expect(option!.key).toBe("assetId");
    expect(ref.id).toMatch(/^orders~/);
    expect(simulator.triggeredScans).toBe(1);
  });

  it("the job webhook names the job id verbatim (what serve's hook matches on)", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server);
    const ref = await adapter.triggerScan({ assetId: "orders" });
    await clock.advance(60_000);
    const jobId = ref.id.split("~")[1]!;
    expect(simulator.jobStatusWebhook(jobId)).toEqual({
      tenant: simulator.tenant,
      source: "orders",
      jobId,
      status: "FINISHED",
      details: "Job completed successfully",
    });
  });
});

describe("login with tokens", () => {
  const login = { username: defaultTelmaiClassicSandbox.username, password: defaultTelmaiClassicSandbox.password };

  it("logs in once, renews with the refresh token before it expires, and again after a 401", async () => {
    const { adapter, simulator, clock } = telmaiClassicScenario(server, { tokenLifetimeSeconds: 600 }, () => ({
      credentials: { login },
    }));
    const ref = await adapter.triggerScan({ assetId: "orders" });
    expect(simulator.count("requestToken")).toBe(1);
    await adapter.getScan(ref.id);
    expect(simulator.count("requestToken")).toBe(1);
    // 600 s tokens are renewed a minute early.
    await clock.advance(541_000);
    await adapter.getScan(ref.id);
    expect(simulator.count("requestToken")).toBe(2);
    // Revoked at the vendor: the 401 renews once and the read goes through.
    simulator.expireTokens();
    const scan = await adapter.getScan(ref.id);
    expect(scan.state).toBe("completed");
    expect(simulator.count("requestToken")).toBe(3);
    expect(simulator.count("getJob", { status: 401 })).toBe(1);
  });

  it("a wrong password is an AuthError, asked once", async () => {
    const { adapter, simulator } = telmaiClassicScenario(server, {}, () => ({
      credentials: { login: { username: login.username, password: "wrong" } },
    }));
    await expect(adapter.triggerScan({ assetId: "orders" })).rejects.toBeInstanceOf(AuthError);
    expect(simulator.count("requestToken")).toBe(1);
    expect(simulator.triggeredScans).toBe(0);
  });
});
