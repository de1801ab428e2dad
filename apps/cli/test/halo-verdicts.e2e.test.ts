import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createHaloSimulator, type HaloSimulator } from "@scanstat/halo/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnvironment, type CliResult, requireFreshBuild, runCli } from "./run-built-cli.js";

requireFreshBuild();

// Halo through the built CLI, each command its own process: nothing one process remembers can
// reach the next, as in a CI job that cancels in one step and gates in another.
let server: LoopbackServer;
let halo: HaloSimulator;
let home: string;
let env: Record<string, string>;

const scanstat = (args: string[]): Promise<CliResult> => runCli(args, env);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-halo-e2e-"));
  halo = createHaloSimulator({ clock: systemClock, durationMs: 600_000, queuedMs: 0 });
  server = await serveOnLoopback([{ prefix: "/halo", simulator: halo }], { port: 0 });
  env = { ...baseEnvironment(home), ...halo.sandboxEnvironment(`${server.url}/halo`) };
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

describe("halo: a canceled or failed scan is never a pass, in any process", () => {
  it("canceled by one `scanstat cancel` process, it ends without a verdict for the next `scanstat status` (exit 3)", async () => {
    const id = halo.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    expect(await scanstat(["cancel", `halo:${id}`])).toMatchObject({
      exitCode: 0,
      stdout: `halo:${id} cancel requested\n`,
    });
    const [plain, json] = await Promise.all([
      scanstat(["status", `halo:${id}`]),
      scanstat(["status", `halo:${id}`, "--json"]),
    ]);
    expect(plain.exitCode).toBe(3);
    expect(plain.stdout).toMatch(new RegExp(`^halo:${id} completed \\(not in progress\\)`));
    expect(plain.stdout).not.toMatch(/\bpass\b/);
    expect(json.exitCode).toBe(3);
    const [scan] = JSON.parse(json.stdout);
    expect(scan).toMatchObject({ state: "completed", vendorState: "not in progress" });
    expect(scan.result).not.toHaveProperty("verdict");
    expect(scan.result.evidence).toEqual({
      sources: [],
      complete: false,
      gaps: [
        `Halo recorded no "Scan Complete" or "Scan Failed" event for target ${halo.scans.find((seen) => seen.id === id)!.targetId} since the scan started (a canceled scan has none)`,
      ],
    });
  });

  it("a scan that failed on Halo's side is failed (exit 3), seeded or failed while it ran", async () => {
    const failedAtEnd = halo.seedScan({ outcome: "failed", durationMs: 50, queuedMs: 0 });
    const failedWhileRunning = halo.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    expect(halo.failScan(failedWhileRunning)).toBe(true);
    await pause(100);
    const result = await scanstat(["status", `halo:${failedAtEnd}`, `halo:${failedWhileRunning}`, "--json"]);
    expect(result.exitCode).toBe(3);
    const scans = JSON.parse(result.stdout) as Array<{ state: string; vendorState: string; result?: object }>;
    expect(scans.map((scan) => [scan.state, scan.vendorState, scan.result])).toEqual([
      [
        "failed",
        "Scan Failed",
        { evidence: { sources: ["events"], complete: true }, findings: expect.any(Object), riskScore: 0 },
      ],
      [
        "failed",
        "Scan Failed",
        { evidence: { sources: ["events"], complete: true }, findings: expect.any(Object), riskScore: 0 },
      ],
    ]);
  });

  it("a scan Halo confirms complete still gets its verdict from the counts (exit 2 on fail)", async () => {
    const id = halo.seedScan({ outcome: "fail", durationMs: 50, queuedMs: 0 });
    await pause(100);
    const result = await scanstat(["status", `halo:${id}`, "--json"]);
    expect(result.exitCode).toBe(2);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({
      state: "completed",
      vendorState: "Scan Complete",
      result: { verdict: "fail", evidence: { sources: ["severity-counts", "events"], complete: true } },
    });
  });
});
