import {
  AuthError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  VendorError,
  VendorResponseError,
} from "../errors/errors.js";
import type { ScanstatError, ScanstatErrorOptions } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import { firstLine, redactedCause } from "./network-failure.js";
import type { AttemptFailure } from "./retry-policy.js";
import { parseRetryAfter } from "./retry-after.js";
import { type Schema, validate } from "./validate.js";

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

/** How one client reads its vendor's answers. */
export interface AnswerReading {
  vendor: VendorId;
  parseErrorBody?: (body: unknown) => VendorErrorDetails | undefined;
  classifyError?: (info: HttpErrorInfo) => ScanstatError | undefined;
  redact: (text: string) => string;
}

export interface Answer {
  operation: string;
  status: number;
  headers: Headers;
  text: string;
  /** The client's clock, for a `Retry-After` date. */
  now: number;
}

function looksLikeHtml(contentType: string | null, text: string): boolean {
  return (contentType ?? "").includes("html") || /^\s*<(!doctype|html)/i.test(text);
}

function defaultError(info: HttpErrorInfo, options: ScanstatErrorOptions): ScanstatError {
  const said = info.details.message ? `: ${firstLine(info.details.message)}` : "";
  const page =
    !info.details.message && looksLikeHtml(info.headers.get("content-type"), info.text) ? " (an HTML error page)" : "";
  const base = `${info.vendor} ${info.operation}: HTTP ${info.status}${said}${page}`;
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

/** An answer outside 2xx (and outside the operation's accepted statuses) as a typed error, and what it proves. */
export function failedAnswer(reading: AnswerReading, answer: Answer): AttemptFailure {
  const { vendor, redact } = reading;
  let body: unknown;
  try {
    body = answer.text ? JSON.parse(answer.text) : undefined;
  } catch {
    body = undefined;
  }
  // Every field the vendor wrote may reach people (a request id in a message, a permission
  // name): a vendor that echoes the credential it was sent must not print it.
  const details: VendorErrorDetails = {};
  for (const [name, value] of Object.entries((body !== undefined && reading.parseErrorBody?.(body)) || {})) {
    if (typeof value === "string") details[name as keyof VendorErrorDetails] = redact(value);
  }
  const info: HttpErrorInfo = {
    vendor,
    operation: answer.operation,
    status: answer.status,
    headers: answer.headers,
    body,
    // Redact first, then cut: a cut through a secret would leave a piece the redactor cannot see.
    // (A 4 KiB window first, so a 32 MiB body is not scanned whole; a secret is far shorter.)
    text: redact(answer.text.slice(0, 4096)).slice(0, 2048),
    details,
  };
  const retryAfterMs = parseRetryAfter(answer.headers.get("retry-after"), answer.now);
  const options = {
    vendor,
    operation: answer.operation,
    status: answer.status,
    ...(details.requestId ? { requestId: details.requestId } : {}),
  };
  let error = reading.classifyError?.(info) ?? defaultError(info, options);
  const trace = { status: answer.status };
  if (answer.status === 429) {
    // The vendor did not act on a 429: safe to repeat, even a trigger.
    const wait = retryAfterMs !== undefined ? ` — the vendor asks to wait ${Math.ceil(retryAfterMs / 1000)} s` : "";
    error = new RateLimitedError(`${error.message}${wait}`, {
      ...options,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    return { error, notActedOn: true, mayHaveActed: false, trace, ...withRetryAfter(retryAfterMs) };
  }
  const serverFailed = answer.status >= 500;
  // Whether a read asks again is the error's `transient`: a 5xx may pass, a 4xx (or the vendor's
  // own classification, say a not-found sent as a 500) will not.
  return {
    error,
    notActedOn: false,
    mayHaveActed: serverFailed,
    trace,
    ...withRetryAfter(serverFailed ? retryAfterMs : undefined),
  };
}

function withRetryAfter(retryAfterMs: number | undefined): { retryAfterMs?: number } {
  return retryAfterMs === undefined ? {} : { retryAfterMs };
}

export type BodyShape<T> = { schema?: Schema<T>; responseType?: "json" | "none" | "text" };

/**
 * A 2xx (or accepted) answer's body as `T`, or the failure: transient when it is not JSON at all
 * (empty, cut short) rather than a page or JSON of another shape, which the next answer would
 * repeat. The vendor acted either way.
 */
export function readAnswerBody<T>(
  reading: AnswerReading,
  answer: Answer,
  shape: BodyShape<T>,
): { ok: true; data: T } | { ok: false; failure: AttemptFailure } {
  if (shape.responseType === "none") return { ok: true, data: undefined as T };
  if (shape.responseType === "text") return { ok: true, data: answer.text as T };
  const where = `${reading.vendor} ${answer.operation}`;
  const options = { vendor: reading.vendor, operation: answer.operation, status: answer.status };
  const fail = (error: VendorResponseError) => ({
    ok: false as const,
    failure: {
      error,
      notActedOn: false,
      mayHaveActed: true,
      trace: { status: answer.status, error: error.message },
    },
  });
  if (answer.text.trim() === "") {
    return fail(new VendorResponseError(`${where}: empty body where JSON was expected`, options));
  }
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch (cause) {
    const html = looksLikeHtml(answer.headers.get("content-type"), answer.text);
    // A proxy's HTML page is not cut short: asking again gets the same page.
    const error = new VendorResponseError(`${where}: expected JSON, got ${html ? "an HTML page" : "malformed JSON"}`, {
      ...options,
      cause: redactedCause(cause, reading.redact),
      transient: !html,
    });
    return fail(error);
  }
  if (!shape.schema) return { ok: true, data: json as T };
  const result = validate(shape.schema, json);
  if (result.ok) return { ok: true, data: result.data };
  // JSON of another shape is what the vendor sends now: asking again gets the same.
  const error = new VendorResponseError(`${where}: unexpected response: field "${result.field}" ${result.problem}`, {
    ...options,
    field: result.field,
    transient: false,
  });
  return fail(error);
}
