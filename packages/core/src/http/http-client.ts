import type { RateLimit } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";
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
import type { ScanstatError, ScanstatErrorOptions } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import { type RateLimiter, sharedRateLimiter } from "../rate-limit/sliding-window-limiter.js";
import { backoffDelay } from "./backoff.js";
import { linkSignal } from "./linked-signal.js";
import { redactSecrets } from "./redact.js";
import { startRequestDeadline } from "./request-deadline.js";
import { parseRetryAfter } from "./retry-after.js";
import { type Schema, validate } from "./validate.js";

/** How a client proves who it is. Headers may come from an async token provider. */
export interface HttpAuth {
  headers(): Record<string, string> | Promise<Record<string, string>>;
  /** Called once after a 401; resolve true to send the request again with fresh headers (expired tokens). */
  refresh?(): Promise<boolean>;
  /** Every value that must never be printed (keys, secrets, tokens, encoded forms). */
  secrets(): readonly string[];
  /** A stable, non-secret name for the credential: rate budgets are kept per credential. */
  fingerprint(): string;
}

/** What the vendor said when a request failed: the adapter reads its own error body shape. */
export interface VendorErrorDetails {
  message?: string;
  code?: string;
  requestId?: string;
  /** For 403s: the permission the vendor says is missing. */
  permission?: string;
}

export interface HttpErrorInfo {
  vendor: VendorId;
  operation: string;
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it was not JSON. */
  body: unknown;
  /** The body as text (cut to 2 KB). */
  text: string;
  details: VendorErrorDetails;
}

export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited out: the call fails with RateLimitedError. Default 60 s. */
  maxRetryAfterMs: number;
}

export interface HttpTraceEvent {
  vendor: VendorId;
  operation: string;
  method: string;
  /** The URL, secrets redacted. */
  url: string;
  attempt: number;
  status?: number;
  durationMs: number;
  error?: string;
  /** Milliseconds the client will wait before the next attempt. */
  retryInMs?: number;
}

export interface HttpClientSettings {
  vendor: VendorId;
  /** The API's origin, optionally with a path prefix (a proxy). Vendor paths are appended. */
  baseUrl: string;
  auth?: HttpAuth;
  /** Reads the vendor's error body shape. */
  parseErrorBody?: (body: unknown) => VendorErrorDetails | undefined;
  /** Overrides the default status → error mapping for vendor quirks; return undefined to keep the default. */
  classifyError?: (info: HttpErrorInfo) => ScanstatError | undefined;
  /** Rate budgets by class; a request names its class. */
  rateLimits?: Readonly<Record<string, RateLimit>>;
  limiter?: RateLimiter;
  clock?: Clock;
  fetch?: typeof globalThis.fetch;
  /** One HTTP request's time limit. Default 30 s. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** For jitter; injectable for deterministic tests. */
  random?: () => number;
  onTrace?: (event: HttpTraceEvent) => void;
  headers?: Record<string, string>;
}

export type QueryValue = string | number | boolean | undefined | null;

export interface HttpRequest<T> {
  /** For messages, traces and the rate budget (unless `rateLimitClass` says otherwise). */
  operation: string;
  rateLimitClass?: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The vendor's documented path, appended to the base URL. */
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: Record<string, string | undefined>;
  /**
   * Whether repeating the request is harmless. Reads are; a trigger is not (even when the
   * vendor starts scans with GET). Non-idempotent requests are repeated only when the vendor
   * provably did not act: 429, or a connection that was never made.
   */
  idempotent: boolean;
  /** Validates a JSON body; `none` skips the body (e.g. 201 with no content). */
  schema?: Schema<T>;
  responseType?: "json" | "none" | "text";
  /** Statuses outside 2xx that this operation treats as an answer, not an error. */
  acceptStatus?: readonly number[];
  signal?: AbortSignal;
  /** Extra words for the error when a non-idempotent request may have been acted on. */
  ambiguousHint?: string;
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export interface HttpClient {
  readonly vendor: VendorId;
  readonly baseUrl: string;
  request<T = unknown>(request: HttpRequest<T>): Promise<HttpResponse<T>>;
  /** Removes every known secret from text meant for people. */
  redact(text: string): string;
}

const defaultRetry: RetryOptions = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 20_000, maxRetryAfterMs: 60_000 };
const defaultRequestLimit: RateLimit = { requests: 60, windowMs: 60_000, documented: false };

