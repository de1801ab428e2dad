import {
  ConfigError,
  createHttpClient,
  createSlidingWindowLimiter,
  type HttpClient,
  NetworkError,
  ScanstatError,
  systemClock,
  VendorError,
  VendorResponseError,
} from "@scanstat/core";
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, type LoopbackServer, startLoopbackServer } from "./__fixtures__/loopback-server.js";
import { proxySettings } from "./proxy-settings.js";
import { vendorFetch } from "./vendor-fetch.js";

describe("vendorFetch", () => {
  it("is Node's own fetch (undefined: core uses globalThis.fetch) when no proxy variable is set", () => {
    expect(vendorFetch({})).toBeUndefined();
    expect(vendorFetch({ HTTPS_PROXY: " ", NO_PROXY: "example.com" })).toBeUndefined();
  });

  it("goes through the proxy when one is set", () => {
    expect(vendorFetch({ https_proxy: "http://127.0.0.1:3128" })).toBeTypeOf("function");
  });
});

describe("proxySettings: read as curl reads them", () => {
  it("takes either case, the lower-case one first, and http:// for a bare host:port", () => {
    expect(proxySettings({ HTTPS_PROXY: "http://upper:1", https_proxy: "http://lower:2" })).toEqual({
      httpsProxy: "http://lower:2/",
      httpProxy: "",
      noProxy: "",
    });
    expect(proxySettings({ HTTP_PROXY: "proxy.corp:3128" })).toEqual({
      httpsProxy: "",
      httpProxy: "http://proxy.corp:3128/",
      noProxy: "",
    });
  });

  it("NO_PROXY names a host and every host below it, with or without a leading dot; * means none", () => {
    expect(proxySettings({ HTTPS_PROXY: "http://p:1", no_proxy: "example.com, .corp.test,*.internal" })?.noProxy).toBe(
      "example.com,.example.com,corp.test,.corp.test,internal,.internal",
    );
    expect(proxySettings({ HTTPS_PROXY: "http://p:1", NO_PROXY: "*" })?.noProxy).toBe("*");
  });

  it("refuses a value that is not an http(s) proxy URL with a one-line ConfigError", () => {
    expect(() => proxySettings({ HTTPS_PROXY: "socks5://127.0.0.1:1080" })).toThrow(
      "HTTPS_PROXY: socks5 proxies are not supported (use an http:// proxy)",
    );
    expect(() => proxySettings({ http_proxy: "http://[oops" })).toThrow(ConfigError);
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

/** Core's client on Node's fetch, as the CLI runs it without a proxy. */
const viaNodeFetch = (request: Parameters<HttpClient["request"]>[0], baseUrl?: string) =>
  outcome(globalThis.fetch, request, baseUrl);

describe("core's HTTP client on Node's fetch, against a real server", () => {
  it("a 200: data and headers", async () => {
    server.answer((_request, response) =>
      response
        .writeHead(200, { "content-type": "application/json", "X-Soda-Next-Poll-Time": "2026-11-23T10:00:05Z" })
        .end('{"scanStatus":"running"}'),
    );
    const ours = await viaNodeFetch(read);
    expect(ours).toEqual({
      data: { scanStatus: "running" },
      status: 200,
      poll: "2026-11-23T10:00:05Z",
    });
  });

  it("a 404 with the vendor's error body", async () => {
    server.answer((_request, response) =>
      response.writeHead(404, { "content-type": "application/json" }).end('{"message":"scan 42 not found"}'),
    );
    const ours = await viaNodeFetch(read);
    expect(ours).toMatchObject({ error: "NotFoundError", message: "soda getScanStatus: HTTP 404: scan 42 not found" });
  });

  it("a proxy's HTML page on a 200", async () => {
    server.answer((_request, response) =>
      response.writeHead(200, { "content-type": "text/html" }).end("<html>gateway</html>"),
    );
    const ours = await viaNodeFetch(read);
    expect(ours).toMatchObject({
      error: "VendorResponseError",
      message: "soda getScanStatus: expected JSON, got an HTML page",
    });
  });

  it("a refused connection: NetworkError, provably not sent, so even a trigger may be repeated", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const ours = await viaNodeFetch(trigger, baseUrl);
    expect(ours).toMatchObject({ error: "NetworkError", requestSent: false, mayHaveActed: false });
  });

  it("no answer in time: TimeoutError; a trigger may have acted", async () => {
    const held: ServerResponse[] = [];
    server.answer((_request, response) => held.push(response));
    const ours = await viaNodeFetch(trigger);
    // Answered late, so that no connection stays busy for the next test.
    for (const response of held) response.end();
    expect(ours).toMatchObject({ error: "TimeoutError", mayHaveActed: true });
  });

  it("a body that stalls: TimeoutError while reading", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write("{");
    });
    const ours = await viaNodeFetch(read);
    expect(ours).toMatchObject({
      error: "TimeoutError",
      message: "soda getScanStatus: the answer did not finish within 300 ms",
    });
  });

  it("a body that breaks off: NetworkError while reading, sent", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write("{");
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const ours = await viaNodeFetch(read);
    expect(ours).toMatchObject({
      error: "NetworkError",
      message: "soda getScanStatus: the connection broke while reading the answer",
      requestSent: true,
    });
  });

  it("a connection reset before the answer: NetworkError, sent (a trigger may have acted)", async () => {
    server.answer((_request, response) => response.socket?.destroy());
    const ours = await viaNodeFetch(trigger);
    expect(ours).toMatchObject({ error: "NetworkError", requestSent: true, mayHaveActed: true });
    expect((ours as { message: string }).message).toMatch(
      /^soda triggerScan: connection (reset|closed) by 127\.0\.0\.1:\d+ \[(ECONNRESET|UND_ERR_SOCKET)\]/,
    );
  });
});

