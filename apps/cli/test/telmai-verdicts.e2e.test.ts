import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Scan, systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createTelmaiSimulator, type TelmaiSimulator } from "@scanstat/telmai/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnvironment, type CliResult, requireFreshBuild, runCli } from "./run-built-cli.js";

requireFreshBuild();

// Telmai's verdicts through the built CLI, against the simulator as documented: runs carry batch
// ids of their own, and the first triggered execution raises a high incident.
let server: LoopbackServer;
let simulator: TelmaiSimulator;
let home: string;
let env: Record<string, string>;

const scanstat = (args: string[]): Promise<CliResult> => runCli(args, env);
const json = (result: CliResult) => JSON.parse(result.stdout) as Scan[];
const triggered = (result: CliResult) => /^telmai:(\S+)/m.exec(result.stdout)?.[1];

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-telmai-e2e-"));
  simulator = createTelmaiSimulator({
    clock: systemClock,
    durationMs: 400,
    queuedMs: 0,
    outcomes: ["pass"],
    incidents: [["high"], [], [], []],
  });
  server = await serveOnLoopback([{ prefix: "/telmai", simulator }], { port: 0 });
  env = { ...baseEnvironment(home), ...simulator.sandboxEnvironment(`${server.url}/telmai`) };
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

describe("telmai verdicts through the CLI", () => {
  it("a finished execution with a high incident exits 2, and still does after three newer executions", {
    timeout: 90_000,
  }, async () => {
    const first = await scanstat(["trigger", "telmai", "--wait", "--interval", "0.2"]);
    expect(first.exitCode).toBe(2);
    const id = triggered(first);
    expect(id).toBe("aca-exec-000001");
    const before = await scanstat(["status", `telmai:${id}`, "--json"]);
    expect(before.exitCode).toBe(2);
    const [read] = json(before);
    expect(read?.result).toMatchObject({
      verdict: "fail",
      evidence: { sources: ["incidents", "run-status"], complete: true },
      findings: { total: 1, bySeverity: { high: 1 } },
    });

    for (let newer = 0; newer < 3; newer++) {
      const next = await scanstat(["trigger", "telmai", "--wait", "--interval", "0.2"]);
      expect(next.exitCode).toBe(0);
    }
    const after = await scanstat(["status", `telmai:${id}`, "--json"]);
    expect(after.exitCode).toBe(2);
    const [again] = json(after);
    expect([again?.state, again?.result?.verdict]).toEqual(["completed", "fail"]);
    // Its runs were replaced by newer ones: the incidents alone decide, and say so.
    expect(again?.result?.evidence).toEqual({
      sources: ["incidents"],
      complete: false,
      gaps: ["its asset runs can no longer be linked"],
    });

    // The second execution (no incident) passed while its runs showed; now they are gone: no verdict, never pass.
    const faded = await scanstat(["status", "telmai:aca-exec-000002"]);
    expect(faded.exitCode).toBe(3);
    expect(faded.stdout).toMatch(/^telmai:aca-exec-000002 completed \(finished\) no verdict/);
  });

  it("list telmai --json and status --json agree on every listed scan", async () => {
    simulator.seedScan({ durationMs: 60_000, incidents: [] });
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // its batch starts 2 s after it
    const listed = await scanstat(["list", "telmai", "--json"]);
    expect(listed.exitCode).toBe(0);
    const scans = json(listed);
    expect(scans.length).toBeGreaterThanOrEqual(2);
    expect(scans.some((scan) => scan.state === "running")).toBe(true);
    expect(scans.some((scan) => scan.state === "completed")).toBe(true);
    const status = await scanstat(["status", ...scans.map((scan) => `telmai:${scan.ref.id}`), "--json"]);
    const read = json(status);
    const view = (scan: Scan | undefined) => [
      scan?.ref.id,
      scan?.state,
      scan?.vendorState,
      scan?.result?.verdict,
      scan?.result?.evidence,
      scan?.result?.findings,
    ];
    expect(read.map(view)).toEqual(scans.map(view));
    expect(status.exitCode).toBe(5); // the seeded scan still runs
  });
});
