import type { VendorPlugin, WebhookScanUpdate } from "@scanstat/core/adapter-kit";
import {
  formatScanRef,
  type ScanAdapter,
  type ScanRef,
  ScanstatError,
  type SeverityPolicy,
  type VendorId,
} from "@scanstat/core";
import { jsonReportElement } from "../output/format-json.js";
import { vendorDirectory } from "../vendors/vendor-manifests.js";
import { boardContentSecurityPolicy, boardHtml } from "./board/board-page.js";
import { boardScript } from "./board/board-script.js";
import { boardCss } from "./board/board-style.js";
import { eventStreamResponse } from "./event-stream.js";
import type { MeteredLimiter } from "./metered-limiter.js";
import { prometheusContentType } from "./prometheus-text.js";
import { BodyTooLargeError, isLoopbackHost, readCappedText, requestToken, tokenMatches } from "./request-guard.js";
import { BoardFullError, type BoardEntry, type ScanBoard } from "./scan-board.js";
import type { ServeMetrics } from "./serve-metrics.js";
import { payloadValues } from "./webhook-ids.js";

export interface ServeHandlerOptions {
  board: ScanBoard;
  metrics: ServeMetrics;
  limiter: MeteredLimiter;
  /** Builds (or refuses: ConfigError) a vendor's adapter, before a ref is added. */
  adapter: (vendor: VendorId) => Promise<ScanAdapter>;
  /** The vendor package's webhook reading, where it has one (loaded only when a hook arrives). */
  webhookReader: (vendor: VendorId) => Promise<VendorPlugin["readWebhook"]>;
  /** Guards every write and every hook when set. */
  token: string | undefined;
  /** True when the server listens on loopback only: then a request must name a loopback host (DNS rebinding). */
  loopbackOnly: boolean;
  /** Scrubs every credential (and the token) from what is served. */
  redact: (text: string) => string;
  severityPolicy: SeverityPolicy | undefined;
  /** Request bodies above this many bytes are refused (413). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Refs in one POST /api/scans, at most. Default 100. */
  maxRefsPerRequest?: number;
  /** Open /events streams, at most. Default 64. */
  maxEventStreams?: number;
  startedAt: number;
  now: () => number;
}

const commonHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function json(status: number, body: unknown, redact: (text: string) => string, headers: Record<string, string> = {}) {
  return new Response(`${redact(JSON.stringify(body, null, 2))}\n`, {
    status,
    headers: { ...commonHeaders, "content-type": "application/json; charset=utf-8", ...headers },
  });
}

const problem = (status: number, code: string, message: string, redact: (text: string) => string, headers = {}) =>
  json(status, { error: { code, message } }, redact, headers);

/** A board entry as `status --json` prints it, without the vendor payload, with a webhook's note. */
function boardElement(entry: BoardEntry): unknown {
  const { raw: _raw, ...element } = jsonReportElement(entry) as Record<string, unknown>;
  return entry.message ? { ...element, message: entry.message } : element;
}

/**
 * `scanstat serve` as a Fetch-API handler (`Request → Response`): the board, the JSON API,
 * server-sent events, metrics, webhooks and a health check. Served over node:http by
 * `listen-http.ts`; tests call it directly, in virtual time.
 */
