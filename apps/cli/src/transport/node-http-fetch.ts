import * as http from "node:http";
import { decodeContent } from "./decode-content.js";
import { encodeRequestBody } from "./request-body.js";
import { ResponseHeaders } from "./response-headers.js";

/**
 * The part of the Fetch API that core's HTTP client and the adapters use, on `node:http` and
 * `node:https`. Node 20's own `fetch` loads undici on first use, which costs a new process
 * 30–110 ms: more than the rest of `scanstat status` together.
 */
export interface NodeHttpRequestInit {
  method?: string;
  headers?: Readonly<Record<string, string>> | Iterable<readonly [string, string]>;
  /** A string, URLSearchParams or bytes (core sends JSON text or a form). */
  body?: unknown;
  signal?: AbortSignal | null;
}

export interface NodeHttpResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  /** The URL of the answer, after redirects. */
  readonly url: string;
  readonly redirected: boolean;
  readonly headers: ResponseHeaders;
  readonly bodyUsed: boolean;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What one request/response exchange gave: the head at once, the body (already being read) later. */
interface Exchange {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
  body: Promise<Buffer>;
}

/** As undici: a connection not made in 10 s fails, with undici's code, which core counts as "never sent". */
const connectTimeoutMs = 10_000;
const maxRedirects = 20;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Sent unless the caller names them, as Node's fetch sends them. */
const defaultHeaders: Readonly<Record<string, string>> = {
  accept: "*/*",
  "user-agent": "node",
  "accept-encoding": "gzip, deflate",
};
/** Methods whose empty body still gets `Content-Length: 0` (else Node would send a chunked empty body). */
const payloadMethods = new Set(["POST", "PUT", "PATCH"]);
const bodyHeaderNames = ["content-type", "content-encoding", "content-language", "content-location"];
/** Dropped when a redirect leaves the origin, as fetch drops them. */
const credentialHeaderNames = ["authorization", "proxy-authorization", "cookie"];

/**
 * `fetch(url, { method, headers, body, signal })` for JSON APIs. Like Node's fetch: redirects
 * are followed; the promise settles with the head while the body is read; a network failure is
 * `TypeError("fetch failed", { cause })` with the socket's error (`cause.code`: ECONNREFUSED,
 * ECONNRESET, ENOTFOUND …); an aborted signal rejects with the signal's reason; a body that
 * breaks off rejects `text()` with `TypeError("terminated", { cause })`. Connections are kept
 * alive by Node's default agents, whose idle sockets never hold the process open.
 */
export async function nodeHttpFetch(input: string | URL, init: NodeHttpRequestInit = {}): Promise<NodeHttpResponse> {
  const signal = init.signal ?? undefined;
  signal?.throwIfAborted();
  let url = parseUrl(input);
  let method = (init.method ?? "GET").toUpperCase();
  const headers = headerRecord(init.headers);
  let body: Buffer | undefined;
  if (init.body !== undefined && init.body !== null) {
    if (method === "GET" || method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body.");
    const encoded = encodeRequestBody(init.body);
    body = encoded.bytes;
    if (encoded.contentType && headers["content-type"] === undefined) headers["content-type"] = encoded.contentType;
  }

  for (let redirects = 0; ; redirects++) {
    const exchange = await exchangeOnce(url, method, headers, body, signal);
    const location = exchange.headers.get("location");
    if (!redirectStatuses.has(exchange.status) || location === null)
      return createResponse(exchange, url, redirects > 0);
    if (redirects === maxRedirects)
      throw new TypeError("fetch failed", { cause: new Error("redirect count exceeded") });
    const next = parseUrl(location, url);
    if ((exchange.status === 303 && method !== "HEAD") || (exchange.status <= 302 && method === "POST")) {
      method = "GET";
      body = undefined;
      for (const name of bodyHeaderNames) delete headers[name];
    }
    if (next.origin !== url.origin) for (const name of credentialHeaderNames) delete headers[name];
    url = next;
  }
}

function parseUrl(input: string | URL, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(String(input), base);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError("fetch failed", { cause: new Error(`unsupported protocol ${url.protocol}`) });
  }
  return url;
}

/** Lower-case names (so a caller's `Accept` replaces the default `accept`); repeated names joined as `Headers` joins them. */
function headerRecord(headers: NodeHttpRequestInit["headers"]): Record<string, string> {
  const record: Record<string, string> = Object.create(null);
  if (!headers) return record;
  const pairs = Symbol.iterator in headers ? (headers as Iterable<readonly [string, string]>) : Object.entries(headers);
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const trimmed = String(value).trim();
    record[key] = record[key] === undefined ? trimmed : `${record[key]}, ${trimmed}`;
  }
  return record;
}

