/**
 * Undoes a response's `Content-Encoding` (gzip, deflate, br), as `fetch` does. zlib is loaded
 * only when a server actually compressed something.
 */
export async function decodeContent(bytes: Buffer, contentEncoding: string | null): Promise<Buffer> {
  const codings = (contentEncoding ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
  if (codings.length === 0 || bytes.length === 0) return bytes;
  const zlib = await import("node:zlib");
  let decoded = bytes;
  // Listed in the order they were applied: undo the last first.
  for (const coding of codings.reverse()) {
    if (coding === "gzip" || coding === "x-gzip") decoded = zlib.gunzipSync(decoded);
    else if (coding === "br") decoded = zlib.brotliDecompressSync(decoded);
    else if (coding === "deflate") {
      // "deflate" is meant to be zlib-wrapped, but some servers send it raw.
      try {
        decoded = zlib.inflateSync(decoded);
      } catch {
        decoded = zlib.inflateRawSync(decoded);
      }
    } else return bytes; // an unknown coding: left as is, as fetch leaves it
  }
  return decoded;
}
