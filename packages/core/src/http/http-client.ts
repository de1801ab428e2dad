import ky from "ky";
import type { RateLimit } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";
import { clampTimerMs } from "../clock/clamp-timer.js";
import { ConfigError } from "../errors/errors.js";
import type { ErrorHintCode, ScanstatError } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import { type RateLimiter, sharedRateLimiter } from "../rate-limit/sliding-window-limiter.js";
import type { AnswerReading, HttpErrorInfo, VendorErrorDetails } from "./answer-failure.js";
import { defaultMaxResponseBytes } from "./bounded-body.js";
import { linkSignal } from "./linked-signal.js";
import { redactSecrets } from "./redact.js";
import { type AttemptsSettings, createRequestAttempts } from "./request-attempts.js";
import { defaultRetry, type RetryOptions } from "./retry-policy.js";
import type { Schema } from "./validate.js";

export type { HttpErrorInfo, VendorErrorDetails } from "./answer-failure.js";
export type { RetryOptions } from "./retry-policy.js";

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
  /**
   * The fetch every request goes through (default: the global one, looked up per request). It is
   * asked not to follow redirects (`redirect: "manual"`): the client follows them itself, within
   * the origin only.
   */
  fetch?: typeof globalThis.fetch;
  /** One HTTP request's time limit, reading the body included. Default 30 s. */
  requestTimeoutMs?: number;
  /** The largest body an answer may have, counted after decompression. Default 32 MiB. */
  maxResponseBytes?: number;
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
  /** The same next step as a code, for front ends to word (default `list-active-scans`). */
  ambiguousHintCode?: ErrorHintCode;
  /** What that hint is about (a scan id). */
  ambiguousHintSubject?: string;
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

const defaultRequestLimit: RateLimit = { requests: 60, windowMs: 60_000, documented: false };
/** ky decides nothing on its own: every method may be retried, and the policy says which request is. */
const everyMethod = ["get", "post", "put", "patch", "delete", "head"];

export function joinUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(baseUrl.replace(/\/+$/, "") + (path.startsWith("/") ? path : `/${path}`));
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/** A form goes as URL-encoded fields (unset ones left out); anything else as JSON. */
function requestBody(request: HttpRequest<unknown>): { body: URLSearchParams } | { json: unknown } | {} {
  if (request.form) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(request.form)) if (value !== undefined) body.set(name, value);
    return { body };
  }
  return request.json !== undefined ? { json: request.json } : {};
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
  const requestTimeoutMs = clampTimerMs(settings.requestTimeoutMs ?? 30_000);
  const maxResponseBytes = settings.maxResponseBytes ?? defaultMaxResponseBytes;
  const reading: AnswerReading = {
    vendor,
    redact,
    ...(settings.parseErrorBody ? { parseErrorBody: settings.parseErrorBody } : {}),
    ...(settings.classifyError ? { classifyError: settings.classifyError } : {}),
  };

  async function send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    // The request follows the caller's signal through a signal of its own: requests that share
    // one caller signal (a batch read's fan-out) add one listener to it, not one each.
    const link = linkSignal(request.signal);
    try {
      return await sendWithKy(request, link.signal);
    } finally {
      link.dispose();
    }
  }

  const attemptsSettings: AttemptsSettings = {
    auth: settings.auth,
    clock,
    limiter,
    retry,
    random,
    reading,
    maxResponseBytes,
    fetch: settings.fetch,
    onTrace: settings.onTrace,
  };

  async function sendWithKy<T>(request: HttpRequest<T>, signal: AbortSignal | undefined): Promise<HttpResponse<T>> {
    const url = joinUrl(settings.baseUrl, request.path, request.query);
    const limitClass = request.rateLimitClass ?? request.operation;
    const attempts = createRequestAttempts(
      attemptsSettings,
      request,
      {
        vendor,
        operation: request.operation,
        where: `${vendor} ${request.operation}`,
        host: new URL(url).host,
        printableUrl: redact(url),
        requestTimeoutMs,
        redact,
        budget: {
          key: `${vendor}:${settings.auth?.fingerprint() ?? "anonymous"}:${limitClass}`,
          limit: settings.rateLimits?.[limitClass] ?? defaultRequestLimit,
        },
      },
      signal,
    );
    try {
      await ky(url, {
        method: request.method,
        headers: { accept: "application/json", ...settings.headers },
        ...requestBody(request),
        ...(signal ? { signal } : {}),
        redirect: "manual",
        timeout: requestTimeoutMs,
        throwHttpErrors: false,
        retry: {
          // One more than the policy allows: a refreshed token is sent again without being a retry.
          limit: retry.maxAttempts,
          methods: everyMethod,
          // The policy waits on the client's clock in beforeRetry; ky waits nothing.
          delay: () => 0,
          shouldRetry: attempts.shouldRetry,
        },
        fetch: attempts.exchangeOnce,
        hooks: {
          beforeRequest: [attempts.begin],
          afterResponse: [attempts.readAnswer],
          beforeRetry: [attempts.waitBeforeRetry],
        },
      });
    } catch (caught) {
      throw attempts.finalError(caught);
    }
    return attempts.result();
  }

  return {
    vendor,
    baseUrl: settings.baseUrl,
    request: send,
    redact,
  };
}
