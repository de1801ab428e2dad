import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { json, makeHostile } from "./__fixtures__/hostile-vendor.js";
import { createInProcessVendors, runInProcess } from "./__fixtures__/test-runtime.js";
import { hostileText, strayControls } from "./output/__fixtures__/hostile-text.js";
import { sanitizeTerminalText } from "./output/sanitize-terminal-text.js";

/** `{"a":{"a":…1…}}`, `levels` deep, written as text (no recursion on this side either). */
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;

/** Halo's in-progress list as a hostile endpoint pages it: every page full of new scans, no total. */
function endlessHaloInProgress(url: URL): Response {
  const start = Number(url.searchParams.get("start") ?? 0);
  const limit = Number(url.searchParams.get("limit") ?? 100);
  const list = Array.from({ length: limit }, (_, index) => ({
    scan_id: `x${start + index}`,
    status_display: "Running",
  }));
  return json({ pagination: { start, limit }, list });
}

/** ProjectDiscovery's list as a hostile endpoint pages it: full pages of new scans that ignore the status filter. */
function endlessProjectDiscoveryList(url: URL): Response {
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const limit = Number(url.searchParams.get("limit") ?? 100);
  const running = offset === 0 ? [{ scan_id: "pd-running", status: "running" }] : [];
  const finished = Array.from({ length: limit - running.length }, (_, index) => ({
    scan_id: `pd-${offset + index}`,
    status: "finished",
  }));
  return json({ data: [...running, ...finished] });
}

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-hostile-"));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("endless reads end", () => {
  it("status halo:X --timeout: a list that never ends is left at the deadline (exit 4)", async () => {
    const vendors = createInProcessVendors();
    makeHostile(vendors, "halo", (_request, url) =>
      url.pathname.endsWith("/scan/inprogress-list.json") ? endlessHaloInProgress(url) : undefined,
    );
    const run = await runInProcess(vendors, ["status", "halo:42", "--timeout", "20"], { homeDirectory: home });
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toContain("scanstat: halo:42: status: no complete answer within --timeout 20 s\n");
    expect(run.stdout).toBe("halo:42 error timeout\n");
  });

  it("status halo:X without --timeout: the page cap ends it (exit 4)", async () => {
    const vendors = createInProcessVendors();
    const hostile = makeHostile(vendors, "halo", (_request, url) =>
      url.pathname.endsWith("/scan/inprogress-list.json") ? endlessHaloInProgress(url) : undefined,
    );
    const run = await runInProcess(vendors, ["status", "halo:42"], { homeDirectory: home });
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toContain(
      "halo listInProgressScans: the list did not end after 100 pages; stopped reading (a list that never ends is not a vendor's answer)",
    );
    expect(hostile.requests.filter((request) => request.endsWith("inprogress-list.json"))).toHaveLength(100);
  });

  it("list pd --active --timeout: prints the scans read, then the timeout (exit 4)", async () => {
    const vendors = createInProcessVendors();
    makeHostile(vendors, "projectdiscovery", (request, url) =>
      request.method === "GET" && url.pathname.endsWith("/v1/scans") ? endlessProjectDiscoveryList(url) : undefined,
    );
    const run = await runInProcess(vendors, ["list", "pd", "--active", "--timeout", "5"], { homeDirectory: home });
    expect(run.exitCode).toBe(4);
    // The one active scan among endless finished ones is printed, then the timeout.
    expect(run.stdout).toBe("projectdiscovery:pd-running running\n");
    expect(run.stderr).toContain("list projectdiscovery: no complete answer within --timeout 5 s");
  });

  it("logs soda:X --timeout: prints the lines read, then the timeout (exit 4)", async () => {
    const vendors = createInProcessVendors();
    makeHostile(vendors, "soda", (_request, url) => {
      if (!url.pathname.endsWith("/logs")) return undefined;
      const page = Number(url.searchParams.get("page") ?? 0);
      return json({ content: [{ message: `line of page ${page}`, level: "info" }], last: false });
    });
    const run = await runInProcess(vendors, ["logs", "soda:abc", "--timeout", "5"], { homeDirectory: home });
    expect(run.exitCode).toBe(4);
    expect(run.stdout).toMatch(/^INFO line of page 0\nINFO line of page 1\n/);
    expect(run.stderr).toContain("logs soda:abc: no complete answer within --timeout 5 s");
  });
});

