import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  AuthError,
  ConfigError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  TimeoutError,
  VendorError,
  VendorResponseError,
} from "../errors/errors.js";
import { ScanstatError } from "../errors/scanstat-error.js";
import { createSlidingWindowLimiter } from "../rate-limit/sliding-window-limiter.js";
import type { Fault } from "../testing/faults.js";
import { jsonResponse, Simulator } from "../testing/simulator.js";
import { createVirtualClock, type VirtualClock } from "../testing/virtual-clock.js";
import {
  createHttpClient,
  type HttpAuth,
  type HttpErrorInfo,
  type HttpClientSettings,
  type HttpTraceEvent,
  joinUrl,
} from "./http-client.js";

const secret = "sandbox-secret-4f9a7c";
const baseUrl = "https://vendor.test/proxy";

interface Harness {
  clock: VirtualClock;
  start: number;
  simulator: Simulator;
  triggered: () => number;
  traces: HttpTraceEvent[];
  client: ReturnType<typeof createHttpClient>;
}

/** A vendor with a read and a trigger, bearer auth, and the vendor's error body `{ message, requestId }`. */
function harness(overrides: Partial<HttpClientSettings> = {}, token = { value: secret }): Harness {
  const clock = createVirtualClock();
  let triggered = 0;
  const simulator = new Simulator({
    vendor: "soda",
    clock,
    routes: [
      {
        method: "GET",
        path: "/api/v1/scans/:scanId",
        operation: "getScan",
        handle: ({ params }) => jsonResponse({ id: params.scanId, state: "executing" }),
      },
      {
        method: "POST",
        path: "/api/v1/scans",
        operation: "triggerScan",
        handle: () => {
          triggered++;
          return jsonResponse({ id: `scan-${triggered}` }, { status: 201 });
        },
      },
    ],
    authenticate: (request) =>
      request.headers.get("authorization") === `Bearer ${secret}`
        ? "key-1"
        : jsonResponse({ message: "invalid token", requestId: "req-401" }, { status: 401 }),
    rateLimitedResponse: (seconds) =>
      jsonResponse({ message: `too many requests, retry in ${seconds} s` }, { status: 429 }),
    notFoundResponse: (url) => jsonResponse({ message: `no route ${url.pathname}` }, { status: 404 }),
  });
  const auth: HttpAuth = {
    headers: () => ({ authorization: `Bearer ${token.value}` }),
    secrets: () => [secret],
    fingerprint: () => "key-1",
  };
  const traces: HttpTraceEvent[] = [];
  const client = createHttpClient({
    vendor: "soda",
    baseUrl,
    auth,
    parseErrorBody: (body) => {
      const { message, requestId, permission } = body as { message?: string; requestId?: string; permission?: string };
      return { message, requestId, permission };
    },
    clock,
    limiter: createSlidingWindowLimiter(clock),
    fetch: (input, init) => {
      // The simulator is mounted below the proxy prefix.
      const request = new Request(input, init);
      return simulator.fetch(new Request(request.url.replace("/proxy", ""), request));
    },
    random: () => 0.5,
    onTrace: (event) => traces.push(event),
    ...overrides,
  });
  return { clock, start: clock.now(), simulator, triggered: () => triggered, traces, client };
}

const scanSchema = z.object({ id: z.string(), state: z.string() });

const read = (h: Harness, id = "abc") =>
  h.client.request({
    operation: "getScan",
    method: "GET",
    path: `/api/v1/scans/${id}`,
    idempotent: true,
    schema: scanSchema,
  });
const trigger = (h: Harness) =>
  h.client.request({
    operation: "triggerScan",
    method: "POST",
    path: "/api/v1/scans",
    json: { definition: "orders" },
    idempotent: false,
  });

async function failure(promise: Promise<unknown>): Promise<ScanstatError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!ScanstatError.isInstance(error)) throw new Error(`expected a ScanstatError, got ${String(error)}`);
  return error;
}

const statusFault = (status: number, body?: unknown, headers?: Record<string, string>): Fault => ({
  type: "status",
  status,
  ...(body === undefined ? {} : { body }),
  ...(headers ? { headers } : {}),
});

