import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { transportFault } from "./faults.js";
import type { Simulator } from "./simulator.js";

export interface LoopbackMount {
  /** A path prefix on the server, e.g. `/acme`; requests below it go to the simulator with the prefix removed. */
  prefix: string;
  simulator: Pick<Simulator, "handle">;
}

export interface LoopbackServer {
  /** The server's origin, e.g. `http://127.0.0.1:4100`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves simulators over real HTTP on 127.0.0.1 (the CLI's demo, sandbox and end-to-end tests). */
export async function serveOnLoopback(
  mounts: readonly LoopbackMount[],
  options: { port?: number; host?: string } = {},
): Promise<LoopbackServer> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((incoming, outgoing) => {
    void answer(incoming, outgoing).catch(() => outgoing.destroy());
  });

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? "/", `http://${host}`);
    const mount = mounts.find(
      (candidate) => url.pathname === candidate.prefix || url.pathname.startsWith(`${candidate.prefix}/`),
    );
    if (!mount) {
      outgoing
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ message: "no simulator here" }));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    // The URL as the client sent it (port and mount prefix kept): simulators build links from it,
    // and their routes match the vendor's path at the end of any prefix.
    const request = new Request(`http://${incoming.headers.host ?? host}${url.pathname}${url.search}`, {
      method: incoming.method ?? "GET",
      headers,
      ...(body && incoming.method !== "GET" && incoming.method !== "HEAD" ? { body } : {}),
    });
    const response = await mount.simulator.handle(request);
    if (transportFault(response)) {
      incoming.socket.destroy();
      return;
    }
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    outgoing.writeHead(response.status, responseHeaders);
    if (response.body) {
      const reader = response.body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        // Respect backpressure so a million-line log does not pile up in memory.
        if (!outgoing.write(next.value)) await new Promise((resolve) => outgoing.once("drain", resolve));
      }
    }
    outgoing.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
