import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { faultMatrixMarkdown } from "./fault-matrix-doc.js";

const docPath = fileURLToPath(new URL("../../../../docs/fault-matrix.md", import.meta.url));

it("docs/fault-matrix.md is the fault matrix the tests run (UPDATE_DOCS=1 rewrites it)", async () => {
  const expected = faultMatrixMarkdown();
  if (process.env.UPDATE_DOCS === "1") await writeFile(docPath, expected);
  const published = await readFile(docPath, "utf8").catch(() => "(missing)");
  expect(published, "docs/fault-matrix.md is stale: run UPDATE_DOCS=1 pnpm vitest run tests/reliability").toBe(
    expected,
  );
});
