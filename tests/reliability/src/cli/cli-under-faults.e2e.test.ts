import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Fault, VendorSimulator } from "@scanstat/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtCli, type CliRun, startCli } from "../harness/built-cli.js";
import { secretsIn } from "../harness/find-secrets.js";
import { type ServedVendors, serveVendors } from "../harness/loopback-vendors.js";
import { until } from "../harness/settle.js";
import { allSecrets, secretsOf, type TestedVendor, vendorKits, vendors } from "../harness/vendor-kits.js";

const tenMinutes = 600_000;
let served: ServedVendors;

beforeAll(async () => {
  await builtCli();
  served = await serveVendors({ durationMs: tenMinutes, queuedMs: 0 });
}, 60_000);

afterAll(async () => {
  await served?.close();
});

const simulatorOf = (vendor: TestedVendor): VendorSimulator => served.simulators.get(vendor)!;

const triggerArguments: Readonly<Record<TestedVendor, readonly string[]>> = {
  soda: ["--definition", "orders_checks"],
  projectdiscovery: ["--target", "scanme.example.com"],
  halo: ["--target-id", "1"],
  telmai: [],
};

/** A vendor that echoes every credential it was sent (raw, Basic's base64, bearer) in every field it writes. */
function echoFor(vendor: TestedVendor): string {
  const secrets = secretsOf[vendor];
  return `you sent ${secrets.join(" and ")} (Authorization: Basic ${secrets.at(-1)}; Bearer ${secrets[0]})`;
}

function echoingError(vendor: TestedVendor, status: number): Fault {
  const echo = echoFor(vendor);
  const bodies: Record<TestedVendor, unknown> = {
    soda: { code: echo, message: echo },
    halo: { code: echo, message: echo },
    projectdiscovery: { message: echo, kind: echo, code: echo, error: echo, error_id: echo, param: echo },
    telmai: {
      data: null,
      error: { code: echo, message: echo, details: { permission: echo } },
      meta: { requestId: echo },
    },
  };
  return { type: "status", status, body: bodies[vendor], headers: { "x-request-id": echo } };
}

/** What an interrupted atomic write would leave behind: its temporary file. */
async function temporaryFiles(): Promise<string[]> {
  return (await readdir(served.directory)).filter((name) => name.endsWith(".tmp"));
}

describe("the CLI under faults: no credential in any output, any format, --verbose included", () => {
  it.concurrent.each(vendors)("%s", async (vendor) => {
    const simulator = simulatorOf(vendor);
    const kit = vendorKits[vendor];
    const id = simulator.seedScan({ durationMs: tenMinutes, queuedMs: 0 });
    const ref = `${vendor}:${id}`;
    const report = join(served.directory, `${vendor}-report.xml`);
    const shown: string[] = [];
    const run = async (args: string[]) => {
      const result = await (await startCli(args, served.env)).done;
      shown.push(result.stdout, result.stderr);
      return result;
    };

    // Errors that quote the credential, in a JUnit report written to a file.
    // Telmai falls back to the execution's status when the assets answer 403: refuse both.
    for (const operation of vendor === "telmai" ? [kit.readOperation, "getScanStatus"] : [kit.readOperation]) {
      simulator.faults.add(echoingError(vendor, 403), { operation, times: Number.POSITIVE_INFINITY });
    }
    expect((await run(["status", ref, "--verbose", "--format", "junit", "--output", report])).exitCode).toBe(4);
    shown.push(await readFile(report, "utf8"));
    simulator.faults.clear();

    // A vendor that answers with the credential as its status word: in the JSON (raw included).
    simulator.faults.add(
      { type: "transform", transform: (body) => kit.drift.statusWord(body, echoFor(vendor)) },
      { operation: kit.readOperation, times: Number.POSITIVE_INFINITY },
    );
    if (vendor === "telmai") {
      // Runs with a word it does not know send the adapter to the execution's status: drift that too.
      simulator.faults.add(
        {
          type: "transform",
          transform: (body) => ({
            ...(body as object),
            data: { ...(body as { data: object }).data, status: echoFor(vendor) },
          }),
        },
        { operation: "getScanStatus", times: Number.POSITIVE_INFINITY },
      );
    }
    const json = await run(["status", ref, "--format", "json", "--verbose"]);
    expect(json.exitCode).toBe(5);
    expect(json.stdout).toContain("***");
    simulator.faults.clear();

    // Half the answers fail quoting the credential, while the watch streams ndjson.
    simulator.faults.random({
      rate: 0.5,
      faults: [echoingError(vendor, 500), echoingError(vendor, 429), { type: "html", status: 502 }],
    });
    const watched = await run(["watch", ref, "--format", "ndjson", "--verbose", "--timeout", "2"]);
    expect([4, 5]).toContain(watched.exitCode);
    simulator.faults.clear();

    // A trigger answered 500 after the vendor acted: the hint, and still no credential.
    simulator.faults.add(echoingError(vendor, 500), { operation: kit.triggerOperation, afterHandling: true });
    const triggered = await run(["trigger", vendor, ...triggerArguments[vendor], "--verbose"]);
    expect(triggered.exitCode).toBe(4);
    expect(triggered.stderr).toMatch(/may have (started|been)/);
    simulator.faults.clear();

    expect(secretsIn(shown.join("\n"), allSecrets)).toEqual([]);
  });
});