describe("createHttpClient: answers", () => {
  it("sends the request below the base URL's path and validates the answer", async () => {
    const h = harness();
    const response = await read(h);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ id: "abc", state: "executing" });
    expect(h.simulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /api/v1/scans/abc",
    ]);
  });

  it("joins base URLs with and without slashes and drops empty query values", () => {
    expect(joinUrl("https://a.test/", "/v1/x")).toBe("https://a.test/v1/x");
    expect(joinUrl("https://a.test/prefix//", "v1/x", { a: 1, b: undefined, c: null, d: "x y" })).toBe(
      "https://a.test/prefix/v1/x?a=1&d=x+y",
    );
  });

  it("refuses a base URL that is not an http(s) URL with a ConfigError", () => {
    expect(() => createHttpClient({ vendor: "halo", baseUrl: "not a url" })).toThrow(ConfigError);
    expect(() => createHttpClient({ vendor: "halo", baseUrl: "ftp://files.test" })).toThrow(
      'halo: the base URL "ftp://files.test" is not an http(s) URL',
    );
  });
});

describe("createHttpClient: error mapping", () => {
  const cases: Array<[number, unknown, new (...args: never[]) => ScanstatError, string]> = [
    [
      401,
      { message: "invalid token" },
      AuthError,
      "soda getScan: HTTP 401: invalid token — the credentials were refused",
    ],
    [
      403,
      { message: "forbidden", permission: "scans:read" },
      PermissionError,
      "soda getScan: HTTP 403: forbidden — the credentials lack a permission (scans:read)",
    ],
    [404, { message: "scan abc not found" }, NotFoundError, "soda getScan: HTTP 404: scan abc not found"],
    [400, { message: "bad id\n  format" }, InvalidRequestError, "soda getScan: HTTP 400: bad id format"],
    [409, undefined, InvalidRequestError, "soda getScan: HTTP 409"],
    [422, "not json", InvalidRequestError, "soda getScan: HTTP 422"],
  ];
  for (const [status, body, type, message] of cases) {
    it(`maps ${status} to ${type.name} with a one-line message`, async () => {
      const h = harness();
      h.simulator.faults.add(statusFault(status, body));
      const error = await failure(read(h));
      expect(error).toBeInstanceOf(type);
      expect(error.message).toBe(message);
      expect(error.status).toBe(status);
      expect(error.vendor).toBe("soda");
      expect(error.operation).toBe("getScan");
      expect(h.simulator.requests).toHaveLength(1);
    });
  }

  it("keeps the permission and the vendor's request id", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(403, { message: "no", permission: "scans:read", requestId: "req-9" }));
    const error = (await failure(read(h))) as PermissionError;
    expect(error.permission).toBe("scans:read");
    expect(error.requestId).toBe("req-9");
  });

  it("maps a 5xx to VendorError after the retries of a read", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(500, { message: "internal error" }), { times: Number.POSITIVE_INFINITY });
    const error = await failure(read(h));
    expect(error).toBeInstanceOf(VendorError);
    expect(error.message).toBe("soda getScan: HTTP 500: internal error");
    expect(error.mayHaveActed).toBe(false);
    // 4 attempts; backoff with random 0.5: 500, 1000, 2000 ms.
    expect(h.simulator.requests.map((request) => request.at - h.start)).toEqual([0, 500, 1500, 3500]);
  });

  it("names a proxy's HTML 502 page in one line", async () => {
    const h = harness({ retry: { maxAttempts: 1 } });
    h.simulator.faults.add({ type: "html", status: 502 });
    const error = await failure(read(h));
    expect(error).toBeInstanceOf(VendorError);
    expect(error.message).toBe("soda getScan: HTTP 502 (an HTML error page)");
    expect(error.message).not.toContain("\n");
  });

  it("lets the adapter's classifyError override the mapping, with the info redacted", async () => {
    const seen: string[] = [];
    const h = harness({
      retry: { maxAttempts: 1 },
      classifyError: (info) => {
        seen.push(info.text);
        return info.status === 400 ? new NotFoundError(`soda ${info.operation}: no such scan`) : undefined;
      },
    });
    h.simulator.faults.add(statusFault(400, { message: `no scan for key ${secret}` }));
    const error = await failure(read(h));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(seen).toEqual(['{"message":"no scan for key ***"}']);
  });
});

