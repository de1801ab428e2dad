import { HttpResponse, http, type RequestHandler } from "msw";
import { transportFault } from "./faults.js";
import type { Simulator } from "./simulator.js";

/** msw handlers that send every request below `baseUrl` to the simulator (transport faults become network errors). */
export function mswHandlers(simulator: Pick<Simulator, "handle">, baseUrl: string): RequestHandler[] {
  const origin = baseUrl.replace(/\/+$/, "");
  const prefix = new URL(origin).pathname.replace(/\/+$/, "");
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const inner = new Request(`${url.origin}${url.pathname.slice(prefix.length)}${url.search}`, request);
      const response = await simulator.handle(inner);
      return transportFault(response) ? HttpResponse.error() : response;
    }),
  ];
}