describe("redirects never carry a key to another host (Node's fetch, a real server)", () => {
  /** A client that sends ProjectDiscovery-style key headers, as an attacker would want them. */
  function keyedClient(baseUrl = `${server.origin}/api`, maxAttempts = 4): HttpClient {
    return createHttpClient({
      vendor: "projectdiscovery",
      baseUrl,
      limiter: createSlidingWindowLimiter(systemClock),
      requestTimeoutMs: 2000,
      retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 1 },
      auth: {
        headers: () => ({ "x-api-key": "pd-key-7f3a9c", "x-team-id": "team-1" }),
        secrets: () => ["pd-key-7f3a9c"],
        fingerprint: () => "key-1",
      },
    });
  }

  it("follows a same-origin redirect with the credentials", async () => {
    server.answer((request, response) => {
      if (request.path === "/api/v1/scans/1") response.writeHead(302, { location: "/api/v1/scans/1/current" }).end();
      else response.writeHead(200, { "content-type": "application/json" }).end('{"id":"1"}');
    });
    const before = server.received.length;
    const response = await keyedClient().request({
      operation: "getScan",
      method: "GET",
      path: "/v1/scans/1",
      idempotent: true,
    });
    expect(response.data).toEqual({ id: "1" });
    const hops = server.received.slice(before);
    expect(hops.map((hop) => hop.path)).toEqual(["/api/v1/scans/1", "/api/v1/scans/1/current"]);
    expect(hops.every((hop) => hop.headers["x-api-key"] === "pd-key-7f3a9c")).toBe(true);
  });

  for (const status of [301, 302, 307, 308]) {
    it(`refuses a ${status} to another host, naming both; the other host gets nothing`, async () => {
      const other = await startLoopbackServer();
      try {
        const otherOrigin = other.origin.replace("127.0.0.1", "localhost");
        server.answer((_request, response) => response.writeHead(status, { location: `${otherOrigin}/steal` }).end());
        const error = await keyedClient()
          .request({ operation: "getScan", method: "GET", path: "/v1/scans/1", idempotent: true })
          .catch((caught: unknown) => caught);
        expect(VendorError.isInstance(error)).toBe(true);
        const host = new URL(server.origin).host;
        expect((error as Error).message).toBe(
          `projectdiscovery getScan: the answer redirects from ${host} to ${new URL(otherOrigin).host}; scanstat sends credentials only to ${host} and did not follow`,
        );
        expect(other.received).toHaveLength(0);
      } finally {
        await other.close();
      }
    });
  }

  it("sends a trigger redirected to an unreachable host once, and says the scan may have started", async () => {
    const port = await closedPort();
    server.answer((_request, response) => response.writeHead(307, { location: `http://localhost:${port}/run` }).end());
    const before = server.received.length;
    const error = await keyedClient()
      .request({ operation: "triggerScan", method: "POST", path: "/v1/scans", json: { name: "x" }, idempotent: false })
      .catch((caught: unknown) => caught);
    expect(server.received.length - before).toBe(1);
    expect(VendorError.isInstance(error)).toBe(true);
    expect((error as VendorError).mayHaveActed).toBe(true);
    expect((error as Error).message).toContain(`redirects from ${new URL(server.origin).host} to localhost:${port}`);
  });
});

describe("bounded bodies (Node's fetch, a real server)", () => {
  it("stops a gzip bomb at the cap, counted after decompression, with a one-line VendorResponseError", async () => {
    // 64 MiB of zeros compress to about 64 KB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    server.answer((_request, response) =>
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(bomb),
    );
    const bounded = createHttpClient({
      vendor: "soda",
      baseUrl: `${server.origin}/api`,
      limiter: createSlidingWindowLimiter(systemClock),
      maxResponseBytes: 1024 * 1024,
      retry: { maxAttempts: 1 },
    });
    const error = await bounded
      .request({ operation: "getScanStatus", method: "GET", path: "/scans/42", idempotent: true })
      .catch((caught: unknown) => caught);
    expect(VendorResponseError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "soda getScanStatus: the answer is larger than 1 MiB (after decompression); scanstat stopped reading it",
    );
  });

  it("gives up on a body that trickles in past the request's time limit", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => response.write(" "), 20);
      response.on("close", () => clearInterval(timer));
    });
    const ours = await viaNodeFetch(read);
    expect(ours).toMatchObject({
      error: "TimeoutError",
      message: "soda getScanStatus: the answer did not finish within 300 ms",
    });
  });
});
