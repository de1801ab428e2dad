import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createTelmaiClassicSimulator, type TelmaiClassicSimulator } from "@scanstat/telmai/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnvironment, type CliResult, requireFreshBuild, runCli } from "./run-built-cli.js";

requireFreshBuild();

let server: LoopbackServer;
let simulator: TelmaiClassicSimulator;
let home: string;
let env: Record<string, string>;
const seen: CliResult[] = [];
/** The ref the status test followed, for later reads. */
let followedRef = "";

async function scanstat(args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<CliResult> {
  const merged = { ...env, ...extraEnv };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const result = await runCli(args, merged as Record<string, string>);
  seen.push(result);
  return result;
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-telmai-classic-e2e-"));
  // Real time, short jobs: the CLI runs as a separate process with its own clock. Triggered jobs end pass, warn, fail, failed in turn.
  simulator = createTelmaiClassicSimulator({
    clock: systemClock,
    outcomes: ["pass", "warn", "fail", "failed"],
    durationMs: 1500,
    queuedMs: 400,
  });
  server = await serveOnLoopback([{ prefix: "/telmai", simulator }], { port: 0 });
  env = { ...baseEnvironment(home), ...simulator.sandboxEnvironment(`${server.url}/telmai`) };
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

describe("scanstat trigger telmai --asset (Telmai classic, built CLI on loopback)", () => {
  it("--wait ends with the alerts' verdict and its exit code: pass 0, warn 1, fail 2, FAILED 3", async () => {
    const expected = [
      { exitCode: 0, verdict: "pass" },
      { exitCode: 1, verdict: "warn" },
      { exitCode: 2, verdict: "fail" },
      { exitCode: 3, verdict: undefined },
    ];
    for (const { exitCode, verdict } of expected) {
      const result = await scanstat([
        "trigger",
        "telmai",
        "--asset",
        "orders",
        "--wait",
        "--interval",
        "0.5",
        "--format",
        "json",
      ]);
      expect(result.exitCode, result.stderr).toBe(exitCode);
      const [scan] = JSON.parse(result.stdout) as Array<{
        ref: { vendor: string; id: string };
        state: string;
        result?: { verdict?: string };
      }>;
      expect(scan?.ref.vendor).toBe("telmai");
      expect(scan?.ref.id).toMatch(/^orders~a08a[0-9a-f]{28}$/);
      expect(scan?.state).toBe(verdict ? "completed" : "failed");
      expect(scan?.result?.verdict).toBe(verdict);
    }
    expect(simulator.triggeredScans).toBe(4);
  });

  it("prints a ref that status can follow on its own", async () => {
    const triggered = await scanstat(["trigger", "telmai", "--asset", "customers"]);
    expect(triggered.exitCode, triggered.stderr).toBe(0);
    const ref = triggered.stdout.trim();
    followedRef = ref;
    expect(ref).toMatch(/^telmai:customers~a08a[0-9a-f]{28}$/);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const status = await scanstat(["status", ref, "--format", "json"]);
    // The fifth trigger: outcomes turn around to pass.
    expect(status.exitCode, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)[0]).toMatchObject({ state: "completed", vendorState: "FINISHED" });
  });

  it("64 with one clear line when TELMAI_TENANT is missing; nothing is sent", async () => {
    const before = simulator.requests.length;
    const result = await scanstat(["trigger", "telmai", "--asset", "orders"], { TELMAI_TENANT: undefined });
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(
      "missing credentials: telmai needs TELMAI_TENANT (tenant (classic API)) for classic, or TELMAI_TOKEN for fabric.",
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(simulator.requests.length).toBe(before);
  });

  it("64 without --asset, and 64 for --asset given to Telmai for Fabric", async () => {
    const noAsset = await scanstat(["trigger", "telmai"]);
    expect(noAsset.exitCode).toBe(64);
    expect(noAsset.stderr).toMatch(
      /telmai triggerScan needs the trigger option "assetId": the asset to scan \(give --asset\)/,
    );
    const fabric = await scanstat(["trigger", "telmai", "--asset", "orders"], {
      TELMAI_API: "fabric",
      TELMAI_TOKEN: "t",
    });
    expect(fabric.exitCode).toBe(64);
    expect(fabric.stderr).toMatch(/an asset to scan is for Telmai classic \(set TELMAI_API_KEY and TELMAI_TENANT\)/);
    expect(fabric.stderr).not.toContain("give --asset");
  });

  it("4 when the key is refused; 64 for a malformed classic id", async () => {
    const refused = await scanstat(["status", "telmai:orders~a08a1"], { TELMAI_API_KEY: "wrong-key" });
    expect(refused.exitCode).toBe(4);
    expect(refused.stderr).toMatch(/HTTP 401 Unauthorized/);
    const malformed = await scanstat(["status", "telmai:or ders~x"]);
    expect(malformed.exitCode).toBe(64);
  });

  it("never prints the API key, --verbose included", async () => {
    // Triggers are budgeted 5 a minute (as the simulator): read instead.
    const verbose = await scanstat(["status", followedRef, "--verbose"]);
    expect(verbose.exitCode, verbose.stderr).toBe(0);
    // The trace shows the requests, never the X-TLM-Key value.
    expect(verbose.stderr).toMatch(
      /POST \S+\/api\/backend\/sandbox-tenant\/configuration\/sources\/customers\/alerts\?job_id=/,
    );
    for (const result of seen) expect(`${result.stdout}${result.stderr}`).not.toContain(simulator.apiKey);
    expect(seen.length).toBeGreaterThan(5);
  });
});
