import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback, type VendorSimulator } from "@scanstat/core/testing";
import { createHaloSimulator } from "@scanstat/halo/testing";
import { createProjectDiscoverySimulator } from "@scanstat/projectdiscovery/testing";
import { createSodaSimulator } from "@scanstat/soda/testing";
import { createTelmaiSimulator } from "@scanstat/telmai/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The committed bundle, run as GitHub runs a node20 action: `node action/dist/index.mjs` with the
// inputs as INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
const bundle = fileURLToPath(new URL("../dist/index.mjs", import.meta.url));

let server: LoopbackServer;
let simulators: Record<"soda" | "projectdiscovery" | "telmai" | "halo", VendorSimulator>;
let directory: string;
let vendorEnv: Record<string, string>;
let run = 0;

interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT's `name<<DELIMITER` … `DELIMITER` blocks, as the runner reads them. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!header) continue;
    const end = lines.indexOf(header[2]!, index + 1);
    outputs[header[1]!] = lines.slice(index + 1, end).join("\n");
    index = end;
  }
  return outputs;
}

async function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  run++;
  const outputPath = join(directory, `output-${run}`);
  const summaryPath = join(directory, `summary-${run}.md`);
  await writeFile(outputPath, "");
  await writeFile(summaryPath, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: directory,
    XDG_CONFIG_HOME: join(directory, ".config"),
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    ...vendorEnv,
    ...extraEnv,
  };
  // GitHub's naming: INPUT_ + the name upper-cased, dashes kept (INPUT_FAIL-ON).
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [bundle], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputPath, "utf8")),
    summary: await readFile(summaryPath, "utf8"),
  };
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "scanstat-action-"));
  const clock = systemClock;
  const quick = { clock, durationMs: 600, queuedMs: 0 };
  simulators = {
    soda: createSodaSimulator({ ...quick, outcomes: ["pass"] }),
    projectdiscovery: createProjectDiscoverySimulator({ ...quick, outcomes: ["fail"] }),
    telmai: createTelmaiSimulator({ ...quick, outcomes: ["pass"] }),
    halo: createHaloSimulator({ ...quick, outcomes: ["fail"] }),
  };
  server = await serveOnLoopback(
    Object.entries(simulators).map(([vendor, simulator]) => ({ prefix: `/${vendor}`, simulator })),
    { port: 0 },
  );
  vendorEnv = {};
  for (const [vendor, simulator] of Object.entries(simulators))
    Object.assign(vendorEnv, simulator.sandboxEnvironment(`${server.url}/${vendor}`));
});

afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

describe("the GitHub Action, run as GitHub runs it", () => {
  it("pass: watch a Soda scan; outputs, summary and exit 0", async () => {
    const id = simulators.soda.seedScan({ outcome: "pass", durationMs: 300, queuedMs: 0 });
    const result = await runAction({ command: "watch", refs: `soda:${id}`, interval: "0.2" });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe("pass");
    expect(result.outputs["exit-code"]).toBe("0");
    expect(result.outputs.refs).toBe(`soda:${id}`);
    const [scan] = JSON.parse(result.outputs.report!);
    expect(scan).toMatchObject({ ref: { vendor: "soda", id }, state: "completed", result: { verdict: "pass" } });
    expect(scan).not.toHaveProperty("raw");
    expect(result.summary).toContain("### scanstat watch: 1 scan, exit 0\n");
    expect(result.summary).toContain(`| soda:${id} | completed | pass |`);
    expect(result.stdout).not.toContain("::error");
  });

  it("fail: trigger halo with wait and fail-on (INPUT_FAIL-ON); step fails with exit 2 and an annotation", async () => {
    const result = await runAction({
      command: "trigger",
      vendor: "halo",
      "target-id": "2",
      wait: "true",
      "fail-on": "high",
      interval: "0.2",
    });
    expect(result.exitCode).toBe(2);
    expect(result.outputs.verdict).toBe("fail");
    expect(result.outputs["exit-code"]).toBe("2");
    expect(result.outputs.refs).toMatch(/^halo:\S+$/);
    expect(result.summary).toContain("### scanstat trigger: 1 scan, exit 2\n");
    expect(result.summary).toMatch(new RegExp(`\\| ${result.outputs.refs} \\| completed[^|]* \\| fail \\|`));
    expect(result.stdout).toContain("::error title=scanstat::scanstat trigger exited 2: worst verdict fail\n");
  });

  it("trigger without wait: the new ref in the outputs and the summary, exit 0", async () => {
    const result = await runAction({ command: "trigger", vendor: "soda", definition: "orders_checks" });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.refs).toMatch(/^soda:\S+$/);
    expect(result.outputs.verdict).toBe("none");
    expect(result.summary).toContain(`| ${result.outputs.refs} | not read |`);
  });

  it("format and output: the report file in the chosen format beside the outputs", async () => {
    const id = simulators.soda.seedScan({ outcome: "pass", durationMs: 1, queuedMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const file = join(directory, "scans.xml");
    const result = await runAction({ command: "status", refs: `soda:${id}`, format: "junit", output: file });
    expect(result.exitCode).toBe(0);
    expect(await readFile(file, "utf8")).toContain("<testsuites");
    expect(result.outputs.verdict).toBe("pass");
  });

  it("bad inputs: exit 64, an error annotation, exit-code output", async () => {
    const bogus = await runAction({ command: "deploy" });
    expect(bogus.exitCode).toBe(64);
    expect(bogus.stdout).toContain("::error title=scanstat::input command must be one of status, watch, trigger");
    expect(bogus.outputs["exit-code"]).toBe("64");
    const noRefs = await runAction({ command: "status" });
    expect(noRefs.exitCode).toBe(64);
    const badBoolean = await runAction({ command: "trigger", vendor: "soda", wait: "yes" });
    expect(badBoolean.stdout).toContain("input wait must be true or false");
  });

  it("missing credentials: exit 64, nothing sent", async () => {
    const result = await runAction({ command: "status", refs: "halo:1" }, { HALO_API_KEY: "" });
    expect(result.exitCode).toBe(64);
    expect(result.stderr).toContain("HALO_API_KEY");
    expect(result.outputs["exit-code"]).toBe("64");
  });
});
