import ky, { isForceRetryError, isTimeoutError } from "ky";
import type { RateLimit } from "../adapter/scan-adapter.js";
import { type Clock, systemClock } from "../clock/clock.js";
import { clampTimerMs } from "../clock/clamp-timer.js";
import { ConfigError, NetworkError, TimeoutError, VendorError, VendorResponseError } from "../errors/errors.js";
import type { ErrorHintCode, ScanstatError } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import { type RateLimiter, type RateLimitSlot, sharedRateLimiter } from "../rate-limit/sliding-window-limiter.js";
import {
  type AnswerReading,
  failedAnswer,
  type HttpErrorInfo,
  readAnswerBody,
  type VendorErrorDetails,
} from "./answer-failure.js";
import { BodyTooLargeError, defaultMaxResponseBytes, formatBytes } from "./bounded-body.js";
import { linkSignal } from "./linked-signal.js";
import { describeNetworkFailure, errorCode, provablyNotSent, redactedCause } from "./network-failure.js";
import { redactSecrets } from "./redact.js";
import { type AttemptFailure, defaultRetry, type RetryOptions, retryDelay } from "./retry-policy.js";
import type { Schema } from "./validate.js";
import { type ExchangeProgress, exchange, RedirectRefusedError } from "./vendor-exchange.js";

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

/** One attempt of one request: its own record, so a late failure of an abandoned attempt lands here, not on the next. */
interface Attempt {
  number: number;
  wallStart: number;
  progress: ExchangeProgress;
  slot: RateLimitSlot | undefined;
  failure?: AttemptFailure;
  /** The answer's body, read by the exchange. */
  text: string;
}