describe("one deep field never sinks a report", () => {
  for (const format of ["json", "ndjson", "junit"] as const) {
    it(`status --format ${format}: a body nested 5,000 levels deep is written, trimmed, beside the healthy scan`, async () => {
      const vendors = createInProcessVendors();
      const healthy = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
      const deep = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
      await vendors.clock.advance(60_000);
      const simulator = vendors.simulators.soda;
      makeHostile(vendors, "soda", async (request, url) => {
        if (!url.pathname.endsWith(`/scans/${deep}`)) return undefined;
        const body = (await (await simulator.fetch(request)).text()).replace(/}\s*$/, "");
        return new Response(`${body},"deep":${deepJson(5000)}}`, { headers: { "content-type": "application/json" } });
      });
      const output = join(home, `report.${format}`);
      const run = await runInProcess(
        vendors,
        ["status", `soda:${healthy}`, `soda:${deep}`, "--format", format, "--output", output],
        { homeDirectory: home },
      );
      expect(run.stderr).not.toContain("unexpected error");
      expect(run.exitCode).toBe(0);
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(output, "utf8");
      if (format === "json") {
        const report = JSON.parse(text);
        expect(report.map((scan: { ref: { id: string } }) => scan.ref.id)).toEqual([healthy, deep]);
        expect(JSON.stringify(report[1].raw)).toContain("[cut: deeper than 32 levels]");
      } else if (format === "ndjson") {
        const events = text
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line));
        expect(events.filter((event) => event.type === "update")).toHaveLength(2);
      } else {
        expect(text).toContain(`name="soda:${deep}`);
      }
    });
  }
});

describe("ids that would move a request are usage errors before any request", () => {
  for (const [args, shown] of [
    [["cancel", "soda:.."], 'scan ref "soda:..": ".." is not a scan id (a path step, not a name)'],
    [["cancel", "soda:."], 'scan ref "soda:.": "." is not a scan id (a path step, not a name)'],
    [["status", "pd:a\nb"], 'scan ref "pd:a\\u000ab": the scan id holds a control character (a\\u000ab)'],
    [["logs", "soda:\u001b[2J"], 'scan ref "soda:\\u001b[2J": the scan id holds a control character (\\u001b[2J)'],
  ] as const) {
    it(`${args.join(" ").replace(/[\n\u001b]/g, "?")}: exit 64, nothing sent`, async () => {
      const vendors = createInProcessVendors();
      const soda = makeHostile(vendors, "soda", () => undefined);
      const projectdiscovery = makeHostile(vendors, "projectdiscovery", () => undefined);
      const run = await runInProcess(vendors, [...args], { homeDirectory: home });
      expect(run.exitCode).toBe(64);
      expect(run.stderr).toBe(`scanstat: ${shown}\n`);
      expect([...soda.requests, ...projectdiscovery.requests]).toEqual([]);
    });
  }
});

describe("secrets in every form they are sent", () => {
  it("a token given with a Bearer prefix, spaces and a newline, echoed by the vendor, is never printed", async () => {
    const vendors = createInProcessVendors();
    const token = "tok-0123456789-secret";
    makeHostile(vendors, "telmai", (request) =>
      json(
        { message: `token ${request.headers.get("authorization")} / ${token} / ${encodeURIComponent(token)} refused` },
        500,
      ),
    );
    const run = await runInProcess(vendors, ["status", "telmai:exec-1", "--verbose"], {
      homeDirectory: home,
      env: { TELMAI_TOKEN: `  Bearer ${token}\n` },
    });
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toContain("refused");
    expect(`${run.stdout}${run.stderr}`).not.toContain("0123456789");
  });

  it("a password in a base URL: refused before any request (fetch cannot send it), never printed", async () => {
    const vendors = createInProcessVendors();
    makeHostile(vendors, "halo", () => json({ message: "nope" }, 500));
    const base = vendors.env.HALO_BASE_URL!.replace("https://", "https://admin:pr0xy-pa55word@");
    const run = await runInProcess(vendors, ["status", "halo:1", "--verbose"], {
      homeDirectory: home,
      env: { HALO_BASE_URL: base },
    });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toContain(
      "scanstat: halo: the base URL (HALO_BASE_URL) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)\n",
    );
    expect(run.stderr).not.toContain("GET ");
    expect(`${run.stdout}${run.stderr}`).not.toContain("pr0xy-pa55word");
    expect(`${run.stdout}${run.stderr}`).not.toContain("admin:");
  });

  it("a message longer than 200 characters is redacted before it is cut", async () => {
    const vendors = createInProcessVendors();
    const key = vendors.env.HALO_API_KEY!;
    // The key straddles the 200th character: cut first, half of it would survive.
    const message = `${"x".repeat(200 - Math.floor(key.length / 2))}${key} more words`;
    makeHostile(vendors, "halo", (_request, url) =>
      url.pathname.endsWith("/scan/start.json") ? new Response(message, { status: 400 }) : undefined,
    );
    const run = await runInProcess(vendors, ["trigger", "halo", "--target-id", "7"], { homeDirectory: home });
    expect(run.exitCode).toBe(4);
    expect(run.stderr).toContain("halo startScan: HTTP 400: xxx");
    expect(run.stderr).not.toContain(key.slice(0, Math.ceil(key.length / 2)));
    expect(run.stderr).not.toContain(key.slice(Math.floor(key.length / 2)));
  });

  it("a config file with a syntax error next to a secret gives the position, not the text", async () => {
    const vendors = createInProcessVendors();
    const path = join(home, "config.json");
    await writeFile(path, '{"env": {"HALO_API_KEY": s3cret-nearby-key}}', { mode: 0o600 });
    const run = await runInProcess(vendors, ["status", "halo:1", "--config", path], { homeDirectory: home });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe(`scanstat: config ${path}: not valid JSON (at line 1, column 26)\n`);
  });
});