/** Waits until the CLI has read the scan at least once: it is watching. */
async function untilWatching(simulator: VendorSimulator, operation: string, from: number): Promise<void> {
  await until(() => simulator.count(operation) > from, 10_000);
}

async function interrupt(run: CliRun, signal: "SIGINT" | "SIGTERM") {
  run.child.kill(signal);
  return run.done;
}

describe("interrupts: refs printed, exit 130 / 143, no half-written --output file", () => {
  it("watch, SIGINT, --format json --output: exit 130, both refs in the report, the file whole", async () => {
    const soda = simulatorOf("soda");
    const projectdiscovery = simulatorOf("projectdiscovery");
    const refs = [
      `soda:${soda.seedScan({ durationMs: tenMinutes, queuedMs: 0 })}`,
      `projectdiscovery:${projectdiscovery.seedScan({ durationMs: tenMinutes, queuedMs: 0 })}`,
    ];
    const output = join(served.directory, "watch.json");
    const before = [
      soda.count("getScanStatus"),
      projectdiscovery.count("getScan") + projectdiscovery.count("listScans"),
    ];
    const run = await startCli(["watch", ...refs, "--format", "json", "--output", output], served.env);
    await until(
      () =>
        soda.count("getScanStatus") > before[0]! &&
        projectdiscovery.count("getScan") + projectdiscovery.count("listScans") > before[1]!,
      10_000,
    );
    const result = await interrupt(run, "SIGINT");
    expect(result.exitCode).toBe(130);
    const written = await readFile(output, "utf8");
    const report = JSON.parse(written) as Array<{ ref: { vendor: string; id: string } | string }>;
    expect(
      report.map((entry) => (typeof entry.ref === "string" ? entry.ref : `${entry.ref.vendor}:${entry.ref.id}`)),
    ).toEqual(refs);
    expect(await temporaryFiles()).toEqual([]);
  });

  it("watch, SIGTERM, --format junit --output: exit 143, the file whole", async () => {
    const halo = simulatorOf("halo");
    const ref = `halo:${halo.seedScan({ durationMs: tenMinutes, queuedMs: 0 })}`;
    const output = join(served.directory, "watch.xml");
    const before = halo.count("listInProgressScans");
    const run = await startCli(["watch", ref, "--format", "junit", "--output", output], served.env);
    await untilWatching(halo, "listInProgressScans", before);
    const result = await interrupt(run, "SIGTERM");
    expect(result.exitCode).toBe(143);
    const written = await readFile(output, "utf8");
    expect(written.trimEnd().endsWith("</testsuites>")).toBe(true);
    expect(written).toContain(ref);
    expect(await temporaryFiles()).toEqual([]);
  });

  it("trigger --wait, SIGINT: exit 130, the new scan's ref on stdout", async () => {
    const soda = simulatorOf("soda");
    const triggered = soda.triggeredScans;
    const before = soda.count("getScanStatus");
    const run = await startCli(["trigger", "soda", ...triggerArguments.soda, "--wait"], served.env);
    await untilWatching(soda, "getScanStatus", before);
    const result = await interrupt(run, "SIGINT");
    expect(result.exitCode).toBe(130);
    expect(soda.triggeredScans).toBe(triggered + 1);
    const started = /soda:(\S+)/.exec(result.stdout)?.[1];
    expect(started && (soda as unknown as { scanState(id: string): string | undefined }).scanState(started)).toBe(
      "executing",
    );
  });

  it("trigger --wait, SIGTERM, --format ndjson --output: exit 143, the ref printed, the file whole", async () => {
    const telmai = simulatorOf("telmai");
    const triggered = telmai.triggeredScans;
    const before = telmai.count("getAssetsScanStatus");
    const output = join(served.directory, "trigger.ndjson");
    const run = await startCli(["trigger", "telmai", "--wait", "--format", "ndjson", "--output", output], served.env);
    await untilWatching(telmai, "getAssetsScanStatus", before);
    const result = await interrupt(run, "SIGTERM");
    expect(result.exitCode).toBe(143);
    expect(telmai.triggeredScans).toBe(triggered + 1);
    const written = await readFile(output, "utf8");
    const events = written
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const ref = /telmai:[\w-]+/.exec(`${result.stdout}\n${written}`)?.[0];
    expect(ref).toMatch(/^telmai:aca-exec-\d+$/);
    expect(JSON.stringify(events)).toContain(ref);
    expect(await temporaryFiles()).toEqual([]);
  });
});
