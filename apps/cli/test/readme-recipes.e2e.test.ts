import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { baseEnvironment, builtCli, cliDirectory, requireFreshBuild, startCli } from "./run-built-cli.js";

// The READMEs' blocks fenced ```sh recipe or ```ts recipe, run as written: shell blocks with
// `scanstat` on the PATH (the built CLI), TypeScript blocks imported as modules against the
// workspace sources. Where a ts block prints `console.log(…); // → text`, the line must be `text`.
requireFreshBuild();

const repositoryRoot = join(cliDirectory, "..", "..");
const documents = ["README.md", "packages/halo/README.md"];

interface Recipe {
  document: string;
  language: "sh" | "ts";
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

function recipesOf(document: string, text: string): Recipe[] {
  const recipes: Recipe[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(sh|ts) recipe$/.exec(lines[index]!);
    if (!fence) continue;
    const end = lines.indexOf("```", index + 1);
    recipes.push({
      document,
      language: fence[1] as "sh" | "ts",
      line: index + 1,
      code: lines.slice(index + 1, end).join("\n"),
    });
    index = end;
  }
  return recipes;
}

const recipes: Recipe[] = [];
for (const document of documents) {
  recipes.push(...recipesOf(document, await readFile(join(repositoryRoot, document), "utf8")));
}

let home: string;
let shims: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-recipes-"));
  shims = join(home, "bin");
  await mkdir(shims);
  // `scanstat` on the PATH, as the README tells people to set it up.
  await writeFile(join(shims, "scanstat"), `#!/bin/sh\nexec "${process.execPath}" "${builtCli}" "$@"\n`);
  await chmod(join(shims, "scanstat"), 0o755);
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

function runShell(code: string, cwd: string): Promise<{ exitCode: number | null; output: string }> {
  const env = { ...baseEnvironment(home), PATH: `${shims}:${process.env.PATH ?? ""}` };
  const child = spawn("bash", ["-e", "-o", "pipefail", "-c", code], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), 55_000);
  return new Promise((resolve) =>
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, output });
    }),
  );
}

/** Runs a TypeScript block as a module; returns what it printed with console.log. */
async function runTypeScript(recipe: Recipe, env: Record<string, string>): Promise<string[]> {
  const directory = join(cliDirectory, "test", ".recipes");
  await mkdir(directory, { recursive: true });
  const file = join(directory, `${recipe.document.replace(/\W/g, "-")}-${recipe.line}.ts`);
  await writeFile(file, recipe.code);
  const logged: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    logged.push(parts.map(String).join(" "));
  });
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await import(/* @vite-ignore */ `${file}?line=${recipe.line}`);
  } finally {
    log.mockRestore();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(file, { force: true });
  }
  return logged;
}

describe("README recipes, run as written", () => {
  it("finds the recipes (the fences were not renamed away)", () => {
    expect(recipes.filter((recipe) => recipe.language === "sh").length).toBeGreaterThanOrEqual(3);
    expect(recipes.filter((recipe) => recipe.language === "ts").length).toBeGreaterThanOrEqual(2);
  });

  for (const recipe of recipes.filter((candidate) => candidate.language === "sh")) {
    it(`${recipe.document}:${recipe.line} (sh)`, { timeout: 60_000 }, async () => {
      // `pnpm scanstat` is a script of the repository's root: it runs there; the rest in a scratch directory.
      const cwd = /\bpnpm\b/.test(recipe.code) ? repositoryRoot : await mkdtemp(join(home, "run-"));
      const result = await runShell(recipe.code, cwd);
      expect(result.output).not.toMatch(/command not found|No such file/);
      expect(result.exitCode, result.output).toBe(0);
    });
  }

  it("ts recipes: each runs, and prints what its `// →` comments say", { timeout: 60_000 }, async () => {
    // A sandbox for the blocks that read HALO_BASE_URL and friends from the environment.
    const envFile = join(home, "recipes-sandbox.env");
    const sandbox = startCli(["sandbox", "--port", "0", "--export-file", envFile, "--quiet"], baseEnvironment(home));
    try {
      let text = "";
      for (let attempt = 0; attempt < 200 && !text; attempt++) {
        text = await readFile(envFile, "utf8").catch(() => "");
        if (!text) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const env = Object.fromEntries(
        text
          .trim()
          .split("\n")
          .map((line) => /^export ([A-Z_]+)=(.*)$/.exec(line)!.slice(1, 3) as [string, string]),
      );
      for (const recipe of recipes.filter((candidate) => candidate.language === "ts")) {
        const expected = [...recipe.code.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((match) => match[1]);
        const logged = await runTypeScript(recipe, env);
        if (expected.length > 0) expect(logged, `${recipe.document}:${recipe.line}`).toEqual(expected);
        else expect(logged.length, `${recipe.document}:${recipe.line}`).toBeGreaterThan(0);
      }
    } finally {
      sandbox.child.kill("SIGTERM");
      await sandbox.done;
    }
  });
});