describe("createHttpClient: a read is repeated when its error is transient", () => {
  // The error's own `transient` decides (the rule the watcher follows too): the status alone does not.
  const cases: Array<
    [string, Fault, ((info: HttpErrorInfo) => ScanstatError | undefined) | undefined, string, boolean]
  > = [
    ["a 503", statusFault(503), undefined, "vendor", true],
    ["a 405 the client has no name for", statusFault(405), undefined, "vendor", false],
    ["a 410", statusFault(410), undefined, "vendor", false],
    [
      "a 500 the adapter calls not found",
      statusFault(500, { message: "no such scan" }),
      (info) => (info.status === 500 ? new NotFoundError("soda getScan: no such scan") : undefined),
      "not_found",
      false,
    ],
    [
      "a 400 the adapter calls passing",
      statusFault(400),
      (info) => (info.status === 400 ? new VendorError("soda getScan: busy", { transient: true }) : undefined),
      "vendor",
      true,
    ],
    [
      "a refused redirect",
      statusFault(302, undefined, { location: "https://elsewhere.test/x" }),
      undefined,
      "vendor",
      false,
    ],
  ];
  it.each(cases)(
    "%s (code, transient, repeated as the table says)",
    async (_what, fault, classifyError, code, repeated) => {
      const h = harness(classifyError ? { classifyError } : {});
      h.simulator.faults.add(fault, { times: Number.POSITIVE_INFINITY });
      const error = await failure(read(h));
      expect([error.code, error.transient]).toEqual([code, repeated]);
      expect(h.simulator.requests).toHaveLength(repeated ? 4 : 1);
    },
  );
});

