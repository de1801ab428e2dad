import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closedPort, type LoopbackServer, startLoopbackServer } from "./__fixtures__/loopback-server.js";
import { nodeHttpFetch } from "./node-http-fetch.js";

let server: LoopbackServer;
let other: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
  other = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => {
  server.received.length = 0;
  other.received.length = 0;
});

/** The rejection of `promise` (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<Error & { cause?: Error & { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { cause?: Error & { code?: string } };
  }
  throw new Error("expected a rejection");
}

describe("nodeHttpFetch: answers", () => {
  it("gives status, status text, headers (any case) and the body as text or JSON", async () => {
    server.answer((_request, response) => {
      response.setHeader("X-Soda-Next-Poll-Time", "2026-11-23T10:00:00Z");
      response.setHeader("Set-Cookie", ["a=1", "b=2"]);
      response.writeHead(201, "Created Here", { "Content-Type": "application/json" });
      response.end('{"scanId":"42","checks":[1,2]}');
    });
    const response = await nodeHttpFetch(`${server.origin}/api/v1/scans`);
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("Created Here");
    expect(response.ok).toBe(true);
    expect(response.redirected).toBe(false);
    expect(response.url).toBe(`${server.origin}/api/v1/scans`);
    expect(response.headers.get("x-soda-next-poll-time")).toBe("2026-11-23T10:00:00Z");
    expect(response.headers.get("X-SODA-NEXT-POLL-TIME")).toBe("2026-11-23T10:00:00Z");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.has("Content-Type")).toBe(true);
    expect(response.headers.has("location")).toBe(false);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("set-cookie")).toBe("a=1, b=2");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ scanId: "42", checks: [1, 2] });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("iterates headers sorted by name with forEach, as Headers does", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, [
        ["X-B", "2"],
        ["x-a", "1"],
        ["X-A", "3"],
      ]);
      response.end();
    });
    const response = await nodeHttpFetch(server.origin);
    const seen: string[] = [];
    response.headers.forEach((value, name) => {
      if (name.startsWith("x-")) seen.push(`${name}=${value}`);
    });
    expect(seen).toEqual(["x-a=1, 3", "x-b=2"]);
    expect(await response.text()).toBe("");
  });

  it("a 4xx or 5xx is an answer, not an error: ok is false and the body is there", async () => {
    server.answer((_request, response) => {
      response.writeHead(503, { "Retry-After": "7" }).end("<html>down</html>");
    });
    const response = await nodeHttpFetch(server.origin);
    expect([response.status, response.ok, response.statusText]).toEqual([503, false, "Service Unavailable"]);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.text()).toBe("<html>down</html>");
  });

  it("decodes a gzip body and drops a byte order mark, as fetch does", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync(Buffer.from('\uFEFF{"ü":"✓"}', "utf8")));
    });
    const response = await nodeHttpFetch(server.origin);
    expect(await response.text()).toBe('{"ü":"✓"}');
  });

  it("a body in many chunks arrives whole", async () => {
    const line = `${"x".repeat(99)}\n`;
    server.answer((_request, response) => {
      response.writeHead(200);
      for (let index = 0; index < 2000; index++) response.write(line);
      response.end();
    });
    const text = await (await nodeHttpFetch(server.origin)).text();
    expect(text.length).toBe(200_000);
    expect(text).toBe(line.repeat(2000));
  });
});

describe("nodeHttpFetch: requests", () => {
  it("sends the method, path, query and headers; the caller's headers win over the defaults whatever their case", async () => {
    server.answer((_request, response) => response.end("ok"));
    await (
      await nodeHttpFetch(new URL(`${server.origin}/api/scans?status=running&page=2`), {
        method: "delete",
        headers: { Accept: "application/json", Authorization: "Basic c2VjcmV0", "X-Trace": "  padded  " },
      })
    ).text();
    const [request] = server.received;
    expect(request?.method).toBe("DELETE");
    expect(request?.path).toBe("/api/scans?status=running&page=2");
    expect(request?.headers.accept).toBe("application/json");
    expect(request?.headers.authorization).toBe("Basic c2VjcmV0");
    expect(request?.headers["x-trace"]).toBe("padded");
    expect(request?.headers["user-agent"]).toBe("node");
    expect(request?.headers["accept-encoding"]).toBe("gzip, deflate");
    expect(request?.headers["content-length"]).toBeUndefined();
    expect(request?.headers["transfer-encoding"]).toBeUndefined();
  });

  it("sends a JSON string with its length and the caller's content type", async () => {
    server.answer((_request, response) => response.end());
    const body = JSON.stringify({ definition: "orders_checks", note: "é" });
    await nodeHttpFetch(server.origin, { method: "POST", headers: { "content-type": "application/json" }, body });
    const [request] = server.received;
    expect(request?.body).toBe(body);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
  });

  it("sends URLSearchParams as a form, with fetch's content type", async () => {
    server.answer((_request, response) => response.end());
    await nodeHttpFetch(server.origin, {
      method: "POST",
      body: new URLSearchParams({ target_id: "7", note: "a b&c" }),
    });
    const [request] = server.received;
    expect(request?.body).toBe("target_id=7&note=a+b%26c");
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(request?.headers["content-length"]).toBe("24");
  });

  it("a POST without a body says Content-Length: 0 (not a chunked empty body)", async () => {
    server.answer((_request, response) => response.end());
    await nodeHttpFetch(`${server.origin}/cancel`, { method: "POST" });
    const [request] = server.received;
    expect(request?.headers["content-length"]).toBe("0");
    expect(request?.headers["transfer-encoding"]).toBeUndefined();
  });

  it("refuses a body on GET and a body kind it does not send, before anything is sent", async () => {
    await expect(nodeHttpFetch(server.origin, { body: "x" })).rejects.toThrow(TypeError);
    await expect(nodeHttpFetch(server.origin, { method: "POST", body: { not: "a body" } })).rejects.toThrow(
      "scanstat's HTTP transport sends string, URLSearchParams or byte bodies, not Object",
    );
    expect(server.received).toEqual([]);
  });
});

describe("nodeHttpFetch: failures look like Node's fetch failures", () => {
  it("a refused connection: TypeError('fetch failed') caused by the socket error ECONNREFUSED", async () => {
    const port = await closedPort();
    const error = await rejectionOf(nodeHttpFetch(`http://127.0.0.1:${port}/api`));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("fetch failed");
    expect(error.cause?.code).toBe("ECONNREFUSED");
  });

  it("a connection reset before the answer: TypeError('fetch failed') caused by ECONNRESET", async () => {
    server.answer((_request, response) => response.socket?.destroy());
    const error = await rejectionOf(nodeHttpFetch(server.origin));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("fetch failed");
    expect(error.cause?.code).toBe("ECONNRESET");
  });

  it("a body that breaks off: the head arrives, text() rejects with TypeError('terminated')", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-length": "1000" });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const response = await nodeHttpFetch(server.origin);
    expect(response.status).toBe(200);
    const error = await rejectionOf(response.text());
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("terminated");
    expect(error.cause?.code).toBe("ECONNRESET");
  });

  it("a host that does not resolve: the cause carries the resolver's code", async () => {
    const error = await rejectionOf(nodeHttpFetch("http://scanstat-test.invalid/"));
    expect(error.message).toBe("fetch failed");
    expect(["ENOTFOUND", "EAI_AGAIN"]).toContain(error.cause?.code);
  });

  it("an unparsable URL or another scheme: TypeError, nothing sent", async () => {
    const unparsable = await rejectionOf(nodeHttpFetch("not a url"));
    expect(unparsable).toBeInstanceOf(TypeError);
    expect(unparsable.message).toBe("Failed to parse URL from not a url");
    expect(unparsable.cause?.code).toBe("ERR_INVALID_URL");
    const ftp = await rejectionOf(nodeHttpFetch("ftp://127.0.0.1/"));
    expect([ftp instanceof TypeError, ftp.message]).toEqual([true, "fetch failed"]);
  });

  it("a header value with a line break is refused as a TypeError, nothing sent", async () => {
    const error = await rejectionOf(nodeHttpFetch(server.origin, { headers: { authorization: "Bearer a\r\nb" } }));
    expect([error instanceof TypeError, error.message]).toEqual([true, "fetch failed"]);
    expect(server.received).toEqual([]);
  });
});

describe("nodeHttpFetch: abort", () => {
  it("an already aborted signal rejects with its reason and sends nothing", async () => {
    const reason = new Error("interrupted by SIGINT");
    const error = await rejectionOf(nodeHttpFetch(server.origin, { signal: AbortSignal.abort(reason) }));
    expect(error).toBe(reason);
    expect(server.received).toEqual([]);
  });

  it("aborting while waiting for the answer rejects with the reason and closes the connection", async () => {
    server.answer(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const closedBefore = server.closedEarly;
    const pending = nodeHttpFetch(server.origin, { signal: controller.signal });
    await waitFor(() => server.received.length === 1);
    const reason = new Error("deadline");
    controller.abort(reason);
    expect(await rejectionOf(pending)).toBe(reason);
    await waitFor(() => server.closedEarly === closedBefore + 1);
  });

  it("aborting while the body streams rejects text() with the reason", async () => {
    server.answer((_request, response) => {
      response.writeHead(200, { "content-length": "100" });
      response.write("{");
    });
    const controller = new AbortController();
    const response = await nodeHttpFetch(server.origin, { signal: controller.signal });
    const text = response.text();
    const reason = new DOMException("This operation was aborted", "AbortError");
    controller.abort(reason);
    expect(await rejectionOf(text)).toBe(reason);
  });

  it("a signal aborted after the body is in changes nothing", async () => {
    server.answer((_request, response) => response.end("done"));
    const controller = new AbortController();
    const response = await nodeHttpFetch(server.origin, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(new Error("late"));
    expect(await response.text()).toBe("done");
  });
});

describe("nodeHttpFetch: redirects, as fetch follows them", () => {
  it("307 repeats the method and body; the answer says redirected and where from", async () => {
    server.answer((request, response) => {
      if (request.path === "/old") response.writeHead(307, { location: "/new" }).end();
      else response.end(`${request.method} ${request.path} ${request.body}`);
    });
    const response = await nodeHttpFetch(`${server.origin}/old`, { method: "POST", body: "payload" });
    expect(await response.text()).toBe("POST /new payload");
    expect(response.redirected).toBe(true);
    expect(response.url).toBe(`${server.origin}/new`);
  });

  it("303 (and 302 after a POST) continue as a GET without the body or its type", async () => {
    server.answer((request, response) => {
      if (request.path === "/created") response.writeHead(303, { location: "/scan/1" }).end();
      else response.end(`${request.method} ${request.headers["content-type"] ?? "-"} ${request.body || "-"}`);
    });
    const response = await nodeHttpFetch(`${server.origin}/created`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(await response.text()).toBe("GET - -");
  });

  it("a redirect to another origin drops the credentials", async () => {
    other.answer((request, response) => response.end(request.headers.authorization ?? "no credentials"));
    server.answer((_request, response) => response.writeHead(302, { location: `${other.origin}/elsewhere` }).end());
    const response = await nodeHttpFetch(server.origin, { headers: { authorization: "Bearer sandbox-token" } });
    expect(await response.text()).toBe("no credentials");
  });

  it("more than 20 redirects: TypeError('fetch failed')", async () => {
    server.answer((_request, response) => response.writeHead(301, { location: "/again" }).end());
    const error = await rejectionOf(nodeHttpFetch(server.origin));
    expect([error instanceof TypeError, error.message, error.cause?.message]).toEqual([
      true,
      "fetch failed",
      "redirect count exceeded",
    ]);
    expect(server.received.length).toBe(21);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