/** Error codes that prove the request never left this machine. */
/** Socket error codes in words people know; the code stays in brackets for searching. */
const networkWords: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  ETIMEDOUT: "connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_SOCKET: "connection closed",
  EPIPE: "connection closed",
};

function describeNetworkFailure(code: string | undefined, cause: unknown, origin: string): string {
  if (code && Object.hasOwn(networkWords, code)) return `${networkWords[code]} by ${origin} [${code}]`;
  return firstLine(code ?? (cause as Error)?.message ?? "connection failed");
}

const notSentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(baseUrl.replace(/\/+$/, "") + (path.startsWith("/") ? path : `/${path}`));
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

function firstLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * A copy of a transport or parse error, for `cause`, with secrets removed from its messages (a
 * timeout's message names the URL, a JSON parse error quotes the body). Keeps `name` and `code`.
 */
function redactedCause(error: unknown, redact: (text: string) => string, depth = 0): Error | undefined {
  if (error === undefined || error === null || depth > 4) return undefined;
  const source = error as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const copy = new Error(redact(String(source.message ?? error)));
  copy.name = typeof source.name === "string" ? source.name : "Error";
  copy.stack = `${copy.name}: ${copy.message}`;
  if (typeof source.code === "string") Object.assign(copy, { code: source.code });
  const inner = redactedCause(source.cause, redact, depth + 1);
  if (inner) Object.defineProperty(copy, "cause", { value: inner, writable: true, configurable: true });
  return copy;
}

function looksLikeHtml(contentType: string | null, text: string): boolean {
  return (contentType ?? "").includes("html") || /^\s*<(!doctype|html)/i.test(text);
}

export function createHttpClient(settings: HttpClientSettings): HttpClient {
  const clock = settings.clock ?? systemClock;
  const limiter = settings.limiter ?? sharedRateLimiter;
  const retry = { ...defaultRetry, ...settings.retry };
  const random = settings.random ?? Math.random;
  const { vendor } = settings;
  const secrets = () => settings.auth?.secrets() ?? [];
  const redact = (text: string) => redactSecrets(text, secrets());
  let parsedBaseUrl: URL | undefined;
  try {
    parsedBaseUrl = new URL(settings.baseUrl);
  } catch {
    parsedBaseUrl = undefined;
  }
  if (parsedBaseUrl?.protocol !== "http:" && parsedBaseUrl?.protocol !== "https:") {
    throw new ConfigError(`${vendor}: the base URL "${redact(String(settings.baseUrl))}" is not an http(s) URL`, {
      vendor,
    });
  }
  const requestTimeoutMs = settings.requestTimeoutMs ?? 30_000;

  function defaultError(info: HttpErrorInfo, options: ScanstatErrorOptions): ScanstatError {
    const said = info.details.message ? `: ${firstLine(info.details.message)}` : "";
    const page =
      !info.details.message && looksLikeHtml(info.headers.get("content-type"), info.text)
        ? " (an HTML error page)"
        : "";
    const base = `${vendor} ${info.operation}: HTTP ${info.status}${said}${page}`;
    switch (true) {
      case info.status === 401:
        return new AuthError(`${base} — the credentials were refused`, options);
      case info.status === 403:
        return new PermissionError(
          `${base} — the credentials lack a permission${info.details.permission ? ` (${info.details.permission})` : ""}`,
          { ...options, ...(info.details.permission ? { permission: info.details.permission } : {}) },
        );
      case info.status === 404:
        return new NotFoundError(base, options);
      case info.status === 429:
        return new RateLimitedError(base, options);
      case info.status === 400 || info.status === 409 || info.status === 422:
        return new InvalidRequestError(base, options);
      default:
        return new VendorError(base, options);
    }
  }

  async function send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    // The request follows the caller's signal through a signal of its own: requests that share
    // one caller signal (a batch read's fan-out) add one listener to it, not one each.
    const link = linkSignal(request.signal);
    try {
      return await sendFollowing(link.signal ? { ...request, signal: link.signal } : request);
    } finally {
      link.dispose();
    }
  }

  async function sendFollowing<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const url = joinUrl(settings.baseUrl, request.path, request.query);
    const printableUrl = redact(url);
    const limitClass = request.rateLimitClass ?? request.operation;
    const limit = settings.rateLimits?.[limitClass] ?? defaultRequestLimit;
    const budgetKey = `${vendor}:${settings.auth?.fingerprint() ?? "anonymous"}:${limitClass}`;
    const where = `${vendor} ${request.operation}`;
    const errorOptions = <Extra extends ScanstatErrorOptions>(extra = {} as Extra): Extra => ({
      vendor,
      operation: request.operation,
      ...extra,
    });
    const ambiguous = (error: ScanstatError): ScanstatError => {
      if (request.idempotent) return error;
      // The vendor may have acted: never repeat, and say how to look instead.
      const hint =
        request.ambiguousHint ?? `the ${vendor} scan may have started: check the vendor before triggering again`;
      const message = `${error.message} (${hint})`;
      const field = (value: unknown, enumerable = true) => ({ value, writable: true, configurable: true, enumerable });
      // A copy of the same class: own fields (code, status, cause, the marker) carry over.
      return Object.create(Object.getPrototypeOf(error), {
        ...Object.getOwnPropertyDescriptors(error),
        message: field(message, false),
        mayHaveActed: field(true),
        hint: field(hint),
        stack: field(String(error.stack ?? "").replace(error.message, message), false),
      });
    };
    const backoff = { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs };

    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      await limiter.acquire(budgetKey, limit, request.signal);
      const wallStart = Date.now();
      const trace = (event: Partial<HttpTraceEvent>) =>
        settings.onTrace?.({
          vendor,
          operation: request.operation,
          method: request.method,
          url: printableUrl,
          attempt,
          durationMs: Date.now() - wallStart,
          ...event,
        });
      const canRetry = attempt < retry.maxAttempts;
      /** Traces the failure and hands the error back, to throw. */
      const fail = (error: ScanstatError, event?: Partial<HttpTraceEvent>) => {
        trace({ ...event, error: error.message });
        return error;
      };
      /** Traces the wait, then waits: `delay`, or the backoff for this attempt. */
      const retryAfter = (event: Partial<HttpTraceEvent>, delay = backoffDelay(attempt, backoff, random)) => {
        trace({ ...event, retryInMs: delay });
        return clock.sleep(delay, request.signal);
      };

      // Outside the transport's try: a token provider's failure is its own error, not a network fault.
      const headers: Record<string, string> = {
        accept: "application/json",
        ...settings.headers,
        ...(await settings.auth?.headers()),
      };
      let requestBody: BodyInit | undefined;
      if (request.form) {
        const form = new URLSearchParams();
        for (const [name, value] of Object.entries(request.form)) if (value !== undefined) form.set(name, value);
        requestBody = form;
      } else if (request.json !== undefined) {
        requestBody = JSON.stringify(request.json);
        headers["content-type"] = "application/json";
      }
      const deadline = startRequestDeadline(requestTimeoutMs, request.signal);
      let response: Response;
      try {
        // Looked up per request, so a fetch patched later (msw, tests) is used.
        const fetchImpl = settings.fetch ?? globalThis.fetch;
        response = await deadline.race(
          fetchImpl(url, {
            method: request.method,
            headers,
            ...(requestBody !== undefined ? { body: requestBody } : {}),
            signal: deadline.signal,
          }),
        );
      } catch (cause) {
        deadline.clear();
        if (request.signal?.aborted) throw request.signal.reason;
        const isTimeout = deadline.expired;
        const code = errorCode(cause);
        const notSent = !isTimeout && code !== undefined && notSentCodes.has(code);
        const safeCause = redactedCause(cause, redact);
        const error: ScanstatError = isTimeout
          ? new TimeoutError(`${where}: no answer within ${requestTimeoutMs} ms`, errorOptions({ cause: safeCause }))
          : new NetworkError(
              `${where}: ${redact(describeNetworkFailure(code, cause, new URL(url).host))}`,
              errorOptions({ cause: safeCause, requestSent: !notSent }),
            );
        const retryable = request.idempotent || notSent;
        if (retryable && canRetry) {
          await retryAfter({ error: error.message });
          continue;
        }
        throw fail(notSent ? error : ambiguous(error));
      }

      let text = "";
      try {
        if (!(request.responseType === "none" && response.ok)) text = await deadline.race(response.text());
      } catch (cause) {
        if (request.signal?.aborted) throw request.signal.reason;
        // The answer stalled or broke mid-body: the vendor saw the request.
        const error: ScanstatError = deadline.expired
          ? new TimeoutError(
              `${where}: the answer did not finish within ${requestTimeoutMs} ms`,
              errorOptions({ status: response.status }),
            )
          : new NetworkError(
              `${where}: the connection broke while reading the answer`,
              errorOptions({ cause: redactedCause(cause, redact), status: response.status, requestSent: true }),
            );
        if (request.idempotent && canRetry) {
          await retryAfter({ error: error.message });
          continue;
        }
        throw fail(ambiguous(error), { status: response.status });
      } finally {
        deadline.clear();
      }

      if (response.ok || request.acceptStatus?.includes(response.status)) {
        const parsed = parseBody(request, response, text, where, errorOptions);
        if (parsed.ok) {
          trace({ status: response.status });
          return { data: parsed.data, status: response.status, headers: response.headers };
        }
        // An empty or cut-short body is a transport accident, not drift: a read asks again.
        if (parsed.unreadable && request.idempotent && canRetry) {
          await retryAfter({ status: response.status, error: parsed.error.message });
          continue;
        }
        // A 2xx says the vendor acted, whatever its body: a trigger must not be sent again blindly.
        throw fail(ambiguous(parsed.error), { status: response.status });
      }

      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      // Every field the vendor wrote may reach people (a request id in a message, a permission
      // name): a vendor that echoes the credential it was sent must not print it.
      const details: VendorErrorDetails = {};
      for (const [name, value] of Object.entries((body !== undefined && settings.parseErrorBody?.(body)) || {})) {
        if (typeof value === "string") details[name as keyof VendorErrorDetails] = redact(value);
      }
      const info: HttpErrorInfo = {
        vendor,
        operation: request.operation,
        status: response.status,
        headers: response.headers,
        body,
        text: redact(text.slice(0, 2048)),
        details,
      };

      if (response.status === 401 && settings.auth?.refresh && !refreshed) {
        refreshed = true;
        if (await settings.auth.refresh()) {
          trace({ status: response.status, retryInMs: 0 });
          attempt--; // a fresh token is not a retry
          continue;
        }
      }

      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), clock.now());
      const options = errorOptions({
        status: response.status,
        ...(details.requestId ? { requestId: details.requestId } : {}),
      });
      const error = settings.classifyError?.(info) ?? defaultError(info, options);

      if (response.status === 429) {
        // The vendor did not act on a 429: safe to repeat, even a trigger.
        const delay = retryAfterMs ?? backoffDelay(attempt, backoff, random);
        if (canRetry && delay <= retry.maxRetryAfterMs) {
          await retryAfter({ status: 429 }, delay);
          continue;
        }
        throw fail(
          new RateLimitedError(
            `${error.message}${retryAfterMs !== undefined ? ` — the vendor asks to wait ${Math.ceil(retryAfterMs / 1000)} s` : ""}`,
            { ...options, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) },
          ),
          { status: 429 },
        );
      }
      if (response.status >= 500 && request.idempotent && canRetry) {
        const delay = retryAfterMs ?? backoffDelay(attempt, backoff, random);
        if (delay <= retry.maxRetryAfterMs) {
          await retryAfter({ status: response.status }, delay);
          continue;
        }
      }
      throw fail(response.status >= 500 ? ambiguous(error) : error, { status: response.status });
    }
  }

  /** The body as `T`; `unreadable` when it is not JSON at all (empty, cut short), rather than JSON of another shape. */
  function parseBody<T>(
    request: HttpRequest<T>,
    response: Response,
    text: string,
    where: string,
    errorOptions: <Extra extends ScanstatErrorOptions>(extra?: Extra) => Extra,
  ): { ok: true; data: T } | { ok: false; error: VendorResponseError; unreadable: boolean } {
    if (request.responseType === "none") return { ok: true, data: undefined as T };
    if (request.responseType === "text") return { ok: true, data: text as T };
    if (text.trim() === "") {
      const error = new VendorResponseError(
        `${where}: empty body where JSON was expected`,
        errorOptions({ status: response.status }),
      );
      return { ok: false, error, unreadable: true };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      const html = looksLikeHtml(response.headers.get("content-type"), text);
      const error = new VendorResponseError(
        `${where}: expected JSON, got ${html ? "an HTML page" : "malformed JSON"}`,
        errorOptions({ status: response.status, cause: redactedCause(cause, redact) }),
      );
      // A proxy's HTML page is not cut short: asking again gets the same page.
      return { ok: false, error, unreadable: !html };
    }
    if (!request.schema) return { ok: true, data: json as T };
    const result = validate(request.schema, json);
    if (result.ok) return { ok: true, data: result.data };
    const error = new VendorResponseError(
      `${where}: unexpected response: field "${result.field}" ${result.problem}`,
      errorOptions({ status: response.status, field: result.field }),
    );
    return { ok: false, error, unreadable: false };
  }

  return {
    vendor,
    baseUrl: settings.baseUrl,
    request: send,
    redact,
  };
}
