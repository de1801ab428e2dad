import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback, type VendorSimulator } from "@scanstat/core/testing";
import { createHaloSimulator } from "@scanstat/halo/testing";
import { createProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import { createSodaSimulator } from "@scanstat/soda/testing";
import { createTelmaiSimulator } from "@scanstat/telmai/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseEnvironment,
  builtCli,
  type CliResult,
  cliDirectory,
  requireFreshBuild,
  runCli,
  startCli,
} from "./run-built-cli.js";

requireFreshBuild();

const quick = { durationMs: 1, queuedMs: 0 };
let server: LoopbackServer;
let simulators: Record<"soda" | "projectdiscovery" | "telmai" | "halo", VendorSimulator>;
let home: string;
let env: Record<string, string>;
/** Every credential value the simulators accept: none may ever be printed. */
let secrets: string[];
const seen: CliResult[] = [];

async function scanstat(args: string[], extraEnv: Record<string, string> = {}, timeoutMs?: number): Promise<CliResult> {
  const result = await runCli(args, { ...env, ...extraEnv }, timeoutMs);
  seen.push(result);
  return result;
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-e2e-"));
  // Real time, short scans: the CLI runs as a separate process with its own clock.
  const clock = systemClock;
  simulators = {
    soda: createSodaSimulator({ clock, outcomes: ["pass"], durationMs: 1500, queuedMs: 200 }),
    projectdiscovery: createProjectDiscoverySimulator({ clock, outcomes: ["fail"], durationMs: 1500, queuedMs: 200 }),
    // Runs that carry their execution's id: these tests start Telmai scans seconds apart, whose
    // batches of their own (the default) no link by start time could tell apart. Batch ids are
    // exercised in telmai-verdicts.e2e.test.ts.
    telmai: createTelmaiSimulator({ clock, outcomes: ["pass"], durationMs: 1500, queuedMs: 200, jobIds: "execution" }),
    halo: createHaloSimulator({ clock, outcomes: ["warn"], durationMs: 1500, queuedMs: 200 }),
  };
  server = await serveOnLoopback(
    Object.entries(simulators).map(([vendor, simulator]) => ({ prefix: `/${vendor}`, simulator })),
    { port: 0 },
  );
  env = { ...baseEnvironment(home) };
  for (const [vendor, simulator] of Object.entries(simulators))
    Object.assign(env, simulator.sandboxEnvironment(`${server.url}/${vendor}`));
  secrets = [
    env.SODA_API_KEY_ID!,
    env.SODA_API_KEY_SECRET!,
    btoa(`${env.SODA_API_KEY_ID}:${env.SODA_API_KEY_SECRET}`),
    env.PDCP_API_KEY!,
    env.TELMAI_TOKEN!,
    env.HALO_API_KEY!,
  ];
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

describe("the bundle", () => {
  it("--version prints the package version and loads no adapter", async () => {
    const { version } = JSON.parse(await readFile(join(cliDirectory, "package.json"), "utf8"));
    expect(await scanstat(["--version"])).toMatchObject({ exitCode: 0, stdout: `${version}\n`, stderr: "" });

    // Everything `--version` can load: the entry and the chunks it imports statically.
    const loaded = new Set<string>();
    const visit = async (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = await readFile(file, "utf8");
      for (const [, path] of text.matchAll(/^import[^;]*?from\s*"(\.[^"]+)";/gms)) {
        await visit(join(file, "..", path!));
      }
    };
    await visit(builtCli);
    const statically = (await Promise.all([...loaded].map((file) => readFile(file, "utf8")))).join("\n");
    const definitions = [
      "function createSodaAdapter(",
      "function createProjectDiscoveryAdapter(",
      "function createTelmaiAdapter(",
      "function createHaloAdapter(",
      "function createSodaSimulator(",
      "function serveOnLoopback(",
    ];
    for (const definition of definitions) expect(statically).not.toContain(definition);
    // …and they are in the bundle, in lazy chunks.
    const chunks = await readdir(join(cliDirectory, "dist", "chunks"));
    const all = (
      await Promise.all(chunks.map((chunk) => readFile(join(cliDirectory, "dist", "chunks", chunk), "utf8")))
    ).join("\n");
    for (const definition of definitions) expect(all).toContain(definition);
  });

  it("--help shows the exit codes", async () => {
    const result = await scanstat(["--help"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("Soda Library's order is kept (1 = warn, 2 = fail); soda-core v4 swapped the two.");
  });
});

describe("exit codes", () => {
  it("0, 1, 2, 3, 4, 5 from status", async () => {
    const { soda, halo, projectdiscovery } = simulators;
    const pass = soda.seedScan({ outcome: "pass", ...quick });
    const warn = halo.seedScan({ outcome: "warn", ...quick });
    const fail = projectdiscovery.seedScan({ outcome: "fail", ...quick });
    const failed = soda.seedScan({ outcome: "failed", ...quick });
    const running = soda.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [r0, r1, r2, r3, r4, r5, worst] = await Promise.all([
      scanstat(["status", `soda:${pass}`]),
      scanstat(["status", `halo:${warn}`]),
      scanstat(["status", `pd:${fail}`]),
      scanstat(["status", `soda:${failed}`]),
      scanstat(["status", "soda:00000000-0000-4000-8000-00000000dead"]),
      scanstat(["status", `soda:${running}`]),
      scanstat(["status", `soda:${pass}`, `halo:${warn}`, `pd:${fail}`]),
    ]);
    expect([r0, r1, r2, r3, r4, r5, worst].map((result) => result.exitCode)).toEqual([0, 1, 2, 3, 4, 5, 2]);
    expect(r0.stdout).toMatch(new RegExp(`^soda:${pass} completed pass checks \\d+ passed in \\d+s\\n$`));
    expect(r4.stderr).toMatch(/^scanstat: soda:00000000-0000-4000-8000-00000000dead: soda .*\n$/);
    expect(await scanstat(["status", `halo:${warn}`, "--ok-on-warn"])).toMatchObject({ exitCode: 0 });
  });

  it("64: unknown command, unknown flag, malformed ref, missing credentials — one line each", async () => {
    const results = await Promise.all([
      scanstat(["stats"]),
      scanstat(["status", "soda:a", "--bogus"]),
      scanstat(["status", "soda-a"]),
      scanstat(["status", "halo:1"], { HALO_API_KEY: "" }),
    ]);
    for (const result of results) {
      expect(result.exitCode).toBe(64);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^scanstat: [^\n]+\n$/);
    }
    expect(results[3]!.stderr).toContain("HALO_API_KEY");
  });

  it("4: credentials the vendor refuses", async () => {
    const result = await scanstat(["status", "pd:abc"], { PDCP_API_KEY: "refused-e2e-key" });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).not.toContain("refused-e2e-key");
  });

  it("130: SIGINT during watch prints the refs, 143: SIGTERM during trigger --wait", async () => {
    const running = simulators.halo.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    const watch = startCli(["watch", `halo:${running}`, "--interval", "0.2"], env);
    await watch.waitForStdout(`halo:${running} `);
    watch.child.kill("SIGINT");
    const watched = await watch.done;
    seen.push(watched);
    expect(watched.exitCode).toBe(130);
    expect(watched.stdout.trim().split("\n").at(-1)).toMatch(new RegExp(`^halo:${running} (queued|running)`));

    const trigger = startCli(["trigger", "soda", "--definition", "long", "--wait", "--interval", "5", "--json"], {
      ...env,
    });
    const stderrSeen = new Promise<void>((resolve) => {
      trigger.child.stderr!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("triggered")) resolve();
      });
    });
    await stderrSeen;
    trigger.child.kill("SIGTERM");
    const triggered = await trigger.done;
    seen.push(triggered);
    expect(triggered.exitCode).toBe(143);
    const [scan] = JSON.parse(triggered.stdout);
    expect(scan.ref.vendor).toBe("soda");
    expect(triggered.stderr).toContain(`scanstat: triggered soda:${scan.ref.id}\n`);
  });
});

