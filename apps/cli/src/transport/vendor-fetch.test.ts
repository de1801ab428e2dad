import {
  ConfigError,
  createHttpClient,
  createSlidingWindowLimiter,
  type HttpClient,
  NetworkError,
  ScanstatError,
  systemClock,
} from "@scanstat/core";
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, type LoopbackServer, startLoopbackServer } from "./__fixtures__/loopback-server.js";
import { lazyNodeHttpFetch, vendorFetch } from "./vendor-fetch.js";

describe("vendorFetch", () => {
  it("is scanstat's node:http fetch unless SCANSTAT_FETCH=builtin (then core uses Node's)", () => {
    expect(vendorFetch({})).toBe(lazyNodeHttpFetch);
    expect(vendorFetch({ SCANSTAT_FETCH: "" })).toBe(lazyNodeHttpFetch);
    expect(vendorFetch({ SCANSTAT_FETCH: "node-http" })).toBe(lazyNodeHttpFetch);
    expect(vendorFetch({ SCANSTAT_FETCH: " builtin " })).toBeUndefined();
  });

  it("any other value is a one-line ConfigError", () => {
    expect(() => vendorFetch({ SCANSTAT_FETCH: "curl" })).toThrow(ConfigError);
    expect(() => vendorFetch({ SCANSTAT_FETCH: "curl" })).toThrow(
      'SCANSTAT_FETCH: "curl" is not a transport; use node-http (the default) or builtin',
    );
  });
});

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});

/** Core's client as an adapter builds it, on one transport or the other; no retries, so each fault shows. */
function client(fetch: typeof globalThis.fetch, baseUrl = `${server.origin}/api`): HttpClient {
  return createHttpClient({
    vendor: "soda",
    baseUrl,
    fetch,
    // A budget of its own: the shared one would pace this file's requests.
    limiter: createSlidingWindowLimiter(systemClock),
    requestTimeoutMs: 300,
    retry: { maxAttempts: 1 },
    parseErrorBody: (body) => body as { message?: string },
  });
}

/** What core made of a request: the data, or the error's class, message and flags. */
async function outcome(
  fetch: typeof globalThis.fetch,
  request: Parameters<HttpClient["request"]>[0],
  baseUrl?: string,
): Promise<unknown> {
  try {
    const response = await client(fetch, baseUrl).request(request);
    return { data: response.data, status: response.status, poll: response.headers.get("x-soda-next-poll-time") };
  } catch (error) {
    if (!ScanstatError.isInstance(error)) throw error;
    return {
      error: error.name,
      code: error.code,
      message: error.message,
      requestSent: NetworkError.isInstance(error) ? error.requestSent : undefined,
      mayHaveActed: error.mayHaveActed,
    };
  }
}

const read = { operation: "getScanStatus", method: "GET", path: "/scans/42", idempotent: true } as const;
const trigger = {
  operation: "triggerScan",
  method: "POST",
  path: "/scans",
  json: { definition: "orders_checks" },
  idempotent: false,
} as const;

/** The same request through Node's fetch and through scanstat's: core must make the same of both. */
async function bothTransports(request: Parameters<HttpClient["request"]>[0], baseUrl?: string) {
  const builtin = await outcome(globalThis.fetch, request, baseUrl);
  const ours = await outcome(lazyNodeHttpFetch, request, baseUrl);
  return { builtin, ours };
}

describe("core's HTTP client makes the same of scanstat's fetch as of Node's", () => {
  it("a 200: data and headers", async () => {
    server.answer((_request, response) =>
      response
        .writeHead(200, { "content-type": "application/json", "X-Soda-Next-Poll-Time": "2026-11-23T10:00:05Z" })
        .end('{"scanStatus":"running"}'),
    );
    const { builtin, ours } = await bothTransports(read);
    expect(ours).toEqual({
      data: { scanStatus: "running" },
      status: 200,
      poll: "2026-11-23T10:00:05Z",
    });
    expect(ours).toEqual(builtin);
  });

  it("a 404 with the vendor's error body", async () => {
    server.answer((_request, response) =>
      response.writeHead(404, { "content-type": "application/json" }).end('{"message":"scan 42 not found"}'),
    );
    const { builtin, ours } = await bothTransports(read);
    expect(ours).toMatchObject({ error: "NotFoundError", message: "soda getScanStatus: HTTP 404: scan 42 not found" });
    expect(ours).toEqual(builtin);
  });

  it("a proxy's HTML page on a 200", async () => {
    server.answer((_request, response) =>
      response.writeHead(200, { "content-type": "text/html" }).end("<html>gateway</html>"),
    );
    const { builtin, ours } = await bothTransports(read);
    expect(ours).toMatchObject({
      error: "VendorResponseError",
      message: "soda getScanStatus: expected JSON, got an HTML page",
    });
    expect(ours).toEqual(builtin);
  });

  it("a refused connection: NetworkError, provably not sent, so even a trigger may be repeated", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const { builtin, ours } = await bothTransports(trigger, baseUrl);
    expect(ours).toMatchObject({ error: "NetworkError", requestSent: false, mayHaveActed: false });
    expect(ours).toEqual(builtin);
  });

  it("no answer in time: TimeoutError; a trigger may have acted", async () => {
    const held: ServerResponse[] = [];
    server.answer((_request, response) => held.push(response));
    const { builtin, ours } = await bothTransports(trigger);
    // Answered late, so that no connection stays busy for the next test.
    for (const response of held) response.end();
    expect(ours).toMatchObject({ error: "TimeoutError", mayHaveActed: true });
    expect(ours).toEqual(builtin);
  });

  it("a body that stalls: TimeoutError while reading", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write("{");
    });
    const { builtin, ours } = await bothTransports(read);
    expect(ours).toMatchObject({
      error: "TimeoutError",
      message: "soda getScanStatus: the answer did not finish within 300 ms",
    });
    expect(ours).toEqual(builtin);
  });

  it("a body that breaks off: NetworkError while reading, sent", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write("{");
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const { builtin, ours } = await bothTransports(read);
    expect(ours).toMatchObject({
      error: "NetworkError",
      message: "soda getScanStatus: the connection broke while reading the answer",
      requestSent: true,
    });
    expect(ours).toEqual(builtin);
  });

  it("a connection reset before the answer: NetworkError, sent (a trigger may have acted)", async () => {
    server.answer((_request, response) => response.socket?.destroy());
    const { builtin, ours } = await bothTransports(trigger);
    // Node's fetch names undici's code (UND_ERR_SOCKET, "connection closed"), node:http the socket's.
    expect(ours).toMatchObject({ error: "NetworkError", requestSent: true, mayHaveActed: true });
    expect((ours as { message: string }).message).toMatch(
      /^soda triggerScan: connection reset by 127\.0\.0\.1:\d+ \[ECONNRESET\]/,
    );
    expect(builtin).toMatchObject({ error: "NetworkError", requestSent: true, mayHaveActed: true });
  });
});
