export interface LinkedSignal {
  /** Aborts with the parent's reason when the parent aborts; undefined when there is no parent. */
  readonly signal: AbortSignal | undefined;
  /** Stops following the parent (the request is over). */
  dispose(): void;
}

/** Per parent signal: the children still following it, all served by one listener. */
const followers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * A signal of its own for one request, following the caller's. Many requests often share one
 * caller signal (a batch read fans out to hundreds of requests, most of them waiting for the
 * rate budget): each listening on it directly would pile up listeners (and Node's
 * MaxListenersExceededWarning on the user's terminal). Here the parent gets one listener,
 * however many requests follow it.
 */
export function linkSignal(parent: AbortSignal | undefined): LinkedSignal {
  if (!parent) return { signal: undefined, dispose: () => {} };
  const controller = new AbortController();
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  let children = followers.get(parent);
  if (!children) {
    const created = new Set<() => void>();
    children = created;
    followers.set(parent, created);
    parent.addEventListener(
      "abort",
      () => {
        followers.delete(parent);
        for (const abort of [...created]) abort();
      },
      { once: true },
    );
  }
  const abort = () => controller.abort(parent.reason);
  children.add(abort);
  const joined = children;
  return { signal: controller.signal, dispose: () => joined.delete(abort) };
}
