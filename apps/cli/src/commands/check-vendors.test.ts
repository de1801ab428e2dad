import { describe, expect, it } from "vitest";
import { createInProcessVendors, runInProcess } from "../__fixtures__/test-runtime.js";

const badKeys = {
  soda: { SODA_API_KEY_SECRET: "wrong-secret" },
  projectdiscovery: { PDCP_API_KEY: "wrong-key" },
  telmai: { TELMAI_TOKEN: "wrong-token" },
  halo: { HALO_API_KEY: "wrong-key" },
};

describe("scanstat vendors --check, against each simulator", () => {
  it("good keys: one ok line per vendor, exit 0, one read-only call each and never a POST", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["vendors", "--check"]);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      [
        'soda              ok  organisation "scanstat sandbox"',
        "projectdiscovery  ok",
        // The sandbox's variables reach both Telmai products: one read each.
        "telmai            ok  Telmai classic and Telmai for Fabric",
        "halo              ok  user sandbox@example.com",
        "",
      ].join("\n"),
    );
    expect(vendors.simulators.soda.count("testLogin")).toBe(1);
    expect(vendors.simulators.halo.count("getCurrentUser")).toBe(1);
    expect(vendors.simulators.soda.triggeredScans + vendors.simulators.halo.triggeredScans).toBe(0);
    expect(vendors.simulators.projectdiscovery.triggeredScans + vendors.simulators.telmai.triggeredScans).toBe(0);
  });

  it.each(Object.entries(badKeys))(
    "%s with a bad key: refused with the vendor's words, exit 4",
    async (vendor, env) => {
      const vendors = createInProcessVendors();
      const run = await runInProcess(vendors, ["vendors", "--check", vendor, "--json"], { env });
      expect(run.exitCode).toBe(4);
      const [check] = JSON.parse(run.stdout);
      expect(check).toMatchObject({ vendor, state: "refused", status: 401 });
      expect(check.detail).toMatch(/401/);
      expect(run.stdout).not.toContain(Object.values(env)[0]);
    },
  );

  it("the vendor's own words survive in the refused line", async () => {
    const vendors = createInProcessVendors();
    const halo = await runInProcess(vendors, ["vendors", "--check", "halo"], { env: badKeys.halo });
    expect(halo.stdout).toMatch(/^halo {2}refused {2}.*invalid api key/);
    const soda = await runInProcess(vendors, ["vendors", "--check", "soda"], { env: badKeys.soda });
    expect(soda.stdout).toMatch(/^soda {2}refused {2}.*the API key id or secret is not valid/);
  });

  it("a named vendor without credentials is not configured (exit 4, nothing sent); unnamed ones are listed, not counted", async () => {
    const vendors = createInProcessVendors();
    const named = await runInProcess(vendors, ["vendors", "--check", "halo", "soda"], {
      env: { HALO_API_KEY: undefined },
    });
    expect(named.exitCode).toBe(4);
    expect(named.stdout).toBe(
      'halo  not configured  HALO_API_KEY not set\nsoda  ok              organisation "scanstat sandbox"\n',
    );
    expect(vendors.simulators.halo.count("getCurrentUser")).toBe(0);

    const unnamed = await runInProcess(vendors, ["vendors", "--check", "--json"], {
      env: {
        HALO_API_KEY: undefined,
        TELMAI_TOKEN: undefined,
        TELMAI_BASE_URL: undefined,
        TELMAI_API_KEY: undefined,
        TELMAI_TENANT: undefined,
      },
    });
    expect(unnamed.exitCode).toBe(0);
    expect(JSON.parse(unnamed.stdout)).toEqual([
      { vendor: "soda", state: "ok", detail: 'organisation "scanstat sandbox"' },
      { vendor: "projectdiscovery", state: "ok" },
      { vendor: "telmai", state: "not configured", detail: "TELMAI_TOKEN, TELMAI_BASE_URL not set" },
      { vendor: "halo", state: "not configured", detail: "HALO_API_KEY not set" },
    ]);
  });

  it("no credentials at all: every vendor not configured, exit 4 and a note", async () => {
    const vendors = createInProcessVendors();
    const none = Object.fromEntries(Object.keys(vendors.env).map((name) => [name, undefined]));
    const run = await runInProcess(vendors, ["vendors", "--check"], { env: none });
    expect(run.exitCode).toBe(4);
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(4);
    expect(run.stderr).toBe("scanstat: no vendor has credentials set: nothing was checked (see scanstat vendors)\n");
  });

  it("a refused connection: unreachable; a 403: refused; a 500: failed (each exit 4)", async () => {
    const vendors = createInProcessVendors();
    vendors.simulators.telmai.faults.add({ type: "refused" }, { times: 10 });
    vendors.simulators.halo.faults.add(
      { type: "status", status: 403, body: { code: 403, message: "insufficient permissions" } },
      { times: 10 },
    );
    vendors.simulators.projectdiscovery.faults.add(
      { type: "status", status: 500, body: { message: "boom" } },
      { times: 10 },
    );
    const run = await runInProcess(vendors, ["vendors", "--check", "telmai", "halo", "pd", "soda", "--json"]);
    expect(run.exitCode).toBe(4);
    const checks = JSON.parse(run.stdout);
    expect(checks.map((check: { vendor: string; state: string }) => [check.vendor, check.state])).toEqual([
      ["telmai", "unreachable"],
      ["halo", "refused"],
      ["projectdiscovery", "failed"],
      ["soda", "ok"],
    ]);
    expect(checks[1].detail).toContain("insufficient permissions");
  });
});