describe("createHttpClient: retries and rate limits", () => {
  it("waits exactly the vendor's Retry-After (seconds) after a 429, then succeeds", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(429, { message: "slow down" }, { "retry-after": "2" }));
    const response = await read(h);
    expect(response.data.id).toBe("abc");
    expect(h.clock.now() - h.start).toBe(2000);
    expect(h.simulator.requests.map((request) => [request.at - h.start, request.status])).toEqual([
      [0, 429],
      [2000, 200],
    ]);
  });

  it("reads a Retry-After HTTP date against the client's clock", async () => {
    const h = harness();
    const date = new Date(h.clock.now() + 3000).toUTCString();
    h.simulator.faults.add(statusFault(429, { message: "slow down" }, { "retry-after": date }));
    await read(h);
    expect(h.clock.now() - h.start).toBe(3000);
  });

  it("backs off exponentially with jitter after a 429 without Retry-After", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(429, { message: "slow down" }), { times: 2 });
    await read(h);
    // random 0.5: half of 1000, then half of 2000.
    expect(h.simulator.requests.map((request) => request.at - h.start)).toEqual([0, 500, 1500]);
  });

  it("retries a 429 even for a trigger: the vendor did not act", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(429, { message: "slow down" }, { "retry-after": "1" }));
    const response = await trigger(h);
    expect(response.status).toBe(201);
    expect(h.triggered()).toBe(1);
  });

  it("gives up with RateLimitedError after the last attempt, saying how long to wait", async () => {
    const h = harness({ retry: { maxAttempts: 2 } });
    h.simulator.faults.add(statusFault(429, { message: "slow down" }, { "retry-after": "7" }), { times: 5 });
    const error = (await failure(read(h))) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.retryAfterMs).toBe(7000);
    expect(error.message).toBe("soda getScan: HTTP 429: slow down — the vendor asks to wait 7 s");
    expect(h.simulator.requests).toHaveLength(2);
  });

  it("does not wait out a Retry-After beyond maxRetryAfterMs", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(429, { message: "quota" }, { "retry-after": "3600" }));
    const error = (await failure(read(h))) as RateLimitedError;
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(h.clock.now() - h.start).toBe(0);
    expect(h.simulator.requests).toHaveLength(1);
  });

  it("answers the simulator's own rate limit by waiting its Retry-After", async () => {
    const h = harness();
    const simulator = new Simulator({
      vendor: "soda",
      clock: h.clock,
      routes: [
        { method: "GET", path: "/x", operation: "getScan", handle: () => jsonResponse({ id: "x", state: "ok" }) },
      ],
      authenticate: () => "key-1",
      rateLimits: { getScan: { requests: 2, windowMs: 10_000, documented: true } },
      rateLimitedResponse: () => jsonResponse({ message: "slow down" }, { status: 429 }),
      notFoundResponse: () => jsonResponse({}, { status: 404 }),
    });
    const client = createHttpClient({
      vendor: "soda",
      baseUrl,
      clock: h.clock,
      limiter: { acquire: async () => {} },
      fetch: simulator.fetch,
      random: () => 0.5,
    });
    const get = () => client.request({ operation: "getScan", method: "GET", path: "/x", idempotent: true });
    await Promise.all([get(), get(), get()]);
    const log = simulator.requests.map((request) => `${request.at - h.start}:${request.status}`);
    expect(log.sort()).toEqual(["0:200", "0:200", "0:429", "10000:200"]);
  });

  it("keeps to its rate budget per credential so the vendor never says 429", async () => {
    const h = harness({ rateLimits: { getScan: { requests: 2, windowMs: 10_000, documented: true } } });
    await Promise.all([read(h, "a"), read(h, "b"), read(h, "c"), read(h, "d"), read(h, "e")]);
    // 2 per 10 s, paced at most 1 per tenth of the window (1 s).
    expect(h.simulator.requests.map((request) => request.at - h.start)).toEqual([0, 1000, 10_000, 11_000, 20_000]);
  });

  it("keeps the budget on the vendor's clock: with the first connections 4 s late, no 60 s window gets more than 60", async () => {
    let connections = 0;
    const h = harness({ rateLimits: { getScan: { requests: 60, windowMs: 60_000, documented: true } } });
    const late = harness({
      clock: h.clock,
      limiter: createSlidingWindowLimiter(h.clock),
      rateLimits: { getScan: { requests: 60, windowMs: 60_000, documented: true } },
      fetch: async (input, init) => {
        // The first connections take 4 s to reach the vendor (a slow network, a loaded machine).
        if (connections++ < 10) await h.clock.sleep(4000);
        const request = new Request(input, init);
        return h.simulator.fetch(new Request(request.url.replace("/proxy", ""), request));
      },
    });
    await Promise.all(Array.from({ length: 150 }, (_, index) => read(late, `scan-${index}`)));
    const arrivals = h.simulator.requests.map((request) => request.at);
    expect(arrivals).toHaveLength(150);
    const busiest = Math.max(
      ...arrivals.map((from) => arrivals.filter((at) => at >= from && at < from + 60_000).length),
    );
    expect(busiest).toBe(60);
  });

  it("retries a 5xx on a read", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(503, { message: "unavailable" }));
    const response = await read(h);
    expect(response.data.state).toBe("executing");
    expect(h.simulator.requests.map((request) => request.status)).toEqual([503, 200]);
  });

  it("never repeats a trigger after a 5xx, and says the scan may have started", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(502, { message: "bad gateway" }), { afterHandling: true });
    const error = await failure(trigger(h));
    expect(error).toBeInstanceOf(VendorError);
    expect(VendorError.isInstance(error)).toBe(true);
    expect(error.mayHaveActed).toBe(true);
    expect(error.hint).toBe("the soda scan may have started: check the vendor before triggering again");
    expect(error.message).toBe(
      "soda triggerScan: HTTP 502: bad gateway (the soda scan may have started: check the vendor before triggering again)",
    );
    expect(error.status).toBe(502);
    expect(error.name).toBe("VendorError");
    expect(h.triggered()).toBe(1);
    expect(h.simulator.requests).toHaveLength(1);
  });

  it("uses the request's ambiguousHint when it has one", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(500));
    const error = await failure(
      h.client.request({
        operation: "triggerScan",
        method: "POST",
        path: "/api/v1/scans",
        idempotent: false,
        ambiguousHint: "run `scanstat list soda --active` to see it",
      }),
    );
    expect(error.message).toBe("soda triggerScan: HTTP 500 (run `scanstat list soda --active` to see it)");
  });

  it("retries a refused connection even for a trigger: the vendor never saw it", async () => {
    const h = harness();
    h.simulator.faults.add({ type: "refused" }, { times: 2 });
    const response = await trigger(h);
    expect(response.status).toBe(201);
    expect(h.triggered()).toBe(1);
    expect(h.simulator.requests.map((request) => request.fault ?? request.status)).toEqual(["refused", "refused", 201]);
  });

  it("gives up on a refused connection with NetworkError(requestSent: false)", async () => {
    const h = harness({ retry: { maxAttempts: 2 } });
    h.simulator.faults.add({ type: "refused" }, { times: Number.POSITIVE_INFINITY });
    const error = (await failure(trigger(h))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe("soda triggerScan: connection refused by vendor.test [ECONNREFUSED]");
    expect(error.requestSent).toBe(false);
    expect(error.mayHaveActed).toBe(false);
  });

  it("never repeats a trigger after a reset connection", async () => {
    const h = harness();
    h.simulator.faults.add({ type: "reset" }, { afterHandling: true });
    const error = (await failure(trigger(h))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.requestSent).toBe(true);
    expect(error.mayHaveActed).toBe(true);
    expect(error.message).toBe(
      "soda triggerScan: connection reset by vendor.test [ECONNRESET] (the soda scan may have started: check the vendor before triggering again)",
    );
    // The cause is kept (redacted): name and code survive.
    expect((error.cause as Error).name).toBe("TypeError");
    expect(((error.cause as Error).cause as { code?: string }).code).toBe("ECONNRESET");
    expect(h.triggered()).toBe(1);
    expect(h.simulator.requests).toHaveLength(1);
  });

  it("retries a reset connection on a read", async () => {
    const h = harness();
    h.simulator.faults.add({ type: "reset" });
    await read(h);
    expect(h.simulator.requests.map((request) => request.fault ?? request.status)).toEqual(["reset", 200]);
  });

  it("times out a request that takes too long (real time) with TimeoutError", async () => {
    const h = harness({ requestTimeoutMs: 50, retry: { maxAttempts: 1 } });
    h.simulator.faults.add({ type: "delay", ms: 200 });
    const error = await failure(read(h));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe("soda getScan: no answer within 50 ms");
    expect(error.mayHaveActed).toBe(false);
  });

  it("retries a read that timed out", async () => {
    const h = harness({ requestTimeoutMs: 50 });
    h.simulator.faults.add({ type: "delay", ms: 200 });
    const response = await read(h);
    expect(response.data.id).toBe("abc");
    // The slow first answer is logged only when it ends (after the test); the fault was used once.
    expect(h.simulator.faults.injected).toEqual({ delay: 1 });
  });

  it("does not repeat a trigger that timed out after it was sent", async () => {
    const h = harness({ requestTimeoutMs: 50 });
    h.simulator.faults.add({ type: "delay", ms: 200 });
    const error = await failure(trigger(h));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.mayHaveActed).toBe(true);
    expect(error.message).toBe(
      "soda triggerScan: no answer within 50 ms (the soda scan may have started: check the vendor before triggering again)",
    );
    expect(h.triggered()).toBe(1);
  });

  it("stops at once when the caller aborts, with the signal's reason", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(503), { times: Number.POSITIVE_INFINITY });
    const controller = new AbortController();
    const reason = new Error("stop");
    void h.clock.sleep(100).then(() => controller.abort(reason));
    await expect(
      h.client.request({
        operation: "getScan",
        method: "GET",
        path: "/api/v1/scans/a",
        idempotent: true,
        signal: controller.signal,
      }),
    ).rejects.toBe(reason);
    expect(h.simulator.requests).toHaveLength(1);
  });
});