async function exchangeOnce(
  url: URL,
  method: string,
  headers: Readonly<Record<string, string>>,
  body: Buffer | undefined,
  signal: AbortSignal | undefined,
): Promise<Exchange> {
  // TLS is loaded only for an https URL: the sandbox and loopback tests never pay for it.
  const transport: Pick<typeof http, "request"> = url.protocol === "https:" ? await import("node:https") : http;
  signal?.throwIfAborted();
  const outgoingHeaders: Record<string, string> = { ...defaultHeaders, ...headers };
  if (body) outgoingHeaders["content-length"] = String(body.length);
  else if (payloadMethods.has(method)) outgoingHeaders["content-length"] = "0";

  return new Promise<Exchange>((resolve, reject) => {
    let answered = false;
    let stopBody: ((reason: unknown) => void) | undefined;
    let connectTimer: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = () => {
      clearTimeout(connectTimer);
      signal?.removeEventListener("abort", onAbort);
    };
    const fail = (error: unknown) => {
      if (answered) {
        stopBody?.(new TypeError("terminated", { cause: error }));
        return;
      }
      answered = true;
      cleanUp();
      reject(new TypeError("fetch failed", { cause: error }));
    };
    function onAbort(): void {
      const reason = signal?.reason;
      if (answered) stopBody?.(reason);
      else {
        answered = true;
        cleanUp();
        reject(reason);
      }
      outgoing.destroy();
    }

    let outgoing: http.ClientRequest;
    try {
      outgoing = transport.request(url, { method, headers: outgoingHeaders });
    } catch (error) {
      // Node refuses a header value with a line break before anything is sent.
      reject(new TypeError("fetch failed", { cause: error }));
      return;
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    outgoing.on("error", fail);
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) return; // a kept-alive connection
      connectTimer = setTimeout(() => {
        const error = new Error(`no connection to ${url.host} within ${connectTimeoutMs / 1000} s`);
        outgoing.destroy(Object.assign(error, { code: "UND_ERR_CONNECT_TIMEOUT" }));
      }, connectTimeoutMs);
      socket.once(url.protocol === "https:" ? "secureConnect" : "connect", () => clearTimeout(connectTimer));
    });
    outgoing.on("response", (incoming) => {
      clearTimeout(connectTimer);
      const reading = readBody(incoming);
      stopBody = reading.stop;
      answered = true;
      // The abort listener stays until the body is in: aborting then ends the read.
      reading.body.then(cleanUp, cleanUp);
      resolve({
        status: incoming.statusCode ?? 0,
        statusText: incoming.statusMessage ?? "",
        headers: new ResponseHeaders(incoming.rawHeaders),
        body: reading.body,
      });
    });
    outgoing.end(body);
  });
}

/** Reads the whole body at once (so the socket goes back to the pool even if nobody reads it). */
function readBody(incoming: http.IncomingMessage): { body: Promise<Buffer>; stop(reason: unknown): void } {
  let stop: (reason: unknown) => void = () => {};
  const body = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let finished = false;
    const finish = (failure?: { reason: unknown }) => {
      if (finished) return;
      finished = true;
      if (failure) reject(failure.reason);
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => finish());
    incoming.on("error", (error) => finish({ reason: new TypeError("terminated", { cause: error }) }));
    incoming.on("close", () => {
      if (incoming.complete) return;
      const error = Object.assign(new Error("the connection closed before the body was complete"), {
        code: "ECONNRESET",
      });
      finish({ reason: new TypeError("terminated", { cause: error }) });
    });
    stop = (reason) => {
      finish({ reason });
      incoming.destroy();
    };
  });
  // A body nobody reads (a redirect's, or core's `responseType: "none"`) must not fail the process.
  body.catch(() => {});
  return { body, stop: (reason) => stop(reason) };
}

function createResponse(exchange: Exchange, url: URL, redirected: boolean): NodeHttpResponse {
  const { status, statusText, headers } = exchange;
  let pending: Promise<Buffer> | undefined = exchange.body;
  // Once read, the bytes are let go: a long `logs` run holds no page it has printed.
  const take = async (): Promise<Buffer> => {
    if (!pending) throw new TypeError("Body is unusable: Body has already been read");
    const body = pending;
    pending = undefined;
    const bytes = await body;
    try {
      return await decodeContent(bytes, headers.get("content-encoding"));
    } catch (cause) {
      throw new TypeError("terminated", { cause });
    }
  };
  const text = async () => {
    const decoded = (await take()).toString("utf8");
    // As TextDecoder (fetch's text()): a byte order mark is not part of the text.
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  };
  return {
    ok: status >= 200 && status <= 299,
    status,
    statusText,
    url: url.href,
    redirected,
    headers,
    get bodyUsed() {
      return pending === undefined;
    },
    text,
    json: async () => JSON.parse(await text()),
    arrayBuffer: async () => {
      const bytes = await take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    },
  };
}
