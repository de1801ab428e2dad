import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInProcessVendors, runInProcess } from "./__fixtures__/test-runtime.js";

const hour = 60 * 60_000;
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "scanstat-run-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("status", () => {
  it("exits with the code of each outcome, and the worst for several refs", async () => {
    const vendors = createInProcessVendors();
    const { soda, halo, projectdiscovery } = vendors.simulators;
    const pass = soda.seedScan({ outcome: "pass", durationMs: 1000 });
    const warn = soda.seedScan({ outcome: "warn", durationMs: 1000 });
    const fail = halo.seedScan({ outcome: "fail", durationMs: 1000 });
    const failed = soda.seedScan({ outcome: "failed", durationMs: 1000 });
    const canceled = projectdiscovery.seedScan({ outcome: "canceled", durationMs: 1000 });
    const running = soda.seedScan({ outcome: "pass", durationMs: 10 * hour });
    await vendors.clock.advance(hour);

    const code = async (...refs: string[]) => (await runInProcess(vendors, ["status", ...refs])).exitCode;
    expect(await code(`soda:${pass}`)).toBe(0);
    expect(await code(`soda:${warn}`)).toBe(1);
    expect(await code(`halo:${fail}`)).toBe(2);
    expect(await code(`soda:${failed}`)).toBe(3);
    expect(await code(`pd:${canceled}`)).toBe(3);
    expect(await code(`soda:${running}`)).toBe(5);
    expect(await code("soda:00000000-0000-4000-8000-00000000dead")).toBe(4);
    expect(await code(`soda:${pass}`, `soda:${warn}`, `halo:${fail}`)).toBe(2);
    expect(await code(`halo:${fail}`, `soda:${running}`)).toBe(5);
    expect(await code(`soda:${running}`, `soda:${failed}`)).toBe(3);
    expect(await code(`soda:${failed}`, "soda:00000000-0000-4000-8000-00000000dead")).toBe(4);
    expect((await runInProcess(vendors, ["status", `soda:${warn}`, "--ok-on-warn"])).exitCode).toBe(0);
  });

  it("prints one plain line per ref in the order given, and the error on stderr", async () => {
    const vendors = createInProcessVendors();
    const pass = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    await vendors.clock.advance(hour);
    const run = await runInProcess(vendors, ["status", "halo:999999", `soda:${pass}`]);
    expect(run.stdout.split("\n")[0]).toBe("halo:999999 error not_found");
    expect(run.stdout.split("\n")[1]).toMatch(new RegExp(`^soda:${pass} completed pass checks \\d+ passed in `));
    expect(run.stderr).toBe(
      "scanstat: halo:999999: halo scan 999999 not found: it is neither in progress nor known to scan/get.json\n",
    );
    expect(run.exitCode).toBe(4);
  });

  it("--json: an array of normalized scans, one per ref, errors in place", async () => {
    const vendors = createInProcessVendors();
    const fail = vendors.simulators.projectdiscovery.seedScan({ outcome: "fail", durationMs: 1000 });
    await vendors.clock.advance(hour);
    const run = await runInProcess(vendors, ["status", `pd:${fail}`, "halo:999999", "--json"]);
    const report = JSON.parse(run.stdout);
    expect(report).toHaveLength(2);
    expect(report[0]).toMatchObject({
      ref: { vendor: "projectdiscovery", id: fail },
      state: "completed",
      result: { verdict: "fail" },
    });
    expect(report[1]).toMatchObject({ ref: { vendor: "halo", id: "999999" }, error: { code: "not_found" } });
    expect(run.exitCode).toBe(4);
  });

  it("--fail-on and --warn-on reach the security adapters' severity policy", async () => {
    const vendors = createInProcessVendors();
    const fail = vendors.simulators.projectdiscovery.seedScan({ outcome: "fail", durationMs: 1000 });
    await vendors.clock.advance(hour);
    expect((await runInProcess(vendors, ["status", `pd:${fail}`])).exitCode).toBe(2);
    expect(
      (await runInProcess(vendors, ["status", `pd:${fail}`, "--fail-on", "none", "--warn-on", "none"])).exitCode,
    ).toBe(0);
  });

  it("an unknown vendor word: exit 5 and a warning", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 10 * hour });
    vendors.simulators.soda.faults.add({
      type: "transform",
      transform: (body) => ({ ...(body as object), state: "paused" }),
    });
    const run = await runInProcess(vendors, ["status", `soda:${id}`]);
    expect(run.exitCode).toBe(5);
    expect(run.stdout).toBe(`soda:${id} unknown (paused)\n`);
    expect(run.stderr).toBe(
      `scanstat: warning: soda:${id} reports the state "paused", which this version does not know; still watching\n`,
    );
  });

  it("wrong credentials: exit 4 and no credential in the output", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["status", "halo:1"], { env: { HALO_API_KEY: "wrong-halo-key-123" } });
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toMatch(/^scanstat: halo:1: halo .*401/);
    expect(run.stderr).not.toContain("wrong-halo-key-123");
  });

  it("missing credentials: exit 64 before any request", async () => {
    const vendors = createInProcessVendors();
    // A Fabric user's variables (the sandbox's reach classic too: its key and tenant are unset).
    const fabricOnly = { TELMAI_API_KEY: "", TELMAI_TENANT: "" };
    const run = await runInProcess(vendors, ["status", "telmai:x"], { env: { ...fabricOnly, TELMAI_TOKEN: "" } });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe(
      "scanstat: missing credentials: telmai needs TELMAI_TOKEN (bearer token (Fabric API)) for fabric, or TELMAI_API_KEY and TELMAI_TENANT for classic. Set them in the environment or the config file (scanstat vendors shows what is set)\n",
    );
    expect(vendors.simulators.telmai.requests).toHaveLength(0);
  });

  it("missing credentials of several vendors: one line naming each, the same wording for every command", async () => {
    const vendors = createInProcessVendors();
    const env = { TELMAI_TOKEN: "", TELMAI_BASE_URL: "", TELMAI_API_KEY: "", TELMAI_TENANT: "", HALO_API_KEY: "" };
    const status = await runInProcess(vendors, ["status", "halo:1", "soda:x", "telmai:y"], { env });
    expect(status.exitCode).toBe(64);
    expect(status.stderr).toBe(
      "scanstat: missing credentials: halo needs HALO_API_KEY (API key); telmai needs TELMAI_TOKEN (bearer token (Fabric API)) and TELMAI_BASE_URL (your deployment's API URL) for fabric, or TELMAI_BASE_URL, TELMAI_API_KEY and TELMAI_TENANT for classic. Set them in the environment or the config file (scanstat vendors shows what is set)\n",
    );
    for (const argv of [
      ["trigger", "halo", "--target-id", "1"],
      ["list", "halo"],
      ["logs", "halo:1"],
      ["cancel", "halo:1"],
    ]) {
      const run = await runInProcess(vendors, argv, { env });
      expect(run.exitCode).toBe(64);
      expect(run.stderr).toBe(
        "scanstat: missing credentials: halo needs HALO_API_KEY (API key). Set them in the environment or the config file (scanstat vendors shows what is set)\n",
      );
    }
    expect(vendors.simulators.soda.requests).toHaveLength(0);
  });

  it("--timeout above a day: exit 64, one line, before any request", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["watch", "halo:1", "--timeout", "950400"]);
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe('scanstat: --timeout takes at most 86400 seconds (24 h) (got "950400")\n');
    expect(vendors.simulators.halo.requests).toHaveLength(0);
  });

  it("a proxy variable that is not a proxy URL: exit 64, one line, before any request", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["status", "halo:1"], { env: { HTTPS_PROXY: "socks5://127.0.0.1:1080" } });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe("scanstat: HTTPS_PROXY: socks5 proxies are not supported (use an http:// proxy)\n");
    expect(vendors.simulators.halo.requests).toHaveLength(0);
  });
});