export function createServeHandler(options: ServeHandlerOptions): (request: Request) => Promise<Response> {
  const { board, redact } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const maxRefsPerRequest = options.maxRefsPerRequest ?? 100;
  const maxEventStreams = options.maxEventStreams ?? 64;
  let openStreams = 0;

  const fail = (status: number, code: string, message: string, headers = {}) =>
    problem(status, code, message, redact, headers);

  function authorized(request: Request, url: URL): boolean {
    if (options.token === undefined) return true;
    const given = requestToken(request, url);
    return given !== undefined && tokenMatches(given, options.token);
  }

  async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
    let text: string;
    try {
      text = await readCappedText(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return { ok: false, response: fail(413, "body_too_large", `the body is larger than ${maxBodyBytes} bytes`) };
      }
      return { ok: false, response: fail(400, "bad_body", "the body could not be read") };
    }
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, response: fail(400, "bad_json", "the body is not JSON") };
    }
  }

  async function addScans(request: Request): Promise<Response> {
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
      return fail(
        415,
        "unsupported_media_type",
        'send JSON: Content-Type: application/json, {"refs": ["<vendor>:<id>", …]}',
      );
    }
    const read = await readJson(request);
    if (!read.ok) return read.response;
    const refsValue = (read.value as { refs?: unknown } | null)?.refs;
    if (!Array.isArray(refsValue) || refsValue.length === 0 || !refsValue.every((ref) => typeof ref === "string")) {
      return fail(400, "bad_request", 'expected {"refs": ["<vendor>:<id>", …]} with at least one ref');
    }
    if (refsValue.length > maxRefsPerRequest) {
      return fail(400, "bad_request", `at most ${maxRefsPerRequest} refs in one request`);
    }
    const parsed = new Map<string, ScanRef>();
    for (const text of refsValue as string[]) {
      try {
        const ref = vendorDirectory.parseScanRef(text);
        parsed.set(formatScanRef(ref), ref);
      } catch (error) {
        return fail(400, "invalid_ref", ScanstatError.isInstance(error) ? error.message : `malformed ref "${text}"`);
      }
    }
    const refs = [...parsed.values()];
    // A vendor without credentials is refused now, not discovered later as a row in error.
    for (const vendor of new Set(refs.map((ref) => ref.vendor))) {
      try {
        await options.adapter(vendor);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return fail(400, ScanstatError.isInstance(error) ? error.code : "config", message.split("\n")[0] ?? message);
      }
    }
    let added: ScanRef[];
    try {
      added = board.add(refs, "api");
    } catch (error) {
      if (error instanceof BoardFullError) return fail(409, "board_full", error.message);
      throw error;
    }
    const scans = refs.map((ref) => boardElement(board.get(ref) ?? { ref, source: "api" }));
    return json(added.length > 0 ? 201 : 200, { added: added.length, scans }, redact);
  }

  function removeScan(encoded: string): Response {
    let ref: ScanRef;
    try {
      ref = vendorDirectory.parseScanRef(safeDecode(encoded));
    } catch (error) {
      return fail(400, "invalid_ref", ScanstatError.isInstance(error) ? error.message : "malformed ref");
    }
    return board.remove(ref)
      ? new Response(null, { status: 204, headers: commonHeaders })
      : fail(404, "not_watched", `${ref.vendor}:${ref.id} is not on the board`);
  }

  /** What the vendor's package reads from a payload; a payload it chokes on names nothing, as any stranger's. */
  async function readWebhookUpdates(vendor: VendorId, payload: unknown): Promise<readonly WebhookScanUpdate[]> {
    const readWebhook = await options.webhookReader(vendor);
    try {
      return (
        readWebhook?.(payload, {
          previous: (id) => board.get({ vendor, id })?.scan,
          severityPolicy: options.severityPolicy,
        }) ?? []
      );
    } catch {
      return [];
    }
  }

  async function receiveHook(vendorWord: string, request: Request): Promise<Response> {
    const vendor = vendorDirectory.resolve(safeDecode(vendorWord));
    if (!vendor) return fail(404, "unknown_vendor", `no webhook for "${vendorWord}"`);
    const read = await readJson(request);
    if (!read.ok) {
      options.metrics.webhook(vendor, "refused");
      return read.response;
    }
    // The vendor's package names the scans its payload is about (and may say how they stand); any
    // whole value of the payload that is a watched id names one too, whatever the vendor.
    const updates = new Map((await readWebhookUpdates(vendor, read.value)).map((update) => [update.id, update]));
    const values = payloadValues(read.value);
    const named = board
      .list()
      .filter((entry) => entry.ref.vendor === vendor && (values.has(entry.ref.id) || updates.has(entry.ref.id)));
    if (named.length === 0) {
      options.metrics.webhook(vendor, "unmatched");
      return json(202, { matched: [] }, redact);
    }
    options.metrics.webhook(vendor, "matched");
    for (const entry of named) {
      const update = updates.get(entry.ref.id);
      if (update?.scan) board.apply(update.scan, update.message);
      // The scan is read again at once, by the same watcher: the payload is a nudge, the read is the truth.
      board.refresh(entry.ref);
    }
    return json(200, { matched: named.map((entry) => `${entry.ref.vendor}:${entry.ref.id}`) }, redact);
  }

  function asset(body: string, type: string, extra: Record<string, string> = {}): Response {
    return new Response(body, { headers: { ...commonHeaders, "content-type": type, ...extra } });
  }

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return fail(400, "bad_request", "malformed request URL");
    }
    if (options.loopbackOnly && !isLoopbackHost(url.hostname)) {
      return fail(421, "misdirected", "this server answers to 127.0.0.1 and localhost only");
    }
    const path = url.pathname;
    const method = request.method.toUpperCase();
    const isWrite = method !== "GET" && method !== "HEAD";
    if (isWrite) {
      // A web page elsewhere must not drive the API through the user's browser.
      const origin = request.headers.get("origin");
      if (origin !== null && origin !== url.origin) return fail(403, "forbidden", "cross-origin writes are refused");
      if (!authorized(request, url)) {
        if (path.startsWith("/hooks/")) {
          const vendor = vendorDirectory.resolve(safeDecode(path.slice("/hooks/".length)));
          if (vendor) options.metrics.webhook(vendor, "refused");
        }
        return fail(401, "unauthorized", "a valid token is required (Authorization: Bearer T, or ?token=T)", {
          "www-authenticate": 'Bearer realm="scanstat"',
        });
      }
    }
    const allow = (methods: string) =>
      fail(405, "method_not_allowed", `${method} is not allowed here (allowed: ${methods})`, { allow: methods });

    if (path === "/" || path === "/index.html") {
      if (isWrite) return allow("GET");
      return asset(boardHtml, "text/html; charset=utf-8", {
        "content-security-policy": boardContentSecurityPolicy,
        "x-frame-options": "DENY",
      });
    }
    if (path === "/board.js") return isWrite ? allow("GET") : asset(boardScript, "text/javascript; charset=utf-8");
    if (path === "/board.css") return isWrite ? allow("GET") : asset(boardCss, "text/css; charset=utf-8");
    if (path === "/favicon.ico") return new Response(null, { status: 204, headers: commonHeaders });
    if (path === "/healthz") {
      if (isWrite) return allow("GET");
      const seconds = Math.round((options.now() - options.startedAt) / 1000);
      return json(200, { status: "ok", scans: board.list().length, uptimeSeconds: seconds }, redact);
    }
    if (path === "/api/scans") {
      if (method === "POST") return addScans(request);
      if (isWrite) return allow("GET, POST");
      return json(
        200,
        board.list().map((entry) => jsonReportElement(entry)),
        redact,
      );
    }
    if (path.startsWith("/api/scans/")) {
      if (method !== "DELETE") return allow("DELETE");
      return removeScan(path.slice("/api/scans/".length));
    }
    if (path === "/events") {
      if (isWrite) return allow("GET");
      if (openStreams >= maxEventStreams)
        return fail(503, "busy", "too many open event streams", { "retry-after": "5" });
      openStreams++;
      const response = eventStreamResponse({ board, toElement: boardElement, redact, now: options.now });
      return withStreamEnd(response, () => openStreams--);
    }
    if (path === "/metrics") {
      if (isWrite) return allow("GET");
      return asset(options.metrics.render(board.list(), options.limiter.readings()), prometheusContentType);
    }
    if (path.startsWith("/hooks/")) {
      if (method !== "POST") return allow("POST");
      return receiveHook(path.slice("/hooks/".length), request);
    }
    return fail(404, "not_found", `nothing at ${path}`);
  };
}

/** A path segment decoded; a malformed escape (`%E0`) stays as it was, to be refused as a bad ref or vendor. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Calls `onEnd` once when the response's body ends, fails or is canceled by the client. */
function withStreamEnd(response: Response, onEnd: () => void): Response {
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      onEnd();
    }
  };
  const reader = response.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read().catch((error: unknown) => {
        end();
        throw error;
      });
      if (next.done) {
        end();
        controller.close();
      } else controller.enqueue(next.value);
    },
    cancel(reason) {
      end();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}
