import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

/** The names a loopback server answers to; anything else in `Host` is a DNS-rebinding attempt. */
const loopbackNames = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** 127.0.0.0/8, ::1 and `localhost`: the addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase();
  if (loopbackNames.has(name) || name.endsWith(".localhost")) return true;
  return isIP(name) === 4 && name.startsWith("127.");
}

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** Compares in constant time: both sides are hashed first, so their lengths tell nothing either. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token a request carries: `Authorization: Bearer T`, or `?token=T` for vendors that can only set a URL. */
export function requestToken(request: Request, url: URL): string | undefined {
  const authorization = request.headers.get("authorization");
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  return bearer ?? url.searchParams.get("token") ?? undefined;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** Reads a request body up to `limit` bytes; beyond it, stops reading and throws BodyTooLargeError. */
export async function readCappedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      // Not canceled: over HTTP that would reset the connection before the 413 is written.
      reader.releaseLock();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
