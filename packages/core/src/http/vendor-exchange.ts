import { readBoundedText } from "./bounded-body.js";
import { decideRedirect } from "./redirect-policy.js";

/** Redirects followed within one origin before giving up. */
const maxRedirects = 5;

/** What one exchange got to before it ended: the client words its errors by it. */
export interface ExchangeProgress {
  /** The vendor answered (headers arrived): it saw the request. */
  answered: boolean;
  status?: number;
}

export interface ExchangeOptions {
  fetch: typeof globalThis.fetch;
  maxResponseBytes: number;
  /** Whether the body of this status is wanted (a 2xx with no content expected is not). */
  wantsBody: (status: number) => boolean;
  progress: ExchangeProgress;
  /** The first answer arrived: the moment a rate budget's slot counts from. */
  onAnswer: () => void;
}

export class RedirectRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RedirectRefusedError";
  }
}

/**
 * One request and its answer, for ky's loop: redirects are followed by hand (within the origin
 * only, so a key never travels to another host) and the body is read here, capped and under the
 * request's signal, so ky's timeout covers the whole answer. Returns the answer with its body
 * already read (`text`); the Response ky sees carries the status and headers.
 */
export async function exchange(
  request: Request,
  options: ExchangeOptions,
): Promise<{ response: Response; text: string }> {
  const { progress } = options;
  // Kept for a redirect that keeps the body (307/308): the first send consumes the stream.
  const body = request.body ? await request.clone().arrayBuffer() : undefined;
  let current = request;
  for (let hop = 0; ; hop++) {
    const response = await options.fetch(current);
    if (!progress.answered) options.onAnswer();
    progress.answered = true;
    progress.status = response.status;
    const decision = decideRedirect(
      new URL(current.url),
      response.status,
      response.headers.get("location"),
      current.method,
    );
    if ("refuse" in decision || (decision.follow && hop >= maxRedirects)) {
      response.body?.cancel().catch(() => undefined);
      throw new RedirectRefusedError(
        "refuse" in decision ? decision.refuse : `the answer redirected more than ${maxRedirects} times`,
      );
    }
    if (decision.follow) {
      response.body?.cancel().catch(() => undefined);
      const headers = new Headers(current.headers);
      if (!decision.keepBody) headers.delete("content-type");
      current = new Request(decision.url, {
        method: decision.method,
        headers,
        ...(decision.keepBody && body !== undefined ? { body } : {}),
        signal: request.signal,
        redirect: "manual",
      });
      continue;
    }
    if (!options.wantsBody(response.status)) {
      response.body?.cancel().catch(() => undefined);
      return { response, text: "" };
    }
    const text = await readBoundedText(response, options.maxResponseBytes, request.signal);
    return { response, text };
  }
}