describe("createHttpClient: bodies that do not fit", () => {
  const cases: Array<[string, Fault, string, string | undefined]> = [
    ["malformed JSON", { type: "malformed" }, "soda getScan: expected JSON, got malformed JSON", undefined],
    ["an empty body", { type: "empty" }, "soda getScan: empty body where JSON was expected", undefined],
    [
      "an HTML page with 200",
      statusFault(200, "<!DOCTYPE html><html><body>login</body></html>"),
      "soda getScan: expected JSON, got an HTML page",
      undefined,
    ],
    [
      "a body that misses a field",
      { type: "transform", transform: (body) => ({ ...(body as object), state: 7 }) },
      'soda getScan: unexpected response: field "state" expected string, got number',
      "state",
    ],
    [
      "a body with a missing field",
      { type: "transform", transform: () => ({ state: "x" }) },
      'soda getScan: unexpected response: field "id" missing (expected string)',
      "id",
    ],
  ];
  /** Not JSON at all (empty, cut short): a read asks again, so only a lasting fault is an error. */
  const unreadable = new Set<Fault["type"]>(["malformed", "empty"]);
  for (const [what, fault, message, field] of cases) {
    it(`answers ${what} with VendorResponseError`, async () => {
      const h = harness();
      const retried = unreadable.has(fault.type);
      h.simulator.faults.add(fault, { times: retried ? Number.POSITIVE_INFINITY : 1 });
      const error = (await failure(read(h))) as VendorResponseError;
      expect(error).toBeInstanceOf(VendorResponseError);
      expect(error.code).toBe("bad_response");
      expect(error.message).toBe(message);
      expect(error.field).toBe(field);
      expect(h.simulator.requests).toHaveLength(retried ? 4 : 1);
    });
  }

  it("reads again after a 2xx whose body is empty or cut short; a trigger is not sent again and may have acted", async () => {
    const h = harness();
    h.simulator.faults.add({ type: "malformed" });
    expect((await read(h)).data).toEqual({ id: "abc", state: "executing" });
    expect(h.simulator.requests).toHaveLength(2);
    h.simulator.faults.add({ type: "empty" }, { afterHandling: true });
    const error = (await failure(trigger(h))) as VendorResponseError;
    expect([error.code, error.mayHaveActed, h.triggered()]).toEqual(["bad_response", true, 1]);
    expect(h.simulator.count("triggerScan")).toBe(1);
  });

  it("returns text and no-content answers as asked", async () => {
    const h = harness();
    const text = await h.client.request<string>({
      operation: "getScan",
      method: "GET",
      path: "/api/v1/scans/t",
      idempotent: true,
      responseType: "text",
    });
    expect(text.data).toBe('{"id":"t","state":"executing"}');
    const none = await h.client.request({
      operation: "triggerScan",
      method: "POST",
      path: "/api/v1/scans",
      idempotent: false,
      responseType: "none",
    });
    expect(none.data).toBeUndefined();
    expect(none.status).toBe(201);
  });

  it("treats acceptStatus as an answer", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(404, { id: "gone", state: "deleted" }));
    const response = await h.client.request({
      operation: "getScan",
      method: "GET",
      path: "/api/v1/scans/gone",
      idempotent: true,
      acceptStatus: [404],
      schema: scanSchema,
    });
    expect(response).toMatchObject({ status: 404, data: { id: "gone", state: "deleted" } });
  });
});

