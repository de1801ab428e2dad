import { spawnSync } from "node:child_process";
import { lstat, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli, startCli } from "../harness/built-cli.js";
import { secretsIn } from "../harness/find-secrets.js";
import { until } from "../harness/settle.js";
import { type TestedVendor, testCredentials, vendorKits, vendors } from "../harness/vendor-kits.js";

/**
 * The built CLI against vendors on loopback that turn hostile on demand (issue 13): vendor text
 * with terminal escapes, a `Location` that decodes to one, bodies nested 5,000 levels deep,
 * lists that never end, credentials echoed back. `hostile` answers what it wants to; the real
 * simulator answers the rest.
 */
type Hostile = (request: Request, url: URL) => Response | undefined | Promise<Response | undefined>;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** Any terminal control but the line feed: none may reach stdout or stderr of a human format. */
const terminalControl =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const hostileRoutes = new Map<TestedVendor, Hostile>();
const requestLog: string[] = [];
let server: LoopbackServer;
let directory: string;
let env: Record<string, string>;
const simulators = new Map(
  vendors.map((vendor) => [
    vendor,
    vendorKits[vendor].create({ clock: systemClock, durationMs: 1, queuedMs: 0 }).simulator,
  ]),
);

beforeAll(async () => {
  await builtCli();
  server = await serveOnLoopback(
    vendors.map((vendor) => ({
      prefix: `/${vendor}`,
      simulator: {
        handle: async (request: Request) => {
          const url = new URL(request.url);
          requestLog.push(`${vendor} ${request.method} ${url.pathname}`);
          return (await hostileRoutes.get(vendor)?.(request, url)) ?? simulators.get(vendor)!.handle(request);
        },
      },
    })),
  );
  directory = await mkdtemp(join(tmpdir(), "scanstat-hostile-"));
  env = { HOME: directory, XDG_CONFIG_HOME: join(directory, ".config") };
  for (const [vendor, simulator] of simulators)
    Object.assign(env, simulator.sandboxEnvironment(`${server.url}/${vendor}`));
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

/** Runs one command with `routes` hostile, then puts the vendors back. Tests here run one at a time. */
async function run(
  args: string[],
  routes: Partial<Record<TestedVendor, Hostile>> = {},
  extraEnv: Record<string, string> = {},
) {
  for (const [vendor, route] of Object.entries(routes)) hostileRoutes.set(vendor as TestedVendor, route);
  requestLog.length = 0;
  try {
    return await (await startCli(args, { ...env, ...extraEnv })).done;
  } finally {
    hostileRoutes.clear();
  }
}

const escapes =
  "\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\\rOK\u202eevil";

describe("vendor text reaches the terminal escaped", () => {
  it("a state word full of escapes: shown escaped in the plain line and the warning, kept in json", async () => {
    const soda = simulators.get("soda")!;
    const id = (soda as unknown as { seedScan(options: object): string }).seedScan({ outcome: "pass", durationMs: 1 });
    const withEscapes: Hostile = async (request, url) => {
      if (!url.pathname.endsWith(`/scans/${id}`)) return undefined;
      const body = await (await soda.handle(request)).json();
      return json({ ...body, state: escapes });
    };
    const plain = await run(["status", `soda:${id}`], { soda: withEscapes });
    expect(plain.exitCode).toBe(5);
    expect(plain.stdout).toContain("\\x1b[2J\\x1b]0;pwned\\x07\\x1b]8;;https://evil.example\\x1b\\click");
    expect(plain.stdout + plain.stderr).not.toMatch(terminalControl);
    expect(plain.stderr).toContain('reports the state "\\x1b[2J');

    const structured = await run(["status", `soda:${id}`, "--json"], { soda: withEscapes });
    expect(JSON.parse(structured.stdout)[0].vendorState).toBe(escapes);
    expect(structured.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it("a Soda ref taken from a percent-decoded Location header is printed escaped", async () => {
    const location: Hostile = (request, url) =>
      request.method === "POST" && url.pathname.endsWith("/api/v1/scans")
        ? new Response(null, { status: 201, headers: { location: "/api/v1/scans/abc%1B%5D0%3Bpwned%07%0Aforged" } })
        : undefined;
    const result = await run(["trigger", "soda", "--definition", "orders_checks"], { soda: location });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("soda:abc\\x1b]0;pwned\\x07\\x0aforged\n");
  });
});

describe("--output never replaces what is not a regular file", () => {
  it("writes through a symlink, which stays a symlink", async () => {
    const soda = simulators.get("soda")! as unknown as { seedScan(options: object): string };
    const id = soda.seedScan({ outcome: "pass", durationMs: 1 });
    const real = join(directory, "real.json");
    const linked = join(directory, "linked.json");
    await writeFile(real, "old");
    await symlink(real, linked);
    const result = await run(["status", `soda:${id}`, "--format", "json", "--output", linked]);
    expect(result.exitCode).toBe(0);
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(real, "utf8"))[0].ref).toEqual({ vendor: "soda", id });
  });

  // CI runs as root: the test makes its own device node (as /dev/null is) in its own folder.
  it.skipIf(process.getuid?.() !== 0)("as root: writes through a device node, which stays a device", async () => {
    const device = join(directory, "null");
    if (spawnSync("mknod", [device, "c", "1", "3"]).status !== 0) return; // no CAP_MKNOD here
    const soda = simulators.get("soda")! as unknown as { seedScan(options: object): string };
    const id = soda.seedScan({ outcome: "pass", durationMs: 1 });
    const result = await run(["status", `soda:${id}`, "--format", "json", "--output", device]);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    expect((await lstat(device)).isCharacterDevice()).toBe(true);
    await rm(device);
  });

  it("refuses a read-only file before any request, and leaves it as it was", async () => {
    const locked = join(directory, "locked.json");
    await writeFile(locked, "keep", { mode: 0o444 });
    const result = await run(["status", "soda:abc", "--format", "json", "--output", locked]);
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain(`--output ${locked} is read-only (mode 444)`);
    expect(requestLog).toEqual([]);
    expect(await readFile(locked, "utf8")).toBe("keep");
  });
});

describe("one odd scan never sinks a report", () => {
  it("a raw body nested 5,000 levels deep: json and ndjson hold every scan, exit by the verdicts", async () => {
    const soda = simulators.get("soda")! as unknown as {
      seedScan(options: object): string;
      handle(request: Request): Promise<Response>;
    };
    const healthy = soda.seedScan({ outcome: "pass", durationMs: 1 });
    const deep = soda.seedScan({ outcome: "pass", durationMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const deepBody: Hostile = async (request, url) => {
      if (!url.pathname.endsWith(`/scans/${deep}`)) return undefined;
      const text = (await (await soda.handle(request)).text()).replace(/}\s*$/, "");
      return new Response(`${text},"deep":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`, {
        headers: { "content-type": "application/json" },
      });
    };
    for (const format of ["json", "ndjson"]) {
      const output = join(directory, `deep.${format}`);
      const result = await run(["status", `soda:${healthy}`, `soda:${deep}`, "--format", format, "--output", output], {
        soda: deepBody,
      });
      expect(result.stderr).not.toContain("unexpected error");
      expect(result.exitCode).toBe(0);
      const text = await readFile(output, "utf8");
      expect(text).toContain(healthy);
      expect(text).toContain("[cut: deeper than 32 levels]");
    }
  });
});

describe("reads that never end", () => {
  /** ProjectDiscovery pages full of new finished scans, whatever the status filter says. */
  const endlessList: Hostile = (request, url) => {
    if (request.method !== "GET" || !url.pathname.endsWith("/v1/scans")) return undefined;
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const first = offset === 0 ? [{ scan_id: "pd-still-running", status: "running" }] : [];
    const rest = Array.from({ length: limit - first.length }, (_, index) => ({
      scan_id: `pd-${offset + index}`,
      status: "finished",
    }));
    return json({ data: [...first, ...rest] });
  };

  it("list pd --active: Ctrl-C prints what was read, exit 130", async () => {
    hostileRoutes.set("projectdiscovery", endlessList);
    try {
      const cli = await startCli(["list", "pd", "--active"], env);
      await until(() => requestLog.length >= 3, 10_000);
      cli.child.kill("SIGINT");
      const result = await cli.done;
      expect(result.exitCode).toBe(130);
      expect(result.stdout).toBe("projectdiscovery:pd-still-running running\n");
    } finally {
      hostileRoutes.clear();
    }
  });

  it("status halo:X --timeout 2: the endless in-progress list is left after 2 s, exit 4", async () => {
    const endlessInProgress: Hostile = (_request, url) => {
      if (!url.pathname.endsWith("/scan/inprogress-list.json")) return undefined;
      const start = Number(url.searchParams.get("start") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 100);
      return json({ list: Array.from({ length: limit }, (_, index) => ({ scan_id: `h${start + index}` })) });
    };
    const started = Date.now();
    const result = await run(["status", "halo:42", "--timeout", "2"], { halo: endlessInProgress });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain("scanstat: halo:42: status: no complete answer within --timeout 2 s");
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe("ids", () => {
  it("cancel soda:.. is a usage error and sends nothing (it was DELETE /api/v1/)", async () => {
    const result = await run(["cancel", "soda:.."]);
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toBe('scanstat: scan ref "soda:..": ".." is not a scan id (a path step, not a name)\n');
    expect(requestLog).toEqual([]);
  });
});

describe("secrets in the forms they are sent", () => {
  it("a Bearer-prefixed token with spaces, echoed back: never printed, --verbose included", async () => {
    const token = testCredentials.telmai.token;
    const echo: Hostile = (request) =>
      json(
        {
          error: { code: "E", message: `refused ${request.headers.get("authorization")} ${encodeURIComponent(token)}` },
        },
        400,
      );
    const result = await run(
      ["status", "telmai:exec-1", "--verbose"],
      { telmai: echo },
      { TELMAI_TOKEN: `  Bearer ${token} \n` },
    );
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain("refused");
    expect(secretsIn(result.stdout + result.stderr, [token])).toEqual([]);
  });

  it("a password in a base URL: refused before any request, never in --verbose traces or errors", async () => {
    const failing: Hostile = () => json({ message: "refused" }, 400);
    const haloBase = env.HALO_BASE_URL!.replace("http://", "http://ops:s3cret-proxy-pw@");
    const result = await run(
      ["status", "halo:1", "--verbose", "--request-timeout", "2"],
      { halo: failing },
      { HALO_BASE_URL: haloBase },
    );
    // fetch refuses a URL with credentials: the kit says so at configuration, as a usage error.
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain("halo: the base URL (HALO_BASE_URL) must be https://host[:port][/prefix]");
    expect(secretsIn(result.stdout + result.stderr, ["s3cret-proxy-pw", "ops:"])).toEqual([]);
  });
});
