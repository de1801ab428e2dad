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

/** Error codes that prove the request never left this machine. */
const notSentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);

/** The first `code` along an error's cause chain (fetch wraps the socket's error in a TypeError). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** True when the failure proves the vendor never saw the request (so even a trigger may be sent again). */
export function provablyNotSent(code: string | undefined): boolean {
  return code !== undefined && notSentCodes.has(code);
}

/** A network failure in words. `redact` runs before the message is cut, so no piece of a secret survives a cut. */
export function describeNetworkFailure(
  code: string | undefined,
  cause: unknown,
  host: string,
  redact: (text: string) => string = (text) => text,
): string {
  if (code && Object.hasOwn(networkWords, code)) return `${networkWords[code]} by ${host} [${code}]`;
  return firstLine(redact(code ?? (cause as Error)?.message ?? "connection failed"));
}

export function firstLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * A copy of a transport or parse error, for `cause`, with secrets removed from its messages (a
 * timeout's message names the URL, a JSON parse error quotes the body). Keeps `name` and `code`.
 */
export function redactedCause(error: unknown, redact: (text: string) => string, depth = 0): Error | undefined {
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
