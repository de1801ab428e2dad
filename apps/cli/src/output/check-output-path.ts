// Not `node:fs`: importing it as ESM reads every export, which loads its streams (~1–3 ms per run).
import { access, constants, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "../arguments/usage-error.js";

/**
 * Checks `--output FILE` before anything is sent: a trigger must not start a scan whose report
 * then cannot be written. The file itself is written at the end, whole (see writeFileAtomically).
 */
export async function checkOutputPath(path: string, option = "--output"): Promise<void> {
  const directory = dirname(resolve(path));
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new UsageError(`${option} ${path}: cannot write in ${directory} (${code})`);
  }
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`${option} ${path} is a directory`);
}
