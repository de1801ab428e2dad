import { spawnSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, link } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsageError } from "../arguments/usage-error.js";
import { writeFileAtomically } from "./atomic-write.js";
import { checkOutputPath } from "./check-output-path.js";

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), "scanstat-atomic-"));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;

describe("writeFileAtomically", () => {
  it("replaces the file whole and leaves no temporary file", async () => {
    const path = join(directory, "report.json");
    await writeFile(path, "old");
    await writeFileAtomically(path, "[1,2,3]\n");
    expect(await readFile(path, "utf8")).toBe("[1,2,3]\n");
    expect(await readdir(directory)).toEqual(["report.json"]);
  });

  it("writes a new file", async () => {
    const path = join(directory, "new.json");
    await writeFileAtomically(path, "x\n");
    expect(await readFile(path, "utf8")).toBe("x\n");
  });

  it("keeps the replaced file's mode", async () => {
    const path = join(directory, "report.json");
    await writeFile(path, "old");
    await chmod(path, 0o600);
    await writeFileAtomically(path, "new");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await chmod(path, 0o664);
    await writeFileAtomically(path, "newer");
    expect((await stat(path)).mode & 0o777).toBe(0o664);
  });

  it("a failed write leaves nothing behind", async () => {
    const path = join(directory, "missing", "report.json");
    await expect(writeFileAtomically(path, "x")).rejects.toThrow(
      `--output ${path}: cannot write in ${join(directory, "missing")} (ENOENT)`,
    );
    expect(await readdir(directory)).toEqual([]);
  });

  it("writes through a symlink and keeps it a symlink", async () => {
    const real = join(directory, "real.json");
    const linked = join(directory, "linked.json");
    await writeFile(real, "old");
    await symlink(real, linked);
    await writeFileAtomically(linked, "through\n");
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe("through\n");
  });

  it("writes through a file with other hard links, so the links stay one file", async () => {
    const first = join(directory, "first.json");
    const second = join(directory, "second.json");
    await writeFile(first, "old");
    await link(first, second);
    await writeFileAtomically(first, "shared\n");
    expect(await readFile(second, "utf8")).toBe("shared\n");
  });

  it("writes through a FIFO to its reader and leaves it a FIFO", async () => {
    const fifo = join(directory, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const read = new Promise<string>((resolve, reject) => {
      let text = "";
      createReadStream(fifo, "utf8")
        .on("data", (chunk) => {
          text += chunk;
        })
        .on("end", () => resolve(text))
        .on("error", reject);
    });
    await writeFileAtomically(fifo, "to the reader\n");
    expect(await read).toBe("to the reader\n");
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  // CI runs as root, where a rename over /dev/null would have replaced the machine's device.
  // The test makes its own device node (the same as /dev/null) in its own folder.
  it.skipIf(!isRoot)("as root: writes through a character device and leaves it a device", async () => {
    const device = join(directory, "null");
    const made = spawnSync("mknod", [device, "c", "1", "3"]);
    if (made.status !== 0) return; // no CAP_MKNOD in this container: nothing to prove here
    await writeFileAtomically(device, "discarded\n");
    const after = await lstat(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe((await lstat("/dev/null")).rdev);
    expect(await readdir(directory)).toEqual(["null"]);
  });

  it("refuses a read-only file, even as root, and leaves it as it was", async () => {
    const path = join(directory, "locked.json");
    await writeFile(path, "keep me");
    await chmod(path, 0o444);
    await expect(writeFileAtomically(path, "new")).rejects.toThrow(
      `--output ${path} is read-only (mode 444): scanstat does not replace it; make it writable or choose another file`,
    );
    expect(await readFile(path, "utf8")).toBe("keep me");
  });
});

describe("checkOutputPath", () => {
  it("accepts a file in a writable directory", async () => {
    await expect(checkOutputPath(join(directory, "new.xml"))).resolves.toBeUndefined();
  });
  it("refuses a directory that does not exist, and a directory as the file", async () => {
    const missing = join(directory, "nope", "x.xml");
    await expect(checkOutputPath(missing)).rejects.toThrow(
      `--output ${missing}: cannot write in ${join(directory, "nope")} (ENOENT)`,
    );
    await expect(checkOutputPath(directory)).rejects.toThrow(`--output ${directory} is a directory`);
    await expect(checkOutputPath(directory)).rejects.toSatisfy((error) => UsageError.isInstance(error));
  });
  it("refuses a symlink to nothing, and accepts a character device", async () => {
    const dangling = join(directory, "dangling");
    await symlink(join(directory, "nowhere"), dangling);
    await expect(checkOutputPath(dangling)).rejects.toThrow(
      `--output ${dangling} is a symlink to a missing file (ENOENT)`,
    );
    await expect(checkOutputPath("/dev/null")).resolves.toBeUndefined();
  });
});