describe("watch", () => {
  it("follows mixed vendors to the end: one line per change, one exit code", async () => {
    const vendors = createInProcessVendors();
    const warn = vendors.simulators.soda.seedScan({ outcome: "warn", durationMs: 120_000 });
    const pass = vendors.simulators.halo.seedScan({ outcome: "pass", durationMs: 60_000 });
    const run = await runInProcess(vendors, ["watch", `soda:${warn}`, `halo:${pass}`]);
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(/ completed .*(pass|warn)/);
    expect(lines.filter((line) => line.startsWith(`soda:${warn} completed (completedWithWarnings) warn`))).toHaveLength(
      1,
    );
    expect(lines.filter((line) => line.startsWith(`halo:${pass} completed`))).toHaveLength(1);
    expect(run.stderr).toBe("scanstat: 2 scans: 1 pass, 1 warn; exit 1\n");
  });

  it("--timeout: exit 5 with the scans still running", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 10 * hour });
    const run = await runInProcess(vendors, ["watch", `soda:${id}`, "--timeout", "60", "--format", "ndjson"]);
    expect(run.exitCode).toBe(5);
    const events = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ type: "update", ref: { vendor: "soda", id }, refText: `soda:${id}` });
    expect(events.at(-1)).toEqual({
      type: "end",
      reason: "timeout",
      exitCode: 5,
      results: [{ ref: { vendor: "soda", id }, refText: `soda:${id}`, state: "running" }],
    });
  });

  it("SIGINT: exit 130, every ref printed", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.halo.seedScan({ outcome: "pass", durationMs: 10 * hour });
    const run = await runInProcess(vendors, ["watch", `halo:${id}`], {
      interrupt: { signal: "SIGINT", when: ({ stdout }) => stdout.includes("running") },
    });
    expect(run.exitCode).toBe(130);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(new RegExp(`^halo:${id} running`));
    expect(run.stderr).toBe("scanstat: 1 scan: 1 not finished (interrupted); exit 130\n");
  });

  it("--format junit --output FILE: the file is written whole, people still see lines", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.projectdiscovery.seedScan({ outcome: "fail", durationMs: 60_000 });
    const file = join(directory, "report.xml");
    const run = await runInProcess(vendors, ["watch", `pd:${id}`, "--format", "junit", "--output", file]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(`projectdiscovery:${id} completed (finished) fail`);
    const xml = await readFile(file, "utf8");
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="scanstat" tests="1" failures="1" errors="0" skipped="0"/,
    );
    expect((await readdir(directory)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("trigger", () => {
  it("prints the new ref alone on stdout", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["trigger", "soda", "--definition", "orders_checks"]);
    expect(run).toEqual({ exitCode: 0, stdout: "soda:5ca1ab1e-0000-4000-8000-000000000001\n", stderr: "" });
    expect(vendors.simulators.soda.triggeredScans).toBe(1);
  });

  it("--json: the new refs", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["trigger", "halo", "--target-id", "1", "--json"]);
    const [triggered] = JSON.parse(run.stdout);
    expect(triggered).toEqual({
      ref: { vendor: "halo", id: triggered.ref.id },
      refText: `halo:${triggered.ref.id}`,
    });
  });

  it("--wait: follows the scan, exit code of its verdict", async () => {
    const vendors = createInProcessVendors({ outcomes: ["fail"] });
    const run = await runInProcess(vendors, ["trigger", "pd", "--target", "a.example.com", "--wait"]);
    expect(run.exitCode).toBe(2);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^projectdiscovery:\S+ triggered$/);
    expect(lines.at(-1)).toMatch(/^projectdiscovery:\S+ completed \(finished\) fail/);
  });

  it("--wait interrupted by SIGTERM with --cancel-on-interrupt: cancels, prints the ref, exit 143", async () => {
    const vendors = createInProcessVendors({ durationMs: 10 * hour });
    const run = await runInProcess(vendors, ["trigger", "telmai", "--wait", "--cancel-on-interrupt", "--json"], {
      interrupt: { signal: "SIGTERM", when: ({ stderr }) => stderr.includes("triggered") },
    });
    // Telmai cannot cancel: refused before anything was triggered.
    expect(run.exitCode).toBe(64);
    expect(vendors.simulators.telmai.triggeredScans).toBe(0);

    const soda = await runInProcess(
      vendors,
      ["trigger", "soda", "--definition", "d", "--wait", "--cancel-on-interrupt", "--json"],
      {
        interrupt: { signal: "SIGTERM", when: ({ stdout, stderr }) => stderr.includes("triggered") && stdout === "" },
      },
    );
    expect(soda.exitCode).toBe(143);
    expect(vendors.simulators.soda.count("cancelScan")).toBe(1);
    const [scan] = JSON.parse(soda.stdout);
    expect(scan.ref).toEqual({ vendor: "soda", id: "5ca1ab1e-0000-4000-8000-000000000001" });
    expect(soda.stderr).toContain("scanstat: triggered soda:5ca1ab1e-0000-4000-8000-000000000001\n");
    expect(soda.stderr).toContain("scanstat: asked soda to cancel soda:5ca1ab1e-0000-4000-8000-000000000001\n");
  });

  it("a trigger the vendor refuses: exit 4, one line", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["trigger", "halo", "--target-id", "424242"]);
    expect(run.exitCode).toBe(4);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("cancel, logs, list", () => {
  it("cancel: one line per ref; a vendor that cannot cancel is refused up front (64)", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 10 * hour });
    await vendors.clock.advance(60_000);
    const run = await runInProcess(vendors, ["cancel", `soda:${id}`]);
    expect(run).toEqual({ exitCode: 0, stdout: `soda:${id} cancel requested\n`, stderr: "" });
    const refused = await runInProcess(vendors, ["cancel", `soda:${id}`, "telmai:x"]);
    expect(refused.exitCode).toBe(64);
    expect(refused.stderr).toBe("scanstat: telmai cannot cancel scans\n");
    expect(vendors.simulators.soda.count("cancelScan")).toBe(1);
  });

  it("cancel --json: each ref as {vendor, id} with its text form", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 10 * hour });
    await vendors.clock.advance(60_000);
    const run = await runInProcess(vendors, ["cancel", `soda:${id}`, "--json"]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ ref: { vendor: "soda", id }, refText: `soda:${id}`, canceled: true }]);
  });

  it("logs: streams the lines; ndjson one object per line", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    await vendors.clock.advance(hour);
    const run = await runInProcess(vendors, ["logs", `soda:${id}`]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim().split("\n").length).toBeGreaterThan(5);
    const ndjson = await runInProcess(vendors, ["logs", `soda:${id}`, "--format", "ndjson"]);
    expect(JSON.parse(ndjson.stdout.split("\n")[0]!)).toHaveProperty("message");
    const halo = await runInProcess(vendors, ["logs", "halo:1"]);
    expect(halo).toEqual({ exitCode: 64, stdout: "", stderr: "scanstat: halo:1: halo cannot stream scan logs\n" });
    const missing = await runInProcess(vendors, ["logs", "soda:00000000-0000-4000-8000-00000000dead"]);
    expect(missing.exitCode).toBe(4);
    expect(missing.stderr).toMatch(/^scanstat: soda:00000000-0000-4000-8000-00000000dead: .*404/);
  });

  it("list: the vendor's scans; soda has no list (64)", async () => {
    const vendors = createInProcessVendors();
    vendors.simulators.halo.seedScan({ outcome: "pass", durationMs: 1000 });
    vendors.simulators.halo.seedScan({ outcome: "warn", durationMs: 1000 });
    await vendors.clock.advance(hour);
    const run = await runInProcess(vendors, ["list", "halo", "--type", "all", "--json"]);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).map((scan: { ref: { vendor: string } }) => scan.ref.vendor)).toEqual([
      "halo",
      "halo",
    ]);
    expect(await runInProcess(vendors, ["list", "soda"])).toEqual({
      exitCode: 64,
      stdout: "",
      stderr: "scanstat: soda cannot list scans\n",
    });
  });
});