describe("commands and formats", () => {
  it("watch follows mixed vendors to the end; ndjson streams events", async () => {
    const warn = simulators.halo.seedScan({ outcome: "warn", durationMs: 1200, queuedMs: 0 });
    const pass = simulators.soda.seedScan({ outcome: "pass", durationMs: 1200, queuedMs: 0 });
    const [plain, ndjson] = await Promise.all([
      scanstat(["watch", `halo:${warn}`, `soda:${pass}`, "--interval", "0.2"]),
      scanstat(["watch", `halo:${warn}`, `soda:${pass}`, "--interval", "0.2", "--format", "ndjson"]),
    ]);
    expect(plain.exitCode).toBe(1);
    expect(plain.stdout).toContain(`halo:${warn} completed`);
    expect(plain.stderr).toBe("scanstat: 2 scans: 1 pass, 1 warn; exit 1\n");
    const events = ndjson.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.at(-1)).toEqual({
      type: "end",
      reason: "terminal",
      exitCode: 1,
      results: [
        // What Halo's verdict rests on is the Halo adapter's to say; that it says something is checked here.
        {
          ref: { vendor: "halo", id: warn },
          refText: `halo:${warn}`,
          state: "completed",
          verdict: "warn",
          evidence: expect.objectContaining({ sources: expect.any(Array) }),
        },
        {
          ref: { vendor: "soda", id: pass },
          refText: `soda:${pass}`,
          state: "completed",
          verdict: "pass",
          evidence: { sources: ["run-status", "checks"], complete: true },
        },
      ],
    });
    expect(events.filter((event) => event.type === "update").length).toBeGreaterThanOrEqual(2);
  });

  it("watch --timeout: exit 5", async () => {
    const running = simulators.telmai.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    const result = await scanstat(["watch", `telmai:${running}`, "--timeout", "1", "--interval", "0.2"]);
    expect(result.exitCode).toBe(5);
  });

  it("status --format json | junit, and --output writes the file whole", async () => {
    const fail = simulators.projectdiscovery.seedScan({ outcome: "fail", ...quick });
    const output = join(home, "report.json");
    const [json, junit, toFile] = await Promise.all([
      scanstat(["status", `pd:${fail}`, "--json"]),
      scanstat(["status", `pd:${fail}`, "--format", "junit"]),
      scanstat(["status", `pd:${fail}`, "--format", "json", "--output", output]),
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { ref: { vendor: "projectdiscovery", id: fail }, result: { verdict: "fail" } },
    ]);
    expect(junit.stdout).toMatch(/<testsuites name="scanstat" tests="1" failures="1" errors="0" skipped="0"/);
    expect(junit.stdout).toContain('<failure message="verdict fail');
    expect(JSON.parse(await readFile(output, "utf8"))).toEqual(JSON.parse(json.stdout));
    expect(toFile.stdout).toMatch(new RegExp(`^projectdiscovery:${fail} completed \\(finished\\) fail`));
    expect((await readdir(home)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("trigger prints the ref; --wait follows it; telmai and halo too", async () => {
    const soda = await scanstat(["trigger", "soda", "--definition", "orders_checks"]);
    expect(soda.exitCode).toBe(0);
    expect(soda.stdout).toMatch(/^soda:[0-9a-f-]+\n$/);
    const [pd, telmai, halo] = await Promise.all([
      scanstat(["trigger", "pd", "--target", "shop.example.com", "--wait", "--interval", "0.2"]),
      scanstat(["trigger", "telmai", "--wait", "--interval", "0.2", "--format", "junit"]),
      scanstat(["trigger", "halo", "--target-id", "3", "--wait", "--interval", "0.2", "--json"]),
    ]);
    expect(pd.exitCode).toBe(2);
    expect(pd.stdout.split("\n")[0]).toMatch(/^projectdiscovery:\S+ triggered$/);
    expect(telmai.exitCode).toBe(0);
    expect(telmai.stdout).toContain('<testsuites name="scanstat" tests="1" failures="0" errors="0" skipped="0"');
    expect(halo.exitCode).toBe(1);
    expect(JSON.parse(halo.stdout)[0]).toMatchObject({ state: "completed", result: { verdict: "warn" } });
  });

  it("cancel, logs, list, vendors", async () => {
    const running = simulators.projectdiscovery.seedScan({ outcome: "pass", durationMs: 600_000, queuedMs: 0 });
    const finished = simulators.soda.seedScan({ outcome: "pass", ...quick });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [cancel, logs, list, vendors] = await Promise.all([
      scanstat(["cancel", `pd:${running}`]),
      scanstat(["logs", `soda:${finished}`, "--format", "ndjson"]),
      scanstat(["list", "pd", "--active", "--json"]),
      scanstat(["vendors", "--json"]),
    ]);
    expect(cancel).toMatchObject({ exitCode: 0, stdout: `projectdiscovery:${running} cancel requested\n` });
    expect(logs.exitCode).toBe(0);
    expect(JSON.parse(logs.stdout.split("\n")[0]!)).toHaveProperty("message");
    expect(list.exitCode).toBe(0);
    expect(Array.isArray(JSON.parse(list.stdout))).toBe(true);
    expect(JSON.parse(vendors.stdout).map((vendor: { ready: boolean }) => vendor.ready)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it("completion scripts", async () => {
    const results = await Promise.all(["bash", "zsh", "fish"].map((shell) => scanstat(["completion", shell])));
    expect(results.map((result) => result.exitCode)).toEqual([0, 0, 0]);
    expect(results[0]!.stdout).toContain("complete -F _scanstat scanstat");
    expect(results[1]!.stdout).toMatch(/^#compdef scanstat/);
    expect(results[2]!.stdout).toContain("complete -c scanstat");
  });
});

describe("demo and sandbox", () => {
  it("demo: four vendors, live to the end, exit 0, well under a minute", async () => {
    const started = Date.now();
    const result = await scanstat(["demo"], {}, 50_000);
    expect(result.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const vendor of ["soda", "projectdiscovery", "telmai", "halo"]) expect(result.stdout).toContain(`${vendor}:`);
    for (const verdict of [" pass ", " warn ", " fail "]) expect(result.stdout).toContain(verdict);
    // Telmai twice: Fabric (the workspace) and classic (an asset).
    expect(result.stdout).toMatch(/telmai:orders~\S+/);
    // Every manifest's trigger examples: soda 2, projectdiscovery 2, telmai 2, halo 1.
    expect(result.stderr).toMatch(/scanstat: 7 scans: .*; exit 0\n$/);
  });

  it("sandbox: export lines on stdout that a client can use; serves until SIGINT (exit 0)", async () => {
    const sandbox = startCli(["sandbox", "--port", "0"], baseEnvironment(home));
    await sandbox.waitForStdout(/HALO_API_KEY=.*\n/);
    const variables: Record<string, string> = {};
    for (const line of sandbox.output().stdout.trim().split("\n")) {
      const match = /^export ([A-Z_]+)=(.*)$/.exec(line);
      expect(match).not.toBeNull();
      variables[match![1]!] = match![2]!;
    }
    expect(Object.keys(variables).sort()).toEqual([
      "HALO_API_KEY",
      "HALO_BASE_URL",
      "PDCP_API_KEY",
      "PDCP_API_SERVER",
      "PDCP_TEAM_ID",
      "SODA_API_KEY_ID",
      "SODA_API_KEY_SECRET",
      "SODA_BASE_URL",
      "TELMAI_API_KEY",
      "TELMAI_BASE_URL",
      "TELMAI_TENANT",
      "TELMAI_TOKEN",
    ]);
    expect(variables.SODA_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/soda$/);

    const client = { ...baseEnvironment(home), ...variables };
    const triggered = await runCli(["trigger", "halo", "--target-id", "1"], client);
    expect(triggered.exitCode).toBe(0);
    // Sandbox scans take about 17 s of real time: a moment later it is still going.
    const status = await runCli(["status", triggered.stdout.trim()], client);
    expect(status.exitCode).toBe(5);
    // One TELMAI_BASE_URL reaches both Telmai products: --asset goes to classic.
    const classic = await runCli(["trigger", "telmai", "--asset", "orders"], client);
    expect(classic.exitCode, classic.stderr).toBe(0);
    expect(classic.stdout.trim()).toMatch(/^telmai:orders~\S+$/);
    expect((await runCli(["status", classic.stdout.trim()], client)).exitCode).toBe(5);

    sandbox.child.kill("SIGINT");
    const result = await sandbox.done;
    expect(result.exitCode).toBe(0);
  });

  it("sandbox --export-file: the file appears once it serves, whole, and is gone when it stops", async () => {
    const envFile = join(home, "sandbox.env");
    await writeFile(envFile, "export STALE=1\n");
    const sandbox = startCli(["sandbox", "--port", "0", "--export-file", envFile, "--quiet"], baseEnvironment(home));
    await sandbox.waitForStdout(/HALO_API_KEY=.*\n/);
    let text = "";
    for (let attempt = 0; attempt < 100 && !text.includes("HALO_API_KEY"); attempt++) {
      text = await readFile(envFile, "utf8").catch(() => "");
      if (!text.includes("HALO_API_KEY")) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(text).toBe(sandbox.output().stdout);
    const variables = Object.fromEntries(
      text
        .trim()
        .split("\n")
        .map((line) => /^export ([A-Z_]+)=(.*)$/.exec(line)!.slice(1, 3) as [string, string]),
    );
    // A file that exists is a sandbox that answers: every credential checks out at once.
    const check = await runCli(["vendors", "--check"], { ...baseEnvironment(home), ...variables });
    expect(check.exitCode).toBe(0);
    expect(check.stdout.match(/ ok/g)).toHaveLength(4);
    sandbox.child.kill("SIGTERM");
    expect((await sandbox.done).exitCode).toBe(0);
    await expect(readFile(envFile, "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("sandbox --export-file in a directory that does not exist: exit 64 before serving", async () => {
    const result = await runCli(
      ["sandbox", "--port", "0", "--export-file", join(home, "missing", "sandbox.env")],
      baseEnvironment(home),
    );
    expect(result.exitCode).toBe(64);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^scanstat: --export-file .*sandbox\.env: cannot write in .* \(ENOENT\)\n$/);
  });

  it("sandbox: SIGTERM ends it with exit 0 too", async () => {
    const sandbox = startCli(["sandbox", "--port", "0", "--quiet"], baseEnvironment(home));
    await sandbox.waitForStdout("TELMAI_TOKEN");
    sandbox.child.kill("SIGTERM");
    const result = await sandbox.done;
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
  });
});

describe("secrets", () => {
  it("no credential value appears in any output of any command, --verbose included", async () => {
    const id = simulators.soda.seedScan({ outcome: "warn", ...quick });
    const halo = simulators.halo.seedScan({ outcome: "fail", ...quick });
    await Promise.all([
      scanstat(["status", `soda:${id}`, `halo:${halo}`, "--verbose"]),
      scanstat(["status", `soda:${id}`, "--verbose", "--json"]),
      scanstat(["watch", `soda:${id}`, "--verbose", "--format", "ndjson"]),
      scanstat(["logs", `soda:${id}`, "--verbose"]),
      scanstat(["list", "halo", "--verbose"]),
      scanstat(["vendors", "--verbose"]),
      scanstat(["vendors", "--check", "--verbose", "--json"]),
      scanstat(["trigger", "telmai", "--verbose"]),
      scanstat(["status", "telmai:nope", "--verbose"]),
    ]);
    expect(seen.length).toBeGreaterThan(30);
    const verbose = seen.filter((result) => result.stderr.includes(" GET http://127.0.0.1:"));
    expect(verbose.length).toBeGreaterThan(3);
    for (const result of seen) {
      for (const secret of secrets) {
        expect(result.stdout).not.toContain(secret);
        expect(result.stderr).not.toContain(secret);
      }
    }
  });
});
