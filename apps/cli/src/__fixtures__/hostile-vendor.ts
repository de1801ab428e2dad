import type { VendorSimulator } from "@scanstat/core/testing";
import type { InProcessVendors, SimulatedVendor } from "./test-runtime.js";

/** What a hostile endpoint answers: `undefined` hands the request to the real simulator. */
export type HostileRoute = (request: Request, url: URL) => Response | undefined | Promise<Response | undefined>;

export interface HostileVendor {
  /** Every request the vendor received, method and path. */
  requests: string[];
  /** Header values it received, by name (lower case). */
  headers: Array<Record<string, string>>;
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/**
 * Puts a hostile endpoint in front of one vendor's simulator (in-process): `route` answers what
 * it wants to (endless pages, deep bodies, echoed credentials), the simulator the rest.
 */
export function makeHostile(vendors: InProcessVendors, vendor: SimulatedVendor, route: HostileRoute): HostileVendor {
  const real = vendors.simulators[vendor];
  const seen: HostileVendor = { requests: [], headers: [] };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    seen.requests.push(`${request.method} ${url.pathname}`);
    seen.headers.push(Object.fromEntries(request.headers.entries()));
    return (await route(request, url)) ?? real.fetch(request);
  };
  vendors.simulators[vendor] = Object.assign(Object.create(real) as VendorSimulator, { fetch });
  return seen;
}
