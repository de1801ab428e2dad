import { NetworkError, TimeoutError, VendorError, VendorResponseError } from "../errors/errors.js";
import type { ErrorHintCode, ScanstatError } from "../errors/scanstat-error.js";
import type { VendorId } from "../model/vendor-id.js";
import { BodyTooLargeError, formatBytes } from "./bounded-body.js";
import { describeNetworkFailure, errorCode, provablyNotSent, redactedCause } from "./network-failure.js";
import type { AttemptFailure } from "./retry-policy.js";
import { type ExchangeProgress, RedirectRefusedError } from "./vendor-exchange.js";

/** What an attempt's errors name: the call, and the host it went to. */
export interface CallDescription {
  vendor: VendorId;
  operation: string;
  /** `vendor operation`, the start of every message. */
  where: string;
  host: string;
  requestTimeoutMs: number;
  redact: (text: string) => string;
}

/** ky's timeout of one attempt: the request was sent, so a trigger may have acted. */
export function timeoutFailure(call: CallDescription, progress: ExchangeProgress | undefined): AttemptFailure {
  const answered = progress?.answered ?? false;
  const error = new TimeoutError(
    answered
      ? `${call.where}: the answer did not finish within ${call.requestTimeoutMs} ms`
      : `${call.where}: no answer within ${call.requestTimeoutMs} ms`,
    {
      vendor: call.vendor,
      operation: call.operation,
      ...(progress?.status ? { status: progress.status } : {}),
    },
  );
  return { error, notActedOn: false, mayHaveActed: true, trace: { error: error.message } };
}

/** A failure of the exchange itself: no answer, a refused redirect, a body too large. */
export function exchangeFailure(cause: unknown, progress: ExchangeProgress, call: CallDescription): AttemptFailure {
  const status = progress.status ? { status: progress.status } : {};
  const options = { vendor: call.vendor, operation: call.operation, ...status };
  // A refused redirect or an oversized body: the request was sent, and the next answer would be the same.
  const sentAndFinal = (error: ScanstatError): AttemptFailure => ({
    error,
    notActedOn: false,
    mayHaveActed: true,
    trace: { ...status, error: error.message },
  });
  if (cause instanceof RedirectRefusedError) {
    return sentAndFinal(
      new VendorError(`${call.where}: ${call.redact(cause.message)}`, { ...options, transient: false }),
    );
  }
  if (cause instanceof BodyTooLargeError) {
    return sentAndFinal(
      new VendorResponseError(
        `${call.where}: the answer is larger than ${formatBytes(cause.maxBytes)} (after decompression); scanstat stopped reading it`,
        { ...options, transient: false },
      ),
    );
  }
  const code = errorCode(cause);
  const notSent = !progress.answered && provablyNotSent(code);
  const error = progress.answered
    ? new NetworkError(`${call.where}: the connection broke while reading the answer`, {
        ...options,
        cause: redactedCause(cause, call.redact),
        requestSent: true,
      })
    : new NetworkError(`${call.where}: ${call.redact(describeNetworkFailure(code, cause, call.host, call.redact))}`, {
        vendor: call.vendor,
        operation: call.operation,
        cause: redactedCause(cause, call.redact),
        requestSent: !notSent,
      });
  return { error, notActedOn: notSent, mayHaveActed: !notSent, trace: { ...status, error: error.message } };
}

/** The next step when a request that is not safe to repeat may have been acted on. */
interface AmbiguousHint {
  hint: string;
  hintCode: ErrorHintCode;
  hintSubject: string | undefined;
}

/**
 * A copy of the same class that says the vendor may have acted, and how to look instead of
 * sending again. Own fields (code, status, transient, cause, the marker) carry over.
 */
export function withMayHaveActed(error: ScanstatError, { hint, hintCode, hintSubject }: AmbiguousHint): ScanstatError {
  const message = `${error.message} (${hint})`;
  const field = (value: unknown, enumerable = true) => ({ value, writable: true, configurable: true, enumerable });
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
