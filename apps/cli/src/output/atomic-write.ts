import { chmod, chown, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../arguments/usage-error.js";
import { resolveOutputTarget } from "./output-target.js";

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Writes a report to `--output FILE`. A regular file (or a new path) is written whole or not at
 * all: a temporary file beside it, then a rename (atomic on one file system), with the old
 * file's mode and owner. A device, FIFO, symlink or hard-linked file is written in place, never
 * replaced (see resolveOutputTarget). A failure is a UsageError (exit 64): the report the
 * command line asked for cannot be written.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const target = await resolveOutputTarget(path);
  if (target.kind === "through") {
    try {
      // The path exists (a device, a FIFO, a link's target): opened for writing, as a shell's `>` would.
      await writeFile(path, text, { encoding: "utf8", flag: "w" });
      return;
    } catch (error) {
      throw new UsageError(`cannot write ${path} (${errorCode(error)})`);
    }
  }
  // Loaded here, not at start-up: only `--output` writes a file, and node:crypto costs every run ~3 ms.
  const { randomBytes } = await import("node:crypto");
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const existing = target.existing;
  try {
    // `wx`: never follow or reuse a path someone placed there.
    await writeFile(temporary, text, { encoding: "utf8", mode: existing?.mode ?? 0o644, flag: "wx" });
    if (existing) {
      // The umask narrowed the mode at creation; set it exactly. The owner is kept where the process may.
      await chmod(temporary, existing.mode);
      if (process.getuid?.() === 0) await chown(temporary, existing.uid, existing.gid).catch(() => undefined);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    // One line, like every other error (a full disk is not a bug of scanstat's).
    throw new UsageError(`cannot write ${path} (${errorCode(error)})`);
  }
}
