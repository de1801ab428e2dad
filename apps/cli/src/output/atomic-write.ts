import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../arguments/usage-error.js";

/**
 * Writes the whole file or nothing: a temporary file beside the target, then a rename (atomic
 * on one file system). An interrupt at any moment leaves the old file or the new one, never half.
 * A failure is a UsageError (exit 64): the report the command line asked for cannot be written.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  // Loaded here, not at start-up: only `--output` writes a file, and node:crypto costs every run ~3 ms.
  const { randomBytes } = await import("node:crypto");
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: "utf8", mode: 0o644 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // One line, like every other error (a full disk is not a bug of scanstat's).
    throw new UsageError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