describe("small crashes are clear errors", () => {
  for (const name of ["toString", "constructor", "__proto__"]) {
    it(`--profile ${name}: a usage error, not "unexpected error"`, async () => {
      const vendors = createInProcessVendors();
      const path = join(home, "config.json");
      await writeFile(path, '{"profiles": {"staging": {}}}', { mode: 0o600 });
      const run = await runInProcess(vendors, ["status", "halo:1", "--config", path, "--profile", name], {
        homeDirectory: home,
      });
      expect(run.exitCode).toBe(64);
      expect(run.stderr).toBe(`scanstat: config ${path}: no profile "${name}" (profiles: staging)\n`);
    });
  }

  it("--config /dev/zero fails at once", async () => {
    const vendors = createInProcessVendors();
    const run = await runInProcess(vendors, ["status", "halo:1", "--config", "/dev/zero"], { homeDirectory: home });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe("scanstat: config /dev/zero: larger than 1 MiB; not a scanstat config file\n");
  });

  it("a non-ASCII Halo key: a config error (64) before any request, and `vendors` says so", async () => {
    const vendors = createInProcessVendors();
    const halo = makeHostile(vendors, "halo", () => undefined);
    const env = { HALO_API_KEY: "h\u00e4lo-key-1234" };
    const run = await runInProcess(vendors, ["status", "halo:1"], { homeDirectory: home, env });
    expect(run.exitCode).toBe(64);
    expect(run.stderr).toBe(
      "scanstat: halo: HALO_API_KEY holds a character an HTTP header cannot carry (U+00E4 at character 2): only printable ASCII is sent\n",
    );
    expect(halo.requests).toEqual([]);
    const listing = await runInProcess(vendors, ["vendors"], { homeDirectory: home, env });
    expect(listing.stdout).toContain("halo (Halo Security): not configured");
    expect(listing.stdout).toContain("  problem: halo: HALO_API_KEY holds a character an HTTP header cannot carry");
  });
});

describe("random vendor bodies with control characters, through the whole CLI", () => {
  const stray = (text: string) => strayControls(text);

  it("soda: state word and definition name, in plain lines, warnings, errors and --verbose traces", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (word, name) => {
        const vendors = createInProcessVendors();
        const id = vendors.simulators.soda.seedScan({ outcome: "pass", durationMs: 1000 });
        const simulator = vendors.simulators.soda;
        makeHostile(vendors, "soda", async (request, url) => {
          if (!url.pathname.endsWith(`/scans/${id}`)) return undefined;
          const body = await (await simulator.fetch(request)).json();
          return json({ ...body, state: word, scanDefinition: { id: name, name } });
        });
        const run = await runInProcess(vendors, ["status", `soda:${id}`, `soda:${id}x`, "--verbose"], {
          homeDirectory: home,
        });
        // The vendor's word is shown, escaped.
        expect(run.stdout).toContain(sanitizeTerminalText(word));
        expect(stray(run.stdout)).toEqual([]);
        expect(stray(run.stderr)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it("projectdiscovery: an error message, and halo: the in-progress status word, live-table redraws included", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const vendors = createInProcessVendors();
        makeHostile(vendors, "projectdiscovery", () => json({ message: text, error: text }, 400));
        makeHostile(vendors, "halo", (_request, url) =>
          url.pathname.endsWith("/scan/inprogress-list.json")
            ? json({ pagination: { total: 1 }, list: [{ scan_id: "h1", status_display: text, target_name: text }] })
            : undefined,
        );
        const run = await runInProcess(vendors, ["status", "pd:p1", "halo:h1"], { homeDirectory: home, isTTY: true });
        expect(run.stderr).toContain(sanitizeTerminalText(text.replace(/\s+/g, " ").trim()));
        expect(stray(run.stdout)).toEqual([]);
        expect(stray(run.stderr)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it("soda logs: every line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 5 }), async (messages) => {
        const vendors = createInProcessVendors();
        makeHostile(vendors, "soda", (_request, url) =>
          url.pathname.endsWith("/logs")
            ? json({ content: messages.map((message) => ({ message, level: message })), last: true })
            : undefined,
        );
        const run = await runInProcess(vendors, ["logs", "soda:abc"], { homeDirectory: home });
        expect(run.exitCode).toBe(0);
        expect(run.stdout.split("\n")).toHaveLength(messages.length + 1);
        expect(stray(run.stdout)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
