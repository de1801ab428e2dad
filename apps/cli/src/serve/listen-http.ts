import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

export interface HttpListener {
  /** e.g. `http://127.0.0.1:4200` (an IPv6 host in brackets). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a Fetch-API handler over node:http. The request body is handed over as a stream, so
 * the handler's cap stops an oversized upload without buffering it; a response body is written
 * with backpressure, and an event stream is canceled when its client goes away.
 */
export async function listenHttp(
  handler: (request: Request) => Promise<Response>,
  options: { host: string; port: number },
): Promise<HttpListener> {
  const server = createServer((incoming, outgoing) => {
    void answer(incoming, outgoing).catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      outgoing.end();
    });
  });
  // Slow-loris guards: headers within 10 s; an event stream may stay open, so no overall timeout.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const hostHeader = incoming.headers.host ?? options.host;
    let url: URL;
    try {
      // Only the path and query come from the request line (an absolute-form target is not trusted).
      const target = new URL(incoming.url ?? "/", "http://request.invalid");
      url = new URL(`${target.pathname}${target.search}`, `http://${hostHeader}`);
    } catch {
      outgoing.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad request\n");
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    const method = incoming.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    const request = new Request(url, {
      method,
      headers,
      ...(hasBody
        ? { body: Readable.toWeb(incoming) as unknown as ReadableStream<Uint8Array>, duplex: "half" as const }
        : {}),
    } as RequestInit);
    const response = await handler(request);
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    // A body the handler left unread (refused, or too large) is not waited for: close after answering.
    const unread = hasBody && !incoming.readableEnded;
    if (unread) responseHeaders.connection = "close";
    outgoing.writeHead(response.status, responseHeaders);
    if (!response.body || method === "HEAD") {
      await response.body?.cancel().catch(() => {});
      outgoing.end();
      return;
    }
    const reader = response.body.getReader();
    const onClose = () => void reader.cancel().catch(() => {});
    outgoing.once("close", onClose);
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        if (!outgoing.write(next.value)) {
          await new Promise<void>((resolve) => {
            outgoing.once("drain", resolve);
            outgoing.once("close", resolve);
          });
        }
        if (outgoing.destroyed) break;
      }
    } finally {
      outgoing.off("close", onClose);
      outgoing.end();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
