/**
 * One request's time limit. It covers reading the body too, so a vendor that sends headers and
 * then stalls is a timeout, not a hang; and it works with any `fetch`, even one that ignores signals.
 */
export interface RequestDeadline {
  readonly signal: AbortSignal;
  /** True once the time limit, not the caller, ended the request. */
  readonly expired: boolean;
  /** Settles with `promise`, or rejects as soon as the deadline passes or the caller aborts. */
  race<T>(promise: Promise<T>): Promise<T>;
  clear(): void;
}

export function startRequestDeadline(timeoutMs: number, callerSignal?: AbortSignal): RequestDeadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: "TimeoutError" }));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {}); // observed through race(); never an unhandled rejection
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    race: (promise) => Promise.race([promise, aborted]),
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