describe("vendors, help, version", () => {
  it("vendors: capabilities and which credentials are set, never their values", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors"], { env: { HALO_API_KEY: "", PDCP_TEAM_ID: "" } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      "soda (Soda Cloud): ready\n  can: status, trigger, cancel, logs; cannot: list, batch status\n",
    );
    expect(run.stdout).toContain("  SODA_API_KEY_SECRET  set (environment)\n");
    expect(run.stdout).toContain("halo (Halo Security): not configured\n");
    expect(run.stdout).toContain("  HALO_API_KEY   not set (required)\n");
    expect(run.stdout).toContain("  PDCP_TEAM_ID     not set (optional)\n");
    for (const value of Object.values(vendors.env)) {
      if (!value.startsWith("http")) expect(run.stdout).not.toContain(value);
    }
    const json = JSON.parse((await runInProcess(vendors, ["vendors", "--json"])).stdout);
    expect(json.map((vendor: { vendor: string; ready: boolean }) => [vendor.vendor, vendor.ready])).toEqual([
      ["soda", true],
      ["projectdiscovery", true],
      ["telmai", true],
      ["halo", true],
    ]);
  });

  it("vendors: a bad value is a problem of that vendor, not a failure of the command", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors"], { env: { SODA_REGION: "mars" } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("soda (Soda Cloud): not configured\n");
    expect(run.stdout).toContain('  problem: soda: SODA_REGION must be eu or us (got "mars")\n');
  });

  it("--version and --help", async () => {
    const vendors = createInProcessVendors();
    expect(await runInProcess(vendors, ["--version"])).toEqual({ exitCode: 0, stdout: "1.2.3-test\n", stderr: "" });
    const help = await runInProcess(vendors, ["--help"]);
    expect(help.stdout).toContain("Soda Library's order is kept (1 = warn, 2 = fail); soda-core v4 swapped the two.");
    const watchHelp = await runInProcess(vendors, ["watch", "--help"]);
    expect(watchHelp.stdout).toMatch(/^Usage: scanstat watch <ref>\.\.\. \[options\]\n/);
    expect(watchHelp.stdout).toContain("  5    a scan was not finished when scanstat stopped looking");
  });

  it("a usage error is one line on stderr and exit 64", async () => {
    const vendors = createInProcessVendors();
    expect(await runInProcess(vendors, ["watch", "soda:a", "--bogus"])).toEqual({
      exitCode: 64,
      stdout: "",
      stderr: "scanstat: unknown option --bogus (see scanstat --help)\n",
    });
  });
});

