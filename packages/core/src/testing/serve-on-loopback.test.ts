import { afterEach, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/http-client.js";
import { NetworkError } from "../errors/errors.js";
import { createSlidingWindowLimiter } from "../rate-limit/sliding-window-limiter.js";
import { authorized, createTestSimulator } from "./__fixtures__/test-simulator.js";
import { type LoopbackServer, serveOnLoopback } from "./serve-on-loopback.js";
import { createVirtualClock } from "./virtual-clock.js";

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve() {
  const clock = createVirtualClock();
  const soda = createTestSimulator(clock, "soda");
  const halo = createTestSimulator(clock, "halo");
  server = await serveOnLoopback([
    { prefix: "/soda", simulator: soda },
    { prefix: "/halo", simulator: halo },
  ]);
  return { clock, soda, halo, server };
}

describe("serveOnLoopback", () => {
  it("serves on 127.0.0.1 on a free port", async () => {
    const { server } = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it("sends each prefix to its simulator with the URL as sent (port and prefix kept, for links), query kept", async () => {
    const { server, soda, halo } = await serve();
    const response = await fetch(`${server.url}/halo/api/v1/scans/42?verbose=1`, { headers: authorized });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ vendor: "halo", id: "42", query: "?verbose=1" });
    expect(halo.requests.map((request) => request.path)).toEqual(["/halo/api/v1/scans/42"]);
    expect(soda.requests).toHaveLength(0);
  });

  it("passes request bodies and headers, and response status and headers", async () => {
    const { server, soda } = await serve();
    const response = await fetch(`${server.url}/soda/api/v1/scans`, {
      method: "POST",
      headers: { ...authorized, "content-type": "application/json" },
      body: JSON.stringify({ definition: "orders" }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/api/v1/scans/new");
    expect(await response.json()).toEqual({ vendor: "soda", received: { definition: "orders" } });
    expect(soda.started()).toBe(1);
  });

  it("answers 401 from the simulator's auth, and 404 outside any prefix", async () => {
    const { server } = await serve();
    expect((await fetch(`${server.url}/soda/api/v1/scans/1`)).status).toBe(401);
    const outside = await fetch(`${server.url}/nobody/api`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toEqual({ message: "no simulator here" });
    expect((await fetch(`${server.url}/sodax/api/v1/scans/1`, { headers: authorized })).status).toBe(404);
  });

  it("streams long bodies", async () => {
    const { server } = await serve();
    const response = await fetch(`${server.url}/soda/api/v1/lines?count=5000`, { headers: authorized });
    const text = await response.text();
    expect(text.split("\n").filter(Boolean)).toHaveLength(5000);
    expect(text.startsWith("line 0\nline 1\n")).toBe(true);
  });

  it("destroys the socket for a reset fault: the client sees a network error", async () => {
    const { server, soda, clock } = await serve();
    soda.faults.add({ type: "reset" }, { afterHandling: true });
    await expect(fetch(`${server.url}/soda/api/v1/scans`, { method: "POST", headers: authorized })).rejects.toThrow(
      "fetch failed",
    );
    expect(soda.started()).toBe(1);
    soda.faults.add({ type: "reset" });
    const client = createHttpClient({
      vendor: "soda",
      baseUrl: `${server.url}/soda`,
      clock,
      limiter: createSlidingWindowLimiter(clock),
      auth: { headers: () => authorized, secrets: () => ["sandbox-token"], fingerprint: () => "sandbox" },
    });
    const error = await client
      .request({ operation: "triggerScan", method: "POST", path: "/api/v1/scans", idempotent: false })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestSent).toBe(true);
    expect((error as NetworkError).mayHaveActed).toBe(true);
  });

  it("closes, after which the port refuses connections", async () => {
    const { server: running } = await serve();
    const { url } = running;
    await running.close();
    server = undefined;
    const error = await fetch(`${url}/soda/api/v1/scans/1`).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("fetch failed");
    expect(((error as Error).cause as { code?: string }).code).toBe("ECONNREFUSED");
  });
});
