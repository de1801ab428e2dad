import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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

describe("writeFileAtomically", () => {
  it("replaces the file whole and leaves no temporary file", async () => {
    const path = join(directory, "report.json");
    await writeFile(path, "old");
    await writeFileAtomically(path, "[1,2,3]\n");
    expect(await readFile(path, "utf8")).toBe("[1,2,3]\n");
    expect(await readdir(directory)).toEqual(["report.json"]);
  });

  it("a failed write leaves nothing behind", async () => {
    const path = join(directory, "missing", "report.json");
    await expect(writeFileAtomically(path, "x")).rejects.toThrow(`cannot write ${path} (ENOENT)`);
    expect(await readdir(directory)).toEqual([]);
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
    await expect(checkOutputPath(directory)).rejects.toSatisfy((error) => UsageError.isInstance(error));
  });
});
