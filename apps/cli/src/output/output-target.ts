// Not `node:fs`: importing it as ESM reads every export, which loads its streams (~1–3 ms per run).
import { access, constants, lstat, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UsageError } from "../arguments/usage-error.js";

/**
 * How `--output FILE` is written:
 * - `replace`: a temporary file beside it, then a rename (a regular file, or a new path); the
 *   file's mode (and, where the process may, its owner) is kept;
 * - `through`: opened and written in place — a character device (`/dev/null`), a FIFO, a
 *   symlink (`/dev/stdout`), or a file with other hard links. These are never replaced: a
 *   rename would turn `/dev/null` into a regular file, or cut a link.
 */
export type OutputTarget =
  | { kind: "replace"; path: string; existing?: { mode: number; uid: number; gid: number } }
  | { kind: "through"; path: string };

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "error";

async function writableDirectory(path: string, option: string): Promise<void> {
  const directory = dirname(resolve(path));
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${option} ${path}: cannot write in ${directory} (${errorCode(error)})`);
  }
}

function kindOf(stats: import("node:fs").Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

/**
 * Decides how `--output FILE` is written, or throws a UsageError (exit 64) saying why it cannot
 * be: a directory, a block device or socket, a dangling symlink, a read-only file. Checked before
 * anything is sent (a trigger must not start a scan whose report then cannot be written), and
 * again when the report is written.
 */
export async function resolveOutputTarget(path: string, option = "--output"): Promise<OutputTarget> {
  let link: import("node:fs").Stats;
  try {
    link = await lstat(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw new UsageError(`${option} ${path}: cannot read it (${errorCode(error)})`);
    await writableDirectory(path, option);
    return { kind: "replace", path };
  }
  let target = link;
  if (link.isSymbolicLink()) {
    try {
      target = await stat(path);
    } catch (error) {
      throw new UsageError(`${option} ${path} is a symlink to a missing file (${errorCode(error)})`);
    }
  }
  if (target.isCharacterDevice() || target.isFIFO()) return { kind: "through", path };
  if (!target.isFile()) throw new UsageError(`${option} ${path} is ${kindOf(target)}`);
  // As root, access() says yes to any file: a file nobody may write is still not replaced.
  const readOnly =
    (target.mode & 0o222) === 0 ||
    (await access(path, constants.W_OK).then(
      () => false,
      () => true,
    ));
  if (readOnly) {
    throw new UsageError(
      `${option} ${path} is read-only (mode ${(target.mode & 0o777).toString(8)}): scanstat does not replace it; make it writable or choose another file`,
    );
  }
  if (link.isSymbolicLink() || target.nlink > 1) return { kind: "through", path };
  await writableDirectory(path, option);
  return { kind: "replace", path, existing: { mode: target.mode & 0o7777, uid: target.uid, gid: target.gid } };
}

/** Checks `--output FILE` before anything is sent; the file itself is written at the end. */
export async function checkOutputPath(path: string, option = "--output"): Promise<void> {
  await resolveOutputTarget(path, option);
}
