import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo's root, whatever the working directory. */
export const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

export function repositoryPath(...segments: string[]): string {
  return join(repositoryRoot, ...segments);
}

export const adapterVendors = ["soda", "projectdiscovery", "telmai", "halo"] as const;

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(path));
    else if (!entry.name.includes(".test.")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether `built` exists and is at least as new as every source file under `sources`. */
export function buildState(built: string, sources: readonly string[]): "missing" | "stale" | "fresh" {
  let builtAt: number;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return "missing";
  }
  const newestSource = Math.max(...sources.map((directory) => newestModification(directory)));
  return newestSource > builtAt ? "stale" : "fresh";
}