/** A copy of the same class that says the vendor may have acted, and how to look instead of sending again. */
function mayHaveActed(
  error: ScanstatError,
  hint: string,
  hintCode: ErrorHintCode,
  hintSubject: string | undefined,
): ScanstatError {
  const message = `${error.message} (${hint})`;
  const field = (value: unknown, enumerable = true) => ({ value, writable: true, configurable: true, enumerable });
  // Own fields (code, status, cause, the marker) carry over.
  return Object.create(Object.getPrototypeOf(error), {
    ...Object.getOwnPropertyDescriptors(error),
    message: field(message, false),
    mayHaveActed: field(true),
    hint: field(hint),
    hintCode: field(hintCode),
    hintSubject: field(hintSubject),
    stack: field(String(error.stack ?? "").replace(error.message, message), false),
  });
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

  async function sendWithKy<T>(request: HttpRequest<T>, signal: AbortSignal | undefined): Promise<HttpResponse<T>> {
    const url = joinUrl(settings.baseUrl, request.path, request.query);
    const printableUrl = redact(url);
    const host = new URL(url).host;
    const limitClass = request.rateLimitClass ?? request.operation;
    const limit = settings.rateLimits?.[limitClass] ?? defaultRequestLimit;
    const budgetKey = `${vendor}:${settings.auth?.fingerprint() ?? "anonymous"}:${limitClass}`;
    const where = `${vendor} ${request.operation}`;
    const errorOptions = { vendor, operation: request.operation };
    const hint =
      request.ambiguousHint ?? `the ${vendor} scan may have started: check the vendor before triggering again`;

    let attempt: Attempt | undefined;
    let attemptNumber = 0;
    let refreshed = false;
    let waitBeforeNext = 0;
    let result: HttpResponse<T> | undefined;

    const trace = (event: Partial<HttpTraceEvent>) =>
      settings.onTrace?.({
        vendor,
        operation: request.operation,
        method: request.method,
        url: printableUrl,
        attempt: attempt?.number ?? attemptNumber,
        durationMs: attempt ? Date.now() - attempt.wallStart : 0,
        ...event,
      });

    /** What an error thrown inside ky's loop stands for. */
    const failureOf = (error: unknown, current: Attempt | undefined): AttemptFailure | undefined => {
      if (current?.failure && error === current.failure.error) return current.failure;
      if (isTimeoutError(error)) {
        const answered = current?.progress.answered ?? false;
        const timeout = new TimeoutError(
          answered
            ? `${where}: the answer did not finish within ${requestTimeoutMs} ms`
            : `${where}: no answer within ${requestTimeoutMs} ms`,
          { ...errorOptions, ...(current?.progress.status ? { status: current.progress.status } : {}) },
        );
        return {
          error: timeout,
          notActedOn: false,
          mayHaveActed: true,
          trace: { error: timeout.message },
        };
      }
      return undefined;
    };

    /** A failure of the exchange itself (no answer, a refused redirect, a body too large). */
    const exchangeFailure = (cause: unknown, progress: ExchangeProgress): AttemptFailure => {
      const status = progress.status ? { status: progress.status } : {};
      // A refused redirect or an oversized body: the request was sent, so never repeated.
      const sentAndFinal = (error: ScanstatError): AttemptFailure => ({
        error,
        notActedOn: false,
        mayHaveActed: true,
        trace: { ...status, error: error.message },
      });
      if (cause instanceof RedirectRefusedError) {
        return sentAndFinal(new VendorError(`${where}: ${redact(cause.message)}`, { ...errorOptions, ...status }));
      }
      if (cause instanceof BodyTooLargeError) {
        return sentAndFinal(
          new VendorResponseError(
            `${where}: the answer is larger than ${formatBytes(cause.maxBytes)} (after decompression); scanstat stopped reading it`,
            { ...errorOptions, ...status },
          ),
        );
      }
      const code = errorCode(cause);
      const notSent = !progress.answered && provablyNotSent(code);
      const error = progress.answered
        ? new NetworkError(`${where}: the connection broke while reading the answer`, {
            ...errorOptions,
            ...status,
            cause: redactedCause(cause, redact),
            requestSent: true,
          })
        : new NetworkError(`${where}: ${redact(describeNetworkFailure(code, cause, host, redact))}`, {
            ...errorOptions,
            cause: redactedCause(cause, redact),
            requestSent: !notSent,
          });
      return {
        error,
        notActedOn: notSent,
        mayHaveActed: !notSent,
        trace: { ...status, error: error.message },
      };
    };

    const finish = (current: Attempt | undefined) => current?.slot?.answered();

    const headers: Record<string, string> = { accept: "application/json", ...settings.headers };
    let body: URLSearchParams | undefined;
    if (request.form) {
      body = new URLSearchParams();
      for (const [name, value] of Object.entries(request.form)) if (value !== undefined) body.set(name, value);
    }

    try {
      await ky(url, {
        method: request.method,
        headers,
        ...(body ? { body } : request.json !== undefined ? { json: request.json } : {}),
        ...(signal ? { signal } : {}),
        redirect: "manual",
        timeout: requestTimeoutMs,
        throwHttpErrors: false,
        retry: {
          // One more than the policy allows: a refreshed token is sent again without being a retry.
          limit: retry.maxAttempts,
          methods: everyMethod,
          // The policy waits on the client's clock (virtual in tests) in beforeRetry; ky waits nothing.
          delay: () => 0,
          shouldRetry: ({ error }) => {
            if (signal?.aborted) return false;
            const failure = failureOf(error, attempt);
            if (!failure || !attempt) return false;
            const delay = retryDelay(failure, {
              idempotent: request.idempotent,
              attempt: attempt.number,
              retry,
              random,
            });
            if (delay === undefined) return false;
            waitBeforeNext = delay;
            return true;
          },
        },
        // Looked up per request, so a fetch patched later (msw, tests) is used.
        fetch: async (input, init) => {
          const current = attempt!;
          const fetchImpl = settings.fetch ?? globalThis.fetch;
          const kyRequest = input instanceof Request ? input : new Request(input, init);
          try {
            const { response, text } = await exchange(kyRequest, {
              fetch: (next) => fetchImpl(next),
              maxResponseBytes,
              wantsBody: (status) => !(request.responseType === "none" && status >= 200 && status < 300),
              progress: current.progress,
              onAnswer: () => finish(current),
            });
            current.text = text;
            return new Response(null, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
          } catch (cause) {
            if (!signal?.aborted && !kyRequest.signal.aborted) {
              current.failure = exchangeFailure(cause, current.progress);
              throw current.failure.error;
            }
            throw cause;
          } finally {
            finish(current);
          }
        },
        hooks: {
          beforeRequest: [
            async (kyRequest) => {
              finish(attempt);
              attemptNumber++;
              const slot = (await limiter.acquire(budgetKey, limit, signal)) || undefined;
              attempt = {
                number: attemptNumber,
                wallStart: Date.now(),
                progress: { answered: false },
                slot,
                text: "",
              };
              // Outside the exchange: a token provider's failure is its own error, not a network fault.
              for (const [name, value] of Object.entries((await settings.auth?.headers()) ?? {})) {
                kyRequest.headers.set(name, value);
              }
            },
          ],
          afterResponse: [
            async (_kyRequest, _options, response) => {
              const current = attempt!;
              const answer = {
                operation: request.operation,
                status: response.status,
                headers: response.headers,
                text: current.text,
                now: clock.now(),
              };
              if (response.ok || request.acceptStatus?.includes(response.status)) {
                const parsed = readAnswerBody(reading, answer, request);
                if (!parsed.ok) {
                  current.failure = parsed.failure;
                  throw parsed.failure.error;
                }
                trace({ status: response.status });
                result = { data: parsed.data, status: response.status, headers: response.headers };
                return;
              }
              if (response.status === 401 && settings.auth?.refresh && !refreshed) {
                refreshed = true;
                if (await settings.auth.refresh()) {
                  // A fresh token is not a retry: same attempt number, no wait.
                  trace({ status: response.status, retryInMs: 0 });
                  attemptNumber--;
                  waitBeforeNext = 0;
                  return ky.retry({ delay: 0 });
                }
              }
              current.failure = failedAnswer(reading, answer);
              throw current.failure.error;
            },
          ],
          beforeRetry: [
            async ({ error }) => {
              if (!isForceRetryError(error)) {
                const failure = failureOf(error, attempt);
                trace({ ...failure?.trace, retryInMs: waitBeforeNext });
              }
              const wait = waitBeforeNext;
              waitBeforeNext = 0;
              await clock.sleep(wait, signal);
            },
          ],
        },
      });
    } catch (caught) {
      finish(attempt);
      if (signal?.aborted) throw signal.reason;
      const failure = failureOf(caught, attempt);
      if (!failure) throw caught;
      const error =
        !request.idempotent && failure.mayHaveActed
          ? mayHaveActed(
              failure.error,
              hint,
              request.ambiguousHintCode ?? "list-active-scans",
              request.ambiguousHintSubject,
            )
          : failure.error;
      trace({ ...failure.trace, error: error.message });
      throw error;
    }
    finish(attempt);
    if (!result) throw new VendorError(`${where}: no answer`, errorOptions);
    return result;
  }

  return {
    vendor,
    baseUrl: settings.baseUrl,
    request: send,
    redact,
  };
}
