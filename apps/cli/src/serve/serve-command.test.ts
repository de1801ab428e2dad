import { request as httpRequest } from "node:http";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TelmaiSandboxSimulator } from "@scanstat/telmai/testing";
import { createInProcessVendors, runInProcess } from "../__fixtures__/test-runtime.js";
import { parseCommandLine } from "../arguments/parse-command-line.js";
import { eventually, type RunningServe, sseReader, startServe } from "./__fixtures__/start-serve.js";

const minute = 60_000;
const token = "0123456789abcdef0123456789abcdef";
let directory: string;
let running: RunningServe | undefined;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "scanstat-serve-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function serve(...args: Parameters<typeof startServe>) {
  running = await startServe(...args);
  return running;
}

interface ScanElement {
  ref: { vendor: string; id: string };
  state?: string;
  vendorState?: string;
  result?: { verdict?: string; findings?: { total: number; bySeverity: Record<string, number> } };
  error?: { code: string; message: string };
}

async function scans(url: string): Promise<ScanElement[]> {
  const response = await fetch(`${url}/api/scans`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as ScanElement[];
}

/** Waits (real time, at most 2 s) until the scan's element satisfies `holds`. */
function scanWhere(url: string, id: string, holds: (element: ScanElement) => boolean): Promise<ScanElement> {
  return eventually(async () => {
    const element = (await scans(url)).find((candidate) => candidate.ref.id === id);
    return element && holds(element) ? element : undefined;
  });
}

/** Serve runs until stopped: its virtual time moves only when a test advances it. */
const handClockVendors = () => createInProcessVendors({ autoAdvance: false });

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("serve: the command line", () => {
  it("reads refs, --port, --host, --token and the watch options", () => {
    expect(
      parseCommandLine([
        "serve",
        "soda:a",
        "pd:b",
        "--port",
        "0",
        "--host",
        "::1",
        "--token",
        token,
        "--interval",
        "60",
      ]),
    ).toMatchObject({
      command: "serve",
      refs: [
        { vendor: "soda", id: "a" },
        { vendor: "projectdiscovery", id: "b" },
      ],
      port: 0,
      host: "::1",
      token,
      options: { intervalMs: 60_000 },
    });
    expect(parseCommandLine(["serve"])).toMatchObject({ command: "serve", refs: [] });
  });

  it.each([
    [["serve", "--json"], "serve does not take --json (see scanstat serve --help)"],
    [["serve", "--port", "70000"], '--port takes a port number from 0 to 65535 (got "70000")'],
    [["serve", "soda"], 'malformed scan ref "soda"'],
  ])("refuses %j (exit 64)", async (argv, message) => {
    const run = await runInProcess(createInProcessVendors(), argv);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain(message);
  });

  it("has its own help, with the routes and the token", async () => {
    const run = await runInProcess(createInProcessVendors(), ["serve", "--help"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("Usage: scanstat serve [<ref>...]");
    expect(run.stdout).toContain("--token T");
    expect(run.stdout).toContain("POST /hooks/<vendor>");
  });
});

describe("serve: the JSON API over the core watcher", () => {
  it("serves the command line's scans as status --json prints them, and follows them to their end", async () => {
    const vendors = handClockVendors();
    const pass = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 5 * minute });
    const fail = vendors.simulators.projectdiscovery.seedScan({ outcome: "fail", durationMs: 5 * minute });
    const { url } = await serve(vendors, [`soda:${pass}`, `pd:${fail}`]);
    const first = await scanWhere(url, fail, (element) => element.state !== undefined);
    expect(first).toMatchObject({ ref: { vendor: "projectdiscovery", id: fail } });
    expect((await scans(url)).map((element) => element.ref)).toEqual([
      { vendor: "soda", id: pass },
      { vendor: "projectdiscovery", id: fail },
    ]);

    await vendors.clock.advance(10 * minute);
    expect(await scanWhere(url, pass, (element) => element.state === "completed")).toMatchObject({
      result: { verdict: "pass" },
    });
    expect(await scanWhere(url, fail, (element) => element.state === "completed")).toMatchObject({
      result: { verdict: "fail" },
    });
    // The same element as `status --json` gives for the scan.
    const status = JSON.parse((await runInProcess(vendors, ["status", `soda:${pass}`, "--json"])).stdout);
    const served = (await scans(url)).find((element) => element.ref.id === pass);
    expect(served).toEqual(status[0]);
  });

  it("adds scans with POST /api/scans and stops watching one with DELETE", async () => {
    const vendors = handClockVendors();
    const halo = vendors.simulators.halo.seedScan({ outcome: "pass", durationMs: 5 * minute });
    const { url } = await serve(vendors, []);
    expect(await scans(url)).toEqual([]);

    const added = await post(`${url}/api/scans`, { refs: [`halo:${halo}`, `halo:${halo}`] });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ added: 1, scans: [{ ref: { vendor: "halo", id: halo } }] });
    await scanWhere(url, halo, (element) => element.state !== undefined);
    const again = await post(`${url}/api/scans`, { refs: [`halo:${halo}`] });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ added: 0 });

    const removed = await fetch(`${url}/api/scans/${encodeURIComponent(`halo:${halo}`)}`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    expect(await scans(url)).toEqual([]);
    const missing = await fetch(`${url}/api/scans/halo:${halo}`, { method: "DELETE" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: "not_watched", message: `halo:${halo} is not on the board` },
    });
  });

  it("refuses bad API requests with one clear error each", async () => {
    const vendors = handClockVendors();
    const { url } = await serve(vendors, [], { env: { HALO_API_KEY: undefined } });
    const expectError = async (response: Response, status: number, code: string, message?: RegExp) => {
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      if (message) expect(body.error.message).toMatch(message);
    };
    await expectError(await post(`${url}/api/scans`, "{not json"), 400, "bad_json");
    await expectError(await post(`${url}/api/scans`, { refs: "soda:x" }), 400, "bad_request", /expected \{"refs"/);
    await expectError(await post(`${url}/api/scans`, { refs: ["nope:1"] }), 400, "invalid_ref", /nope/);
    await expectError(await post(`${url}/api/scans`, { refs: ["halo:812"] }), 400, "config", /HALO_API_KEY/);
    await expectError(
      await fetch(`${url}/api/scans`, { method: "POST", body: '{"refs":["soda:x"]}' }),
      415,
      "unsupported_media_type",
    );
    await expectError(
      await post(`${url}/api/scans`, { refs: ["soda:x"], padding: "x".repeat(2 * 1024 * 1024) }),
      413,
      "body_too_large",
    );
    await expectError(await fetch(`${url}/api/scans`, { method: "PUT" }), 405, "method_not_allowed");
    await expectError(await fetch(`${url}/nothing-here`), 404, "not_found");
    await expectError(await post(`${url}/hooks/acme`, {}), 404, "unknown_vendor");
    await expectError(await post(`${url}/hooks/%E0`, {}), 404, "unknown_vendor");
    await expectError(await fetch(`${url}/api/scans/soda%E0`, { method: "DELETE" }), 400, "invalid_ref");
    expect(await scans(url)).toEqual([]);
  });

  it("answers /healthz, and serves the board with its content types and a strict CSP", async () => {
    const { url } = await serve(handClockVendors(), []);
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: "ok", scans: 0 });
    const page = await fetch(`${url}/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toContain('<script src="/board.js" defer></script>');
    expect((await fetch(`${url}/board.js`)).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await fetch(`${url}/board.css`)).headers.get("content-type")).toBe("text/css; charset=utf-8");
  });
});

describe("serve: security", () => {
  it("with a token, every write and hook needs it (Bearer or ?token=); reads do not", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 5 * minute });
    const { url } = await serve(vendors, [], { env: { SCANSTAT_SERVE_TOKEN: token } });
    const body = { refs: [`soda:${id}`] };
    expect((await post(`${url}/api/scans`, body)).status).toBe(401);
    expect((await post(`${url}/api/scans`, body, { authorization: `Bearer ${token}x` })).status).toBe(401);
    expect((await post(`${url}/api/scans?token=wrong`, body)).status).toBe(401);
    expect((await fetch(`${url}/api/scans/soda:${id}`, { method: "DELETE" })).status).toBe(401);
    expect((await post(`${url}/hooks/soda`, { id })).status).toBe(401);
    expect((await post(`${url}/api/scans`, body, { authorization: `Bearer ${token}` })).status).toBe(201);
    expect((await post(`${url}/hooks/soda?token=${token}`, { id })).status).toBe(200);
    expect((await fetch(`${url}/api/scans`)).status).toBe(200);
    // The token is never served back.
    expect(await (await fetch(`${url}/metrics`)).text()).not.toContain(token);
  });

  it("refuses --host beyond loopback without a token (exit 64), and a short token", async () => {
    const vendors = handClockVendors();
    const open = await runInProcess(vendors, ["serve", "--host", "0.0.0.0", "--port", "0"]);
    expect(open.exitCode).toBe(64);
    expect(open.stderr).toBe(
      "scanstat: --host 0.0.0.0 is reachable from other machines: set a token first (--token or SCANSTAT_SERVE_TOKEN)\n",
    );
    const short = await runInProcess(vendors, ["serve", "--token", "secret", "--port", "0"]);
    expect(short.exitCode).toBe(64);
    expect(short.stderr).toMatch(/^scanstat: the serve token is shorter than 16 characters/);
    const unknown = await runInProcess(vendors, ["serve", "nope:1"]);
    expect(unknown.exitCode).toBe(64);
    const uncredentialed = await runInProcess(vendors, ["serve", "halo:812", "--port", "0"], {
      env: { HALO_API_KEY: undefined },
    });
    expect(uncredentialed.exitCode).toBe(64);
    expect(uncredentialed.stderr).toContain("HALO_API_KEY");
  });

  it("answers only to loopback names (DNS rebinding) and refuses cross-origin writes", async () => {
    const { url } = await serve(handClockVendors(), []);
    const { port } = new URL(url);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest({ host: "127.0.0.1", port, path: "/api/scans", headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        request.end();
      });
    expect(await status(`evil.example:${port}`)).toBe(421);
    expect(await status(`localhost:${port}`)).toBe(200);
    const crossOrigin = await post(`${url}/api/scans`, { refs: ["soda:x"] }, { origin: "https://evil.example" });
    expect(crossOrigin.status).toBe(403);
  });

  it("serves no credential: not in the API, the events or the metrics", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: minute });
    const { url } = await serve(vendors, [`pd:${id}`]);
    await vendors.clock.advance(2 * minute);
    await scanWhere(url, id, (element) => element.state === "completed");
    const served = [
      await (await fetch(`${url}/api/scans`)).text(),
      await (await fetch(`${url}/metrics`)).text(),
      await (await fetch(`${url}/`)).text(),
    ].join("\n");
    for (const name of ["PDCP_API_KEY", "SODA_API_KEY_SECRET", "HALO_API_KEY", "TELMAI_TOKEN"]) {
      expect(served).not.toContain(vendors.env[name]);
    }
  });
});

describe("serve: server-sent events", () => {
  it("sends a snapshot, then each change, then the removal of a scan", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "warn", durationMs: 5 * minute });
    const { url } = await serve(vendors, [`soda:${id}`]);
    await scanWhere(url, id, (element) => element.state !== undefined);
    const response = await fetch(`${url}/events`);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = sseReader(response);
    // The server's clock first: the board counts elapsed time on it.
    expect(await events.next()).toEqual({ event: "time", data: { now: new Date(vendors.clock.now()).toISOString() } });
    const snapshot = await events.next();
    expect(snapshot.event).toBe("snapshot");
    expect(snapshot.data).toMatchObject([{ ref: { vendor: "soda", id } }]);
    expect((snapshot.data as object[])[0]).not.toHaveProperty("raw");

    await vendors.clock.advance(10 * minute);
    let update = await events.next();
    while (update.event !== "scan" || (update.data as ScanElement).state !== "completed") update = await events.next();
    expect(update).toMatchObject({ event: "scan", data: { state: "completed", result: { verdict: "warn" } } });

    await fetch(`${url}/api/scans/soda:${id}`, { method: "DELETE" });
    let removal = await events.next();
    while (removal.event === "time") removal = await events.next();
    expect(removal).toEqual({ event: "remove", data: { ref: { vendor: "soda", id } } });
    events.close();
  });
});

describe("serve: webhooks", () => {
  it("ProjectDiscovery's finished payload updates the scan at once, well before the next poll (interval 10 min)", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: 60 * minute });
    const { url } = await serve(vendors, [`pd:${id}`, "--interval", "600"]);
    expect((await scanWhere(url, id, (element) => element.state !== undefined)).state).not.toBe("completed");
    const startedAt = Date.now();
    const virtualStart = vendors.clock.now();
    const hook = await post(`${url}/hooks/projectdiscovery`, {
      type: "finished",
      message: "Scan completed successfully",
      scan_name: "Production API Security Scan",
      scan_id: id,
      running: null,
      finished: {
        finished_at: "2025-11-20T15:45:00Z",
        scan_time: "4500s",
        total_matches: 23,
        severity_breakdown: { critical: 5, high: 8, medium: 6, low: 3, info: 1 },
      },
      failed_stopped: null,
    });
    expect(hook.status).toBe(200);
    expect(await hook.json()).toEqual({ matched: [`projectdiscovery:${id}`] });
    const element = await scanWhere(url, id, (candidate) => candidate.state === "completed");
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(element).toMatchObject({
      vendorState: "finished",
      result: {
        verdict: "fail",
        findings: { total: 23, bySeverity: { critical: 5, high: 8, medium: 6, low: 3, info: 1, unknown: 0 } },
      },
    });
    // No virtual time passed: the update came from the webhook, not from a poll.
    expect(vendors.clock.now()).toBe(virtualStart);
  });

  it("a webhook that names a watched scan anywhere makes the watcher read it again at once", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.halo.seedScan({ outcome: "fail", durationMs: 2 * minute });
    const { url } = await serve(vendors, [`halo:${id}`, "--interval", "600"]);
    await scanWhere(url, id, (element) => element.state !== undefined);
    await vendors.clock.advance(3 * minute);
    // Ended at the vendor, but the next poll is minutes away.
    expect((await scans(url))[0]?.state).not.toBe("completed");
    const hook = await post(`${url}/hooks/halo`, { event: "scan.done", data: { scans: [{ scan_id: id }] } });
    expect(hook.status).toBe(200);
    expect(await scanWhere(url, id, (element) => element.state === "completed")).toMatchObject({
      result: { verdict: "fail" },
    });
  });

  it("Telmai classic's job webhook names the job apart from its source: the watched <asset>~<job> is read again", async () => {
    const vendors = handClockVendors();
    const classic = (vendors.simulators.telmai as TelmaiSandboxSimulator).classic;
    const id = classic.seedScan({ outcome: "pass", durationMs: 2 * minute, assetId: "orders" });
    const [source, jobId] = id.split("~");
    const { url } = await serve(vendors, [`telmai:${id}`, "--interval", "600"]);
    await scanWhere(url, id, (element) => element.state !== undefined);
    await vendors.clock.advance(3 * minute);
    expect((await scans(url))[0]?.state).not.toBe("completed");
    // The documented payload: the source and the job, never the two joined.
    const hook = await post(`${url}/hooks/telmai`, { tenant: "t", source, jobId, status: "FINISHED", details: "done" });
    expect(hook.status).toBe(200);
    expect(await hook.json()).toEqual({ matched: [`telmai:${id}`] });
    expect(await scanWhere(url, id, (element) => element.state === "completed")).toMatchObject({
      result: { verdict: "pass" },
    });
  });

  it("a webhook that names no watched scan is answered 202 and changes nothing", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: 60 * minute });
    const { url } = await serve(vendors, [`pd:${id}`, "--interval", "600"]);
    await scanWhere(url, id, (element) => element.state !== undefined);
    const before = await scans(url);
    const requestsBefore = vendors.simulators.projectdiscovery.requests.length;
    const hook = await post(`${url}/hooks/pd`, {
      type: "failed_stopped",
      scan_id: "scan-abc123",
      failed_stopped: { failure_reason: "Network timeout" },
    });
    expect(hook.status).toBe(202);
    expect(await hook.json()).toEqual({ matched: [] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await scans(url)).toEqual(before);
    expect(vendors.simulators.projectdiscovery.requests.length).toBe(requestsBefore);
  });
});

describe("serve: metrics", () => {
  it("counts scans by vendor/state/verdict, findings by severity, time to end, requests and the budget left", async () => {
    const vendors = handClockVendors();
    const pass = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 5 * minute });
    const fail = vendors.simulators.projectdiscovery.seedScan({ outcome: "fail", durationMs: 5 * minute });
    const long = vendors.simulators.halo.seedScan({ outcome: "pass", durationMs: 600 * minute });
    const { url } = await serve(vendors, [`soda:${pass}`, `pd:${fail}`, `halo:${long}`]);
    await vendors.clock.advance(10 * minute);
    await scanWhere(url, fail, (element) => element.state === "completed");
    await scanWhere(url, pass, (element) => element.state === "completed");
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await response.text();
    expect(text).toContain('scanstat_scans{vendor="soda",state="completed",verdict="pass"} 1');
    expect(text).toContain('scanstat_scans{vendor="projectdiscovery",state="completed",verdict="fail"} 1');
    expect(text).toContain('scanstat_scans{vendor="halo",state="running",verdict="none"} 1');
    expect(text).toContain("scanstat_scans_watched 1");
    expect(text).toMatch(/^scanstat_findings\{vendor="projectdiscovery",severity="high"\} [1-9]\d*$/m);
    expect(text).toMatch(/^scanstat_scan_duration_seconds_count\{vendor="soda",state="completed"\} 1$/m);
    expect(text).toMatch(/^scanstat_vendor_requests_total\{vendor="soda",operation="\w+",outcome="ok"\} [1-9]\d*$/m);
    const budget =
      /^scanstat_rate_budget_remaining\{vendor="soda",credential="([^"]+)",rate_class="([^"]+)"\} (\d+)$/m.exec(text);
    expect(budget).not.toBeNull();
    const size = new RegExp(
      `^scanstat_rate_budget_requests\\{vendor="soda",credential="${budget![1]}",rate_class="${budget![2]}"\\} (\\d+)$`,
      "m",
    ).exec(text);
    expect(Number(budget![3])).toBeLessThan(Number(size![1]));
    for (const line of text.split("\n").filter((line) => line && !line.startsWith("#"))) {
      expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? (\d+(\.\d+)?|\+Inf)$/);
    }
  });

  it("counts webhooks by outcome", async () => {
    const vendors = handClockVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 5 * minute });
    const { url } = await serve(vendors, [`soda:${id}`]);
    await post(`${url}/hooks/soda`, { scanId: id });
    await post(`${url}/hooks/soda`, { scanId: "another" });
    await post(`${url}/hooks/soda`, "{");
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toContain('scanstat_webhooks_total{vendor="soda",outcome="matched"} 1');
    expect(text).toContain('scanstat_webhooks_total{vendor="soda",outcome="unmatched"} 1');
    expect(text).toContain('scanstat_webhooks_total{vendor="soda",outcome="refused"} 1');
  });
});

describe("serve: a vendor's active scans, where the config file asks", () => {
  it("puts every active ProjectDiscovery scan on the board and keeps looking for new ones", async () => {
    const vendors = handClockVendors();
    const first = vendors.simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: 60 * minute });
    const path = join(directory, "serve-active.json");
    await writeFile(path, JSON.stringify({ serve: { active: ["pd"], activeIntervalSeconds: 30 } }));
    const { url } = await serve(vendors, ["--config", path]);
    await scanWhere(url, first, (element) => element.state !== undefined);
    const second = vendors.simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: 60 * minute });
    await vendors.clock.advance(31_000);
    await scanWhere(url, second, (element) => element.state !== undefined);
  });

  it("refuses a bad serve section (exit 64)", async () => {
    const path = join(directory, "serve-bad.json");
    await writeFile(path, JSON.stringify({ serve: { active: ["acme"] } }));
    const run = await runInProcess(handClockVendors(), ["serve", "--port", "0", "--config", path]);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain(`config ${path}: serve.active: unknown vendor "acme"`);
  });
});
