import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import {
  createProjectDiscoverySimulator,
  type ProjectDiscoverySimulator,
  type SeedProjectDiscoveryScanOptions,
} from "@scanstat/projectdiscovery/testing";
import { createSodaSimulator, type SodaSimulator } from "@scanstat/soda/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnvironment, type CliResult, requireFreshBuild, runCli } from "./run-built-cli.js";

requireFreshBuild();

/** Scans that end at once: these tests are about how an ended scan is judged. */
const quick = { durationMs: 1, queuedMs: 0 };
let server: LoopbackServer;
let projectDiscovery: ProjectDiscoverySimulator;
let soda: SodaSimulator;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-verdicts-e2e-"));
  projectDiscovery = createProjectDiscoverySimulator({ clock: systemClock, ...quick });
  soda = createSodaSimulator({ clock: systemClock, ...quick });
  server = await serveOnLoopback(
    [
      { prefix: "/projectdiscovery", simulator: projectDiscovery },
      { prefix: "/soda", simulator: soda },
    ],
    { port: 0 },
  );
  env = {
    ...baseEnvironment(home),
    ...projectDiscovery.sandboxEnvironment(`${server.url}/projectdiscovery`),
    ...soda.sandboxEnvironment(`${server.url}/soda`),
  };
});

afterAll(async () => {
  await server?.close();
  await rm(home, { recursive: true, force: true });
});

async function seeded(options: SeedProjectDiscoveryScanOptions): Promise<string> {
  const id = projectDiscovery.seedScan({ ...quick, ...options });
  await new Promise((resolve) => setTimeout(resolve, 20));
  return id;
}

const status = (args: string[]): Promise<CliResult> => runCli(["status", ...args], env);

