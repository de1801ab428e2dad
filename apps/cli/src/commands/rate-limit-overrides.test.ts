import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createInProcessVendors, runInProcess } from "../__fixtures__/test-runtime.js";

/** Through the whole CLI (in-process, simulators on a virtual clock): the budgets the user sets reach the adapters. */

const minute = 60_000;
let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-rate-limits-"));
  const directory = join(home, ".config", "scanstat");
  await mkdir(directory, { recursive: true });
  const path = join(directory, "config.json");
  await writeFile(
    path,
    JSON.stringify({
      rateLimits: {
        halo: { read: { requests: 120, windowSeconds: 60 }, write: { requests: 20, windowSeconds: 60 } },
        telmai: { trigger: { requests: 2, windowSeconds: 60 } },
      },
    }),
  );
  await chmod(path, 0o600);
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

interface VendorJson {
  vendor: string;
  rateLimits: Record<string, { requests: number; windowMs: number; documented: boolean }>;
  rateBudgets: Record<string, unknown>;
}

describe("rate budget overrides, end to end", () => {
  it("config file, SCANSTAT_RATE_LIMITS and --rate-limit reach each adapter's rateLimits (vendors --json)", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors", "--json", "--rate-limit", "halo.write=3/10"], {
      homeDirectory: home,
      env: { SCANSTAT_RATE_LIMITS: "pd.write=5/30,telmai.trigger=4/60" },
    });
    expect(run).toMatchObject({ exitCode: 0, stderr: "" });
    const reports = Object.fromEntries(
      (JSON.parse(run.stdout) as VendorJson[]).map((report) => [report.vendor, report]),
    );

    // What the adapters apply, per operation.
    expect(reports.halo!.rateLimits).toEqual({
      getScan: { requests: 120, windowMs: minute, documented: false },
      getScans: { requests: 120, windowMs: minute, documented: false },
      listScans: { requests: 120, windowMs: minute, documented: false },
      triggerScan: { requests: 3, windowMs: 10_000, documented: false },
      cancelScan: { requests: 3, windowMs: 10_000, documented: false },
    });
    expect(reports.projectdiscovery!.rateLimits.triggerScan).toEqual({
      requests: 5,
      windowMs: 30_000,
      documented: false,
    });
    expect(reports.projectdiscovery!.rateLimits.getScan).toEqual({ requests: 60, windowMs: minute, documented: false });
    expect(reports.telmai!.rateLimits.triggerScan).toEqual({ requests: 4, windowMs: minute, documented: false });
    expect(reports.soda!.rateLimits.getScan).toEqual({ requests: 60, windowMs: minute, documented: true });

    // What the user is told, per rate class.
    expect(reports.halo!.rateBudgets).toEqual({
      read: {
        default: { requests: 60, windowMs: minute, documented: false },
        override: { requests: 120, windowMs: minute, source: "config" },
      },
      write: {
        default: { requests: 10, windowMs: minute, documented: false },
        override: { requests: 3, windowMs: 10_000, source: "flag" },
      },
    });
    expect(reports.telmai!.rateBudgets).toEqual({
      trigger: {
        default: { requests: 5, windowMs: minute, documented: false },
        override: { requests: 4, windowMs: minute, source: "environment" },
      },
      read: { default: { requests: 60, windowMs: minute, documented: false } },
    });
    expect(reports.soda!.rateBudgets.status).toEqual({ default: { requests: 60, windowMs: minute, documented: true } });
  });

  it("the table shows each class's budget, where it comes from and the override in effect, never a credential", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors", "--rate-limit", "soda.status=30/60"], {
      homeDirectory: home,
      env: { SCANSTAT_RATE_LIMITS: "projectdiscovery.write=5/30" },
    });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split("\n");
    const block = (vendor: string) => {
      const start = lines.findIndex((line) => line.startsWith(`${vendor} (`));
      const budgets = lines.indexOf("  rate budgets, per credential:", start);
      return lines.slice(
        budgets,
        lines.findIndex((line, index) => index > budgets && !line.startsWith("    ")),
      );
    };
    expect(block("soda")).toEqual([
      "  rate budgets, per credential:",
      "    trigger  10 per 60 s  documented",
      "    status   30 per 60 s  override (--rate-limit); documented: 60 per 60 s",
      "    cancel   10 per 60 s  documented",
      "    logs     60 per 60 s  documented",
    ]);
    expect(block("projectdiscovery")).toEqual([
      "  rate budgets, per credential:",
      "    read   60 per 60 s  default (not published)",
      "    write  5 per 30 s   override (SCANSTAT_RATE_LIMITS); default (not published): 10 per 60 s",
    ]);
    expect(block("halo")).toEqual([
      "  rate budgets, per credential:",
      "    read   120 per 60 s  override (config file); default (not published): 60 per 60 s",
      "    write  20 per 60 s   override (config file); default (not published): 10 per 60 s",
    ]);
    for (const secret of [vendors.env.SODA_API_KEY_SECRET, vendors.env.PDCP_API_KEY, vendors.env.HALO_API_KEY]) {
      expect(run.stdout).not.toContain(secret);
    }
  });

  it("a lowered budget paces the requests: two soda status reads at 1 per 10 min take 10 min", async () => {
    const vendors = createInProcessVendors();
    const first = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    const second = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
    await vendors.clock.advance(minute);
    const elapsed = async (argv: string[]) => {
      const start = vendors.clock.now();
      const run = await runInProcess(vendors, argv, { homeDirectory: home });
      expect(run.exitCode).toBe(0);
      return vendors.clock.now() - start;
    };
    expect(await elapsed(["status", `soda:${first}`, `soda:${second}`])).toBeLessThan(minute);
    expect(
      await elapsed(["status", `soda:${first}`, `soda:${second}`, "--rate-limit", "soda.status=1/600"]),
    ).toBeGreaterThanOrEqual(10 * minute);
  });

  it("a bad SCANSTAT_RATE_LIMITS is one line and exit 64; nothing is sent", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["status", "halo:1"], {
      homeDirectory: home,
      env: { SCANSTAT_RATE_LIMITS: "halo.reads=120/60" },
    });
    expect(run).toEqual({
      exitCode: 64,
      stdout: "",
      stderr:
        'scanstat: SCANSTAT_RATE_LIMITS: "halo.reads=120/60": halo has no rate class "reads" (known: read, write)\n',
    });
    expect(vendors.simulators.halo.requests).toHaveLength(0);
  });

  it("a bad budget in the config file is one line and exit 64", async () => {
    const path = join(home, "bad.json");
    await writeFile(path, JSON.stringify({ rateLimits: { halo: { read: { requests: 0, windowSeconds: 60 } } } }));
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors", "--config", path], { homeDirectory: home });
    expect(run).toEqual({
      exitCode: 64,
      stdout: "",
      stderr: `scanstat: config ${path}: .rateLimits.halo.read.requests must be a whole number of at least 1\n`,
    });
  });
});
