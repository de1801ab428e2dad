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
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    race: (promise) =>
      // A listener per race, removed once it settles: a shared never-settling promise would keep
      // every raced body (a log page each) reachable until the request ends.
      new Promise((resolve, reject) => {
        const signal = controller.signal;
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        promise.then(
          (value) => {
            signal.removeEventListener("abort", onAbort);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener("abort", onAbort);
            reject(error);
          },
        );
      }),
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
