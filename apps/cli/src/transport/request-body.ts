/** The request bodies `nodeHttpFetch` sends: what core builds (JSON text, a form) and raw bytes. */
export type RequestBody = string | URLSearchParams | Uint8Array | ArrayBuffer;

export interface EncodedBody {
  bytes: Buffer;
  /** The type the Fetch API gives such a body when the caller names none. */
  contentType: string | undefined;
}

/** The body as bytes, and its default content type; a TypeError (as `fetch` throws) for a kind it does not send. */
export function encodeRequestBody(body: unknown): EncodedBody {
  if (typeof body === "string") return { bytes: Buffer.from(body, "utf8"), contentType: "text/plain;charset=UTF-8" };
  if (body instanceof URLSearchParams) {
    return {
      bytes: Buffer.from(body.toString(), "utf8"),
      contentType: "application/x-www-form-urlencoded;charset=UTF-8",
    };
  }
  if (body instanceof Uint8Array)
    return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength), contentType: undefined };
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body), contentType: undefined };
  const kind = body === null || typeof body !== "object" ? typeof body : (body.constructor?.name ?? "object");
  throw new TypeError(`scanstat's HTTP transport sends string, URLSearchParams or byte bodies, not ${kind}`);
}
