import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import { createSodaSimulator } from "@scanstat/soda/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnvironment, requireFreshBuild, runCli, startCli } from "./run-built-cli.js";

requireFreshBuild();

const token = "e2e-token-0123456789abcdef";
let server: LoopbackServer;
let home: string;
let env: Record<string, string>;
const soda = createSodaSimulator({ clock: systemClock, outcomes: ["pass"], durationMs: 1500, queuedMs: 200 });
const projectdiscovery = createProjectDiscoverySimulator({ clock: systemClock, durationMs: 60_000, queuedMs: 0 });

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-serve-e2e-"));
  server = await serveOnLoopback(
    [
      { prefix: "/soda", simulator: soda },
      { prefix: "/projectdiscovery", simulator: projectdiscovery },
    ],
    { port: 0 },
  );
  env = {
    ...baseEnvironment(home),
    ...soda.sandboxEnvironment(`${server.url}/soda`),
    ...projectdiscovery.sandboxEnvironment(`${server.url}/projectdiscovery`),
    SCANSTAT_SERVE_TOKEN: token,
  };
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

interface ServedScan {
  ref: { vendor: string; id: string };
  state?: string;
  vendorState?: string;
  result?: { verdict?: string };
}

async function until<T>(check: () => Promise<T | undefined>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("scanstat serve (the built CLI)", () => {
  it("serves the watched scans, takes a webhook, and ends with exit 0 on SIGTERM", async () => {
    const sodaId = soda.seedScan({ outcome: "pass", durationMs: 1500, queuedMs: 0 });
    const pdId = projectdiscovery.seedScan({ outcome: "pass", durationMs: 60_000, queuedMs: 0 });
    const serve = startCli(["serve", `soda:${sodaId}`, `pd:${pdId}`, "--port", "0", "--interval", "1"], env);
    await serve.waitForStdout(/^http:\/\/127\.0\.0\.1:\d+\/\n/);
    const url = serve.output().stdout.trim().replace(/\/$/, "");
    const notice = await until(async () => serve.output().stderr || undefined, 5000);
    expect(notice).toMatch(/^scanstat serve: board on http:\/\/127\.0\.0\.1:\d+\/ watching 2 scans/);

    const scans = async () => (await (await fetch(`${url}/api/scans`)).json()) as ServedScan[];
    const ended = await until(async () => {
      const found = (await scans()).find((scan) => scan.ref.id === sodaId);
      return found?.state === "completed" ? found : undefined;
    }, 10_000);
    expect(ended.result?.verdict).toBe("pass");

    const hook = await fetch(`${url}/hooks/projectdiscovery`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        type: "failed_stopped",
        scan_id: pdId,
        failed_stopped: { timestamp: new Date().toISOString(), progress: 12, failure_reason: "stopped by hand" },
      }),
    });
    expect(hook.status).toBe(200);
    const failed = (await scans()).find((scan) => scan.ref.id === pdId);
    expect(failed).toMatchObject({ state: "failed", vendorState: "failed_stopped" });
    expect(await (await fetch(`${url}/metrics`)).text()).toContain(
      'scanstat_scans{vendor="soda",state="completed",verdict="pass"} 1',
    );

    serve.child.kill("SIGTERM");
    const result = await serve.done;
    expect(result.exitCode).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it("refuses --host beyond loopback without a token: exit 64, one line", async () => {
    const { SCANSTAT_SERVE_TOKEN: _token, ...withoutToken } = env;
    const result = await runCli(["serve", "--host", "0.0.0.0", "--port", "0"], withoutToken);
    expect(result.exitCode).toBe(64);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
