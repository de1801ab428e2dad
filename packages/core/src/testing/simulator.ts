import type { RateLimit } from "../adapter/scan-adapter.js";
import type { Clock } from "../clock/clock.js";
import { createFaultInjector, type FaultInjector, transportFault } from "./faults.js";

export interface SimulatorRequestContext {
  request: Request;
  url: URL;
  /** Path parameters from the route pattern (`/api/v1/scans/:scanId` → `scanId`). */
  params: Record<string, string>;
  /** Virtual (or real) time of this request, epoch ms. */
  now: number;
  /** The credential key the request authenticated with (for per-credential state and budgets). */
  credential: string;
  /** The body as JSON, form fields, or undefined. */
  body(): Promise<unknown>;
}

export interface SimulatorRoute {
  method: string;
  /** A path below the vendor's origin, with `:name` parameters. */
  path: string;
  /** The operation name: fault matching, rate budgets and request counts use it. */
  operation: string;
  handle(context: SimulatorRequestContext): Response | Promise<Response>;
}

export interface SimulatorOptions {
  vendor: string;
  clock: Clock;
  routes: SimulatorRoute[];
  /** Returns the credential key, or a vendor-shaped error Response (401/403) when the request is not allowed. */
  authenticate(request: Request, route: SimulatorRoute): string | Response;
  /** Limits per operation (or per class, via `rateLimitClass`), enforced per credential in a sliding window. */
  rateLimits?: Readonly<Record<string, RateLimit>>;
  rateLimitClass?(operation: string): string;
  /** The vendor's 429 body; `retryAfterSeconds` is also sent as `Retry-After` unless `sendRetryAfter` is false. */
  rateLimitedResponse(retryAfterSeconds: number): Response;
  sendRetryAfter?: boolean;
  /** The vendor's answer to a path it does not have. */
  notFoundResponse(url: URL): Response;
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  operation: string | undefined;
  status: number;
  at: number;
  /** Which fault, if any, answered instead of the simulator. */
  fault?: string;
}

/**
 * A vendor's API as a Fetch-API handler: routes, auth, sliding-window rate limits, fault
 * injection and a request log. Serve it with `simulator.fetch` (in-process), msw, or `serveOnLoopback`.
 */
export class Simulator {
  readonly vendor: string;
  readonly clock: Clock;
  readonly faults: FaultInjector;
  readonly requests: RecordedRequest[] = [];
  readonly #options: SimulatorOptions;
  readonly #routes: Array<{ route: SimulatorRoute; pattern: RegExp; names: string[] }>;
  readonly #windows = new Map<string, number[]>();

  constructor(options: SimulatorOptions) {
    this.#options = options;
    this.vendor = options.vendor;
    this.clock = options.clock;
    this.faults = createFaultInjector();
    this.#routes = options.routes.map((route) => {
      const names: string[] = [];
      const source = route.path
        .split("/")
        .map((segment) => {
          if (segment.startsWith(":")) {
            names.push(segment.slice(1));
            return "([^/]+)";
          }
          return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("/");
      return { route, pattern: new RegExp(`${source}$`), names };
    });
  }

  /** How many requests of an operation reached the simulator (faulted ones included). */
  count(operation: string, options: { status?: number } = {}): number {
    return this.requests.filter(
      (request) =>
        request.operation === operation && (options.status === undefined || request.status === options.status),
    ).length;
  }

  /** A `fetch` that calls the simulator directly; transport faults become the errors Node's fetch throws. */
  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const response = await this.handle(request);
    const fault = transportFault(response);
    if (fault) {
      const code = fault === "refused" ? "ECONNREFUSED" : "ECONNRESET";
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(`${code} (simulated)`), { code }) });
    }
    return response;
  };

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const matched = this.#match(request.method, url.pathname);
    const operation = matched?.route.operation;
    const record = (response: Response, fault?: string): Response => {
      this.requests.push({
        method: request.method,
        path: url.pathname,
        search: url.search,
        operation,
        status: response.status,
        at: this.clock.now(),
        ...(fault ? { fault } : {}),
      });
      return response;
    };

    const fault = this.faults.take(operation, request);
    if (fault && !fault.afterHandling) {
      return record(await fault.respond(undefined), fault.name);
    }
    if (!matched) return record(this.#options.notFoundResponse(url));

    const credential = this.#options.authenticate(request, matched.route);
    if (credential instanceof Response) return record(credential);

    const limited = this.#enforceRateLimit(credential, matched.route.operation);
    if (limited) return record(limited);

    const context: SimulatorRequestContext = {
      request,
      url,
      params: matched.params,
      now: this.clock.now(),
      credential,
      body: () => readBody(request),
    };
    let response: Response;
    try {
      response = await matched.route.handle(context);
    } catch (error) {
      response = new Response(JSON.stringify({ message: `simulator error: ${(error as Error).message}` }), {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    }
    if (fault?.afterHandling) return record(await fault.respond(response), fault.name);
    return record(response);
  }

  #match(method: string, pathname: string) {
    for (const candidate of this.#routes) {
      if (candidate.route.method !== method) continue;
      const found = candidate.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? "");
      });
      return { route: candidate.route, params };
    }
    return undefined;
  }

  #enforceRateLimit(credential: string, operation: string): Response | undefined {
    const limitClass = this.#options.rateLimitClass?.(operation) ?? operation;
    const limit = this.#options.rateLimits?.[limitClass];
    if (!limit) return undefined;
    const key = `${credential}\u0000${limitClass}`;
    const now = this.clock.now();
    const sent = (this.#windows.get(key) ?? []).filter((at) => at > now - limit.windowMs);
    if (sent.length >= limit.requests) {
      this.#windows.set(key, sent);
      const retryAfterSeconds = Math.max(1, Math.ceil((sent[0]! + limit.windowMs - now) / 1000));
      const response = this.#options.rateLimitedResponse(retryAfterSeconds);
      if (this.#options.sendRetryAfter !== false) response.headers.set("retry-after", String(retryAfterSeconds));
      return response;
    }
    sent.push(now);
    this.#windows.set(key, sent);
    return undefined;
  }
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (text === "") return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A JSON response, as vendors send them. */
export function jsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "content-type": "application/json", ...init.headers },
  });
}
