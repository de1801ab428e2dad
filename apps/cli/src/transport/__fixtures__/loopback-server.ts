import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  /** Lower-case names, as Node gives them. */
  headers: IncomingMessage["headers"];
  body: string;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request, in order, once its body is in. */
  received: ReceivedRequest[];
  /** Requests whose connection closed before the handler answered. */
  closedEarly: number;
  answer(handler: (request: ReceivedRequest, response: ServerResponse, raw: IncomingMessage) => void): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 whose answer each test sets. */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  let handler: Parameters<LoopbackServer["answer"]>[0] = (_request, response) => response.end();
  const state = { received: [] as ReceivedRequest[], closedEarly: 0 };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? "",
        path: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      state.received.push(request);
      outgoing.on("close", () => {
        if (!outgoing.writableFinished) state.closedEarly++;
      });
      handler(request, outgoing, incoming);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get closedEarly() {
      return state.closedEarly;
    },
    answer: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (a server opened and closed again). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