describe("projectdiscovery: no drifted body reads as pass", () => {
  // [case, seed options, exit code, the verdict as the plain line shows it]
  const cases: Array<[string, SeedProjectDiscoveryScanOptions, number, string]> = [
    ["string counts with a critical", { outcome: "fail", countsAs: "strings" }, 2, "fail"],
    [
      "a total above the breakdown",
      { reportedFindings: { severity: { low: 1 }, total_result: 7 } },
      1,
      "warn (partial evidence)",
    ],
    ["a total with an empty breakdown", { reportedFindings: { severity: {}, total_result: 7 } }, 1, "warn"],
    [
      "a fractional count",
      { reportedFindings: { severity: { high: 0.5, low: 1 }, total_result: 1 } },
      1,
      "warn (partial evidence)",
    ],
    [
      "a negative count",
      { reportedFindings: { severity: { critical: -1, info: 2 }, total_result: 2 } },
      1,
      "warn (partial evidence)",
    ],
    [
      "a word for a count",
      { reportedFindings: { severity: { high: "abc" }, total_result: 0 } },
      1,
      "warn (partial evidence)",
    ],
    ["nothing about findings", { reportedFindings: { severity: undefined, total_result: undefined } }, 3, "no verdict"],
  ];
  for (const [name, options, exitCode, verdict] of cases) {
    it(`${name}: exit ${exitCode}, "${verdict}"`, async () => {
      const id = await seeded(options);
      const result = await status([`pd:${id}`]);
      expect(result.exitCode).toBe(exitCode);
      expect(result.stdout).toMatch(
        new RegExp(`^projectdiscovery:${id} completed \\(finished\\) ${verdict.replace(/[()]/g, "\\$&")}( |\\n)`),
      );
    });
  }

  it("--ok-on-warn does not clear a warn on partial evidence; --fail-on-unknown fails unknown severities", async () => {
    const partial = await seeded({ reportedFindings: { severity: { low: 1 }, total_result: 7 } });
    const totalOnly = await seeded({ reportedFindings: { severity: {}, total_result: 7 } });
    const [okOnWarnPartial, okOnWarnTotalOnly, failOnUnknown] = await Promise.all([
      status([`pd:${partial}`, "--ok-on-warn"]),
      status([`pd:${totalOnly}`, "--ok-on-warn"]),
      status([`pd:${totalOnly}`, "--fail-on-unknown"]),
    ]);
    expect(okOnWarnPartial.exitCode).toBe(1);
    expect(okOnWarnTotalOnly.exitCode).toBe(0);
    expect(failOnUnknown.exitCode).toBe(2);
    expect(failOnUnknown.stdout).toContain(" fail C0 H0 M0 L0 I0 ?7");
  });

  it("JSON shows the evidence; JUnit and the failed scan's reason say why there is no verdict", async () => {
    const partial = await seeded({ reportedFindings: { severity: { low: 1 }, total_result: 7 } });
    const silent = await seeded({ reportedFindings: { severity: undefined, total_result: undefined } });
    const failed = await seeded({ outcome: "failed", failureReason: "Network timeout connecting to target hosts" });
    const [json, junit, plain] = await Promise.all([
      status([`pd:${partial}`, `pd:${silent}`, "--json"]),
      status([`pd:${silent}`, `pd:${failed}`, "--format", "junit"]),
      status([`pd:${failed}`]),
    ]);
    expect(json.exitCode).toBe(3);
    const [first, second] = JSON.parse(json.stdout);
    expect(first.result).toMatchObject({
      verdict: "warn",
      evidence: {
        sources: ["severity-counts"],
        complete: false,
        gaps: ["total_result 7 is above the severity counts' sum 1: 6 of unknown severity"],
      },
    });
    expect(second.result).toEqual({
      evidence: { sources: [], complete: false, gaps: ["no readable severity count or total_result"] },
    });
    expect(junit.exitCode).toBe(3);
    expect(junit.stdout).toContain(
      `<error message="scan ended without a verdict: completed (finished): no readable severity count or total_result" type="no-verdict"/>`,
    );
    expect(junit.stdout).toContain(
      `<error message="scan ended without a verdict: failed: Network timeout connecting to target hosts" type="failed"/>`,
    );
    expect(plain.exitCode).toBe(3);
    expect(plain.stdout).toMatch(
      new RegExp(`^projectdiscovery:${failed} failed .*— Network timeout connecting to target hosts\\n$`),
    );
  });

  it("watch: the summary line counts scans without a verdict", async () => {
    const silent = await seeded({ reportedFindings: { severity: undefined, total_result: undefined } });
    const partial = await seeded({ reportedFindings: { severity: { low: 1 }, total_result: 7 } });
    const result = await runCli(["watch", `pd:${silent}`, `pd:${partial}`, "--interval", "0.2"], env);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe("scanstat: 2 scans: 1 warn (partial evidence), 1 no verdict; exit 3\n");
  });
});

describe("soda: the checks are read beside the state word", () => {
  it("completed with a failed check fails (2); completedWithWarnings with no warned check stays warn on partial evidence", async () => {
    const hidden = soda.seedScan({ outcome: "pass", ...quick });
    const unbacked = soda.seedScan({ outcome: "warn", ...quick });
    await new Promise((resolve) => setTimeout(resolve, 20));
    soda.faults.add(
      {
        type: "transform",
        transform: (body) => ({
          ...(body as object),
          checks: [{ evaluationStatus: "pass" }, { evaluationStatus: "fail" }],
        }),
      },
      { operation: "getScanStatus" },
    );
    const failed = await status([`soda:${hidden}`]);
    soda.faults.add(
      {
        type: "transform",
        transform: (body) => ({ ...(body as object), checks: [{ evaluationStatus: "pass" }], warnings: 0 }),
      },
      { operation: "getScanStatus" },
    );
    const warned = await status([`soda:${unbacked}`]);
    expect(failed.exitCode).toBe(2);
    expect(failed.stdout).toContain(`soda:${hidden} completed fail (partial evidence) checks 1 passed, 1 failed`);
    expect(warned.exitCode).toBe(1);
    expect(warned.stdout).toContain(`soda:${unbacked} completed (completedWithWarnings) warn (partial evidence)`);
  });
});
