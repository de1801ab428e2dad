import type { Clock } from "../../clock/clock.js";
import { jsonResponse, Simulator } from "../simulator.js";

/** A small vendor for transport tests: read a scan, start one (echoing the body), stream lines. */
export function createTestSimulator(clock: Clock, name = "test"): Simulator & { started: () => number } {
  let started = 0;
  const simulator = new Simulator({
    vendor: name,
    clock,
    routes: [
      {
        method: "GET",
        path: "/api/v1/scans/:scanId",
        operation: "getScan",
        handle: ({ params, url }) => jsonResponse({ vendor: name, id: params.scanId, query: url.search }),
      },
      {
        method: "POST",
        path: "/api/v1/scans",
        operation: "triggerScan",
        handle: async ({ body }) => {
          started++;
          return jsonResponse({ vendor: name, received: await body() }, { status: 201, headers: { location: "/api/v1/scans/new" } });
        },
      },
      {
        method: "GET",
        path: "/api/v1/lines",
        operation: "getLogs",
        handle: ({ url }) => {
          const count = Number(url.searchParams.get("count") ?? "3");
          const encoder = new TextEncoder();
          let sent = 0;
          const stream = new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent >= count) return controller.close();
              controller.enqueue(encoder.encode(`line ${sent++}\n`));
            },
          });
          return new Response(stream, { headers: { "content-type": "text/plain" } });
        },
      },
    ],
    authenticate: (request) =>
      request.headers.get("authorization") === "Bearer sandbox-token"
        ? "sandbox"
        : jsonResponse({ message: "unauthorized" }, { status: 401 }),
    rateLimitedResponse: () => jsonResponse({ message: "slow down" }, { status: 429 }),
    notFoundResponse: (url) => jsonResponse({ message: `no route ${url.pathname}` }, { status: 404 }),
  });
  return Object.assign(simulator, { started: () => started });
}

export const authorized = { authorization: "Bearer sandbox-token" };