describe("createHttpClient: auth refresh", () => {
  it("refreshes once after a 401 and sends the request again", async () => {
    let token = "expired-token";
    let refreshes = 0;
    const h = harness();
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: "https://vendor.test",
      clock: h.clock,
      limiter: createSlidingWindowLimiter(h.clock),
      fetch: h.simulator.fetch,
      auth: {
        headers: () => ({ authorization: `Bearer ${token}` }),
        refresh: async () => {
          refreshes++;
          token = secret;
          return true;
        },
        secrets: () => [secret],
        fingerprint: () => "key-1",
      },
    });
    const response = await client.request({
      operation: "getScan",
      method: "GET",
      path: "/api/v1/scans/a",
      idempotent: true,
    });
    expect(response.data).toEqual({ id: "a", state: "executing" });
    expect(refreshes).toBe(1);
    expect(h.simulator.requests.map((request) => request.status)).toEqual([401, 200]);
  });

  it("refreshes only once: a second 401 is an AuthError", async () => {
    let refreshes = 0;
    const h = harness();
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: "https://vendor.test",
      clock: h.clock,
      limiter: createSlidingWindowLimiter(h.clock),
      fetch: h.simulator.fetch,
      parseErrorBody: (body) => ({ message: (body as { message: string }).message }),
      auth: {
        headers: () => ({ authorization: "Bearer wrong" }),
        refresh: async () => {
          refreshes++;
          return true;
        },
        secrets: () => [],
        fingerprint: () => "key-1",
      },
    });
    const error = await failure(
      client.request({ operation: "getScan", method: "GET", path: "/api/v1/scans/a", idempotent: true }),
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe("soda getScan: HTTP 401: invalid token — the credentials were refused");
    expect(refreshes).toBe(1);
    expect(h.simulator.requests.map((request) => request.status)).toEqual([401, 401]);
  });

  it("does not send again when the refresh says no", async () => {
    const h = harness();
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: "https://vendor.test",
      clock: h.clock,
      limiter: createSlidingWindowLimiter(h.clock),
      fetch: h.simulator.fetch,
      auth: {
        headers: () => ({}),
        refresh: async () => false,
        secrets: () => [],
        fingerprint: () => "anonymous",
      },
    });
    await expect(
      client.request({ operation: "getScan", method: "GET", path: "/api/v1/scans/a", idempotent: true }),
    ).rejects.toBeInstanceOf(AuthError);
    expect(h.simulator.requests).toHaveLength(1);
  });
});

