import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { constants, createBrotliCompress, gzip } from "node:zlib";
import { promisify } from "node:util";
import { buildState, repositoryPath } from "../measure/repository.js";
import { runProcess } from "../measure/run-process.js";
import type { Figure, Suite, SuiteResult } from "../report/figure.js";
import { formatQuantity } from "../report/format-figures.js";

const cliPath = repositoryPath("apps", "cli", "dist", "scanstat.js");
const budgetBytes = 400 * 1024 * 1024;
const mebibyte = 1024 * 1024;

/**
 * A gzip answer of about 4 MB that inflates to `gibibytes` GiB of zeros: one 64 MiB member,
 * repeated (gzip readers take concatenated members as one stream), so it is built in a second.
 */
async function gzipBomb(gibibytes: number): Promise<Buffer> {
  const member = await promisify(gzip)(Buffer.alloc(64 * mebibyte), { level: 9 });
  return Buffer.concat(Array.from({ length: gibibytes * 16 }, () => member));
}

/** A brotli answer of a few KB that inflates to `gibibytes` GiB of zeros. */
async function brotliBomb(gibibytes: number): Promise<Buffer> {
  const zeros = Buffer.alloc(64 * mebibyte);
  const stream = createBrotliCompress({
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  });
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (let index = 0; index < gibibytes * 16; index++) {
    if (!stream.write(zeros)) await new Promise((resolve) => stream.once("drain", resolve));
  }
  stream.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Answers every request with the bomb, as a vendor's JSON. */
async function serveBomb(body: Buffer, encoding: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * `scanstat status` against a vendor that answers with a decompression bomb: the CLI must stop
 * at its 32 MiB cap (counted after decompression) with exit 4 and stay under 400 MB of memory.
 */
export const decompressionBombSuite: Suite = {
  goal: "bounded bodies",
  name: "bomb",
  async run({ quick, log }): Promise<SuiteResult> {
    const figures: Figure[] = [];
    const details: string[] = [];
    if (buildState(cliPath, [repositoryPath("apps", "cli", "src"), repositoryPath("packages")]) === "missing") {
      return { figures, details: ["apps/cli/dist/scanstat.js is missing: run `pnpm --filter scanstat build`"] };
    }
    const gibibytes = quick ? 1 : 4;
    const bombs: Array<[string, string, Buffer]> = [
      ["gzip", "gzip", await gzipBomb(gibibytes)],
      ["brotli", "br", await brotliBomb(gibibytes)],
    ];
    for (const [name, encoding, body] of bombs) {
      log(`bounded bodies: a ${name} bomb (${formatQuantity(body.length / 1024, "KB")} → ${gibibytes} GiB)`);
      const { url, server } = await serveBomb(body, encoding);
      try {
        const env = {
          PATH: process.env.PATH ?? "",
          HOME: repositoryPath("bench"),
          NO_COLOR: "1",
          SODA_BASE_URL: url,
          SODA_API_KEY_ID: "bench-key",
          SODA_API_KEY_SECRET: "bench-secret",
        };
        const run = await runProcess(
          process.execPath,
          [cliPath, "status", "soda:4651ba64-7a2e-4b8e-9a57-0c9b1d2e3f40"],
          { env, measureRss: "time", timeoutMs: 120_000 },
        );
        const peak = run.peakRssBytes ?? Number.NaN;
        figures.push({
          goal: "bounded bodies",
          subject: `${name} bomb, ${formatQuantity(body.length / 1024, "KB")} → ${gibibytes} GiB: peak RSS`,
          measured: { value: peak / mebibyte, unit: "MB" },
          baseline: { label: "budget", value: budgetBytes / mebibyte, unit: "MB" },
          // Not met unless the CLI also ended as it must: exit 4.
          ratio: run.exitCode === 4 ? peak / budgetBytes : Number.NaN,
          direction: "at-most",
          limit: 1,
          note: "ratio = peak RSS ÷ 400 MB; counted only when the CLI exits 4",
        });
        details.push(
          `${name} bomb: exit ${run.exitCode} in ${formatQuantity(run.wallMs, "ms")}; said "${run.stderr.trim().split("\n").at(-1)}"`,
        );
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
    return { figures, details };
  },
};
