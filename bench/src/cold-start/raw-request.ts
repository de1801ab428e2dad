import { request } from "node:http";

/**
 * One GET on a fresh connection (no keep-alive agent), timed to the last byte: what a new
 * process pays for the network part of a request on loopback.
 */
export function timeRawRequest(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const outgoing = request(
      url,
      { method: "GET", agent: false, headers: { accept: "application/json" } },
      (incoming) => {
        incoming.on("data", () => {});
        incoming.on("end", () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
      },
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}