describe("createHttpClient: secrets and traces", () => {
  const withSecretQuery = (h: Harness, extra: { idempotent?: boolean } = {}) =>
    h.client.request({
      operation: "getScan",
      method: "GET",
      path: "/api/v1/scans/abc",
      query: { api_key: secret, page: 2 },
      idempotent: extra.idempotent ?? true,
      schema: scanSchema,
    });

  function expectNoSecret(error: ScanstatError | undefined, traces: HttpTraceEvent[]) {
    const seen = [JSON.stringify(traces), error?.message ?? "", error?.stack ?? "", JSON.stringify(error ?? {})];
    let cause: unknown = error?.cause;
    for (let depth = 0; cause && depth < 5; depth++) {
      seen.push(String((cause as Error).message ?? cause), (cause as Error).stack ?? "");
      cause = (cause as { cause?: unknown }).cause;
    }
    for (const text of seen) expect(text).not.toContain(secret);
  }

  it("redacts secrets from trace URLs", async () => {
    const h = harness();
    await withSecretQuery(h);
    expect(h.traces).toHaveLength(1);
    expect(h.traces[0]!.url).toBe("https://vendor.test/proxy/api/v1/scans/abc?api_key=***&page=2");
    expectNoSecret(undefined, h.traces);
  });

  const faults: Array<[string, Fault]> = [
    ["an error body", statusFault(400, { message: `the key ${secret} is not allowed here` })],
    ["a 5xx text body", statusFault(500, `upstream said ${secret}`)],
    ["malformed JSON", statusFault(200, `{"token": "${secret}`)],
    ["a reset", { type: "reset" }],
    ["a timeout", { type: "delay", ms: 200 }],
  ];
  for (const [what, fault] of faults) {
    it(`keeps secrets out of the error and traces for ${what}`, async () => {
      const h = harness({ requestTimeoutMs: 50, retry: { maxAttempts: 1 } });
      h.simulator.faults.add(fault);
      const error = await failure(withSecretQuery(h));
      expectNoSecret(error, h.traces);
    });
  }

  it("redacts a secret the vendor echoes into its error message", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(400, { message: `the key ${secret} is not allowed here` }));
    const error = await failure(read(h));
    expect(error.message).toBe("soda getScan: HTTP 400: the key *** is not allowed here");
  });

  it("traces each attempt once: status, and the wait before the next", async () => {
    const h = harness();
    h.simulator.faults.add(statusFault(429, { message: "slow" }, { "retry-after": "2" }));
    h.simulator.faults.add(statusFault(503, { message: "unavailable" }));
    h.simulator.faults.add({ type: "reset" });
    await read(h);
    const shape = h.traces.map(({ durationMs: _durationMs, ...event }) => event);
    const base = {
      vendor: "soda",
      operation: "getScan",
      method: "GET",
      url: "https://vendor.test/proxy/api/v1/scans/abc",
    };
    expect(shape).toEqual([
      { ...base, attempt: 1, status: 429, retryInMs: 2000 },
      { ...base, attempt: 2, status: 503, retryInMs: 1000 },
      { ...base, attempt: 3, error: "soda getScan: connection reset by vendor.test [ECONNRESET]", retryInMs: 2000 },
      { ...base, attempt: 4, status: 200 },
    ]);
    for (const event of h.traces) expect(event.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("traces the failure of the last attempt with its message", async () => {
    const h = harness({ retry: { maxAttempts: 1 } });
    h.simulator.faults.add(statusFault(404, { message: "no scan" }));
    await failure(read(h));
    expect(h.traces.map(({ durationMs: _durationMs, ...event }) => event)).toEqual([
      {
        vendor: "soda",
        operation: "getScan",
        method: "GET",
        url: "https://vendor.test/proxy/api/v1/scans/abc",
        attempt: 1,
        status: 404,
        error: "soda getScan: HTTP 404: no scan",
      },
    ]);
  });
});