describe("--verbose", () => {
  it("prints request lines with timings on stderr, secrets redacted", async () => {
    const vendors = createInProcessVendors();
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    await vendors.clock.advance(hour);
    const run = await runInProcess(vendors, ["status", `soda:${id}`, "--verbose"]);
    expect(run.stderr).toMatch(
      new RegExp(
        `^scanstat: soda getScanStatus GET https://soda.simulated.test/api-prefix/api/v1/scans/${id} → 200 in \\d+ ms\\n$`,
      ),
    );
    for (const secret of [
      "sandbox-soda-key-id",
      "sandbox-soda-key-secret",
      btoa("sandbox-soda-key-id:sandbox-soda-key-secret"),
    ]) {
      expect(run.stderr + run.stdout).not.toContain(secret);
    }
  });
});

describe("job summary (GITHUB_STEP_SUMMARY)", () => {
  it("status, watch and trigger --wait append the table; list and trigger without --wait do not", async () => {
    const vendors = createInProcessVendors({ outcomes: ["fail"], durationMs: 1000 });
    const path = join(directory, "step-summary.md");
    const env = { GITHUB_STEP_SUMMARY: path };
    const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    await vendors.clock.advance(hour);

    expect((await runInProcess(vendors, ["status", `soda:${id}`], { env })).exitCode).toBe(0);
    const first = await readFile(path, "utf8");
    expect(
      first.startsWith(
        "### scanstat status: 1 scan, exit 0\n\n| Ref | State | Verdict | Findings / checks | Link |\n|---|---|---|---|---|\n",
      ),
    ).toBe(true);
    expect(first).toContain(`| soda:${id} | completed | pass | checks `);
    expect(first).toContain(`| [open](https://soda.simulated.test/scans/${id}) |\n\n`);
    expect((await runInProcess(vendors, ["watch", `soda:${id}`], { env })).exitCode).toBe(0);
    const waited = await runInProcess(vendors, ["trigger", "halo", "--target-id", "1", "--wait", "--interval", "1"], {
      env,
    });
    expect(waited.exitCode).toBe(2);
    await runInProcess(vendors, ["trigger", "halo", "--target-id", "2"], { env });
    await runInProcess(vendors, ["list", "halo"], { env });
    const text = await readFile(path, "utf8");
    expect(text.match(/^### scanstat \w+: .*$/gm)).toEqual([
      "### scanstat status: 1 scan, exit 0",
      "### scanstat watch: 1 scan, exit 0",
      "### scanstat trigger: 1 scan, exit 2",
    ]);
    expect(text).toMatch(/\| halo:\S+ \| completed[^|]* \| fail \| C\d+ H\d+ M\d+ L\d+ I\d+[^|]* \|/);
  });
});
