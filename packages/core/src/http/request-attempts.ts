import ky, {
  type AfterResponseHook,
  type BeforeRequestHook,
  type BeforeRetryHook,
  isForceRetryError,
  isTimeoutError,
} from "ky";
import type { Clock } from "../clock/clock.js";
import { VendorError } from "../errors/errors.js";
import type { RateLimit } from "../adapter/scan-adapter.js";
import type { RateLimiter, RateLimitSlot } from "../rate-limit/sliding-window-limiter.js";
import { type AnswerReading, failedAnswer, readAnswerBody } from "./answer-failure.js";
import { type CallDescription, exchangeFailure, timeoutFailure, withMayHaveActed } from "./attempt-failure.js";
import type { HttpAuth, HttpRequest, HttpResponse, HttpTraceEvent } from "./http-client.js";
import { type AttemptFailure, type RetryOptions, retryDelay } from "./retry-policy.js";
import { type ExchangeProgress, exchange } from "./vendor-exchange.js";

/** What every request of one client shares. */
export interface AttemptsSettings {
  auth: HttpAuth | undefined;
  clock: Clock;
  limiter: RateLimiter;
  retry: RetryOptions;
  random: () => number;
  reading: AnswerReading;
  maxResponseBytes: number;
  fetch: typeof globalThis.fetch | undefined;
  onTrace: ((event: HttpTraceEvent) => void) | undefined;
}

/** One request's rate budget: the class's limit, counted per credential. */
interface RequestBudget {
  key: string;
  limit: RateLimit;
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

/**
 * The attempts of one request, as ky's hooks: each takes a rate-budget slot and fresh auth
 * headers, runs the exchange (redirects, the capped body), reads the answer or classifies the
 * failure, and asks the retry policy whether and when to go again. A 401 is answered once by
 * refreshing the credentials, without counting as a retry.
 */
export function createRequestAttempts<T>(
  settings: AttemptsSettings,
  request: HttpRequest<T>,
  call: CallDescription & { printableUrl: string; budget: RequestBudget },
  signal: AbortSignal | undefined,
) {
  const { clock, auth } = settings;
  let attempt: Attempt | undefined;
  let attemptNumber = 0;
  let refreshed = false;
  let waitBeforeNext = 0;
  let result: HttpResponse<T> | undefined;

  const trace = (event: Partial<HttpTraceEvent>) =>
    settings.onTrace?.({
      vendor: call.vendor,
      operation: request.operation,
      method: request.method,
      url: call.printableUrl,
      attempt: attempt?.number ?? attemptNumber,
      durationMs: attempt ? Date.now() - attempt.wallStart : 0,
      ...event,
    });

  /** What an error thrown inside ky's loop stands for. */
  const failureOf = (error: unknown, current: Attempt | undefined): AttemptFailure | undefined => {
    if (current?.failure && error === current.failure.error) return current.failure;
    if (isTimeoutError(error)) return timeoutFailure(call, current?.progress);
    return undefined;
  };

  const finish = (current: Attempt | undefined) => current?.slot?.answered();

  const begin: BeforeRequestHook = async (kyRequest) => {
    finish(attempt);
    attemptNumber++;
    const slot = (await settings.limiter.acquire(call.budget.key, call.budget.limit, signal)) || undefined;
    attempt = { number: attemptNumber, wallStart: Date.now(), progress: { answered: false }, slot, text: "" };
    // Outside the exchange: a token provider's failure is its own error, not a network fault.
    for (const [name, value] of Object.entries((await auth?.headers()) ?? {})) kyRequest.headers.set(name, value);
  };

  // Looked up per request, so a fetch patched later (msw, tests) is used.
  const exchangeOnce = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const current = attempt!;
    const fetchImpl = settings.fetch ?? globalThis.fetch;
    const kyRequest = input instanceof Request ? input : new Request(input, init);
    try {
      const { response, text } = await exchange(kyRequest, {
        fetch: (next) => fetchImpl(next),
        maxResponseBytes: settings.maxResponseBytes,
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
        current.failure = exchangeFailure(cause, current.progress, call);
        throw current.failure.error;
      }
      throw cause;
    } finally {
      finish(current);
    }
  };

  const readAnswer: AfterResponseHook = async (_kyRequest, _options, response) => {
    const current = attempt!;
    const answer = {
      operation: request.operation,
      status: response.status,
      headers: response.headers,
      text: current.text,
      now: clock.now(),
    };
    if (response.ok || request.acceptStatus?.includes(response.status)) {
      const parsed = readAnswerBody(settings.reading, answer, request);
      if (!parsed.ok) {
        current.failure = parsed.failure;
        throw parsed.failure.error;
      }
      trace({ status: response.status });
      result = { data: parsed.data, status: response.status, headers: response.headers };
      return;
    }
    if (response.status === 401 && auth?.refresh && !refreshed) {
      refreshed = true;
      if (await auth.refresh()) {
        // A fresh token is not a retry: same attempt number, no wait.
        trace({ status: response.status, retryInMs: 0 });
        attemptNumber--;
        waitBeforeNext = 0;
        return ky.retry({ delay: 0 });
      }
    }
    current.failure = failedAnswer(settings.reading, answer);
    throw current.failure.error;
  };

  const shouldRetry = ({ error }: { error: Error }): boolean => {
    if (signal?.aborted) return false;
    const failure = failureOf(error, attempt);
    if (!failure || !attempt) return false;
    const delay = retryDelay(failure, {
      idempotent: request.idempotent,
      attempt: attempt.number,
      retry: settings.retry,
      random: settings.random,
    });
    if (delay === undefined) return false;
    waitBeforeNext = delay;
    return true;
  };

  // The policy waits on the client's clock (virtual in tests) here; ky waits nothing.
  const waitBeforeRetry: BeforeRetryHook = async ({ error }) => {
    if (!isForceRetryError(error)) trace({ ...failureOf(error, attempt)?.trace, retryInMs: waitBeforeNext });
    const wait = waitBeforeNext;
    waitBeforeNext = 0;
    await clock.sleep(wait, signal);
  };

  return {
    begin,
    exchangeOnce,
    readAnswer,
    shouldRetry,
    waitBeforeRetry,

    /** What the caller sees when ky gave up: an abort as it came, a failure as its error. */
    finalError(caught: unknown): unknown {
      finish(attempt);
      if (signal?.aborted) return signal.reason;
      const failure = failureOf(caught, attempt);
      if (!failure) return caught;
      const error =
        !request.idempotent && failure.mayHaveActed
          ? withMayHaveActed(failure.error, {
              hint:
                request.ambiguousHint ??
                `the ${call.vendor} scan may have started: check the vendor before triggering again`,
              hintCode: request.ambiguousHintCode ?? "list-active-scans",
              hintSubject: request.ambiguousHintSubject,
            })
          : failure.error;
      trace({ ...failure.trace, error: error.message });
      return error;
    },

    /** The answer kept, once ky returned. */
    result(): HttpResponse<T> {
      finish(attempt);
      if (!result)
        throw new VendorError(`${call.where}: no answer`, { vendor: call.vendor, operation: request.operation });
      return result;
    },
  };
}
