import { request as httpRequest, type IncomingMessage, createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { systemClock } from "@scanstat/core";
import { type LoopbackServer, serveOnLoopback } from "@scanstat/core/testing";
import { createHaloSimulator, type HaloSimulator } from "@scanstat/halo/testing";
import { createProxy } from "proxy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { baseEnvironment, requireFreshBuild, runCli } from "./run-built-cli.js";

requireFreshBuild();

const fixture = (name: string) => fileURLToPath(new URL(`__fixtures__/${name}`, import.meta.url));
const certificate = fixture("localhost-cert.pem");

let home: string;
let simulator: HaloSimulator;
let vendor: LoopbackServer;
/** The same vendor over https (a self-signed certificate for localhost), relayed to `vendor`. */
let httpsVendor: Server;
let httpsPort: number;
let forwardProxy: Server;
let proxyUrl: string;
/** What the forward proxy was asked: `CONNECT host:port` tunnels and `GET http://…` forwards. */
let proxied: string[];

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
};
const close = (server: Server | undefined) =>
  new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "scanstat-proxy-"));
  simulator = createHaloSimulator({ clock: systemClock, outcomes: ["pass"], durationMs: 1, queuedMs: 0 });
  vendor = await serveOnLoopback([{ prefix: "/halo", simulator }], { port: 0 });
  httpsVendor = createHttpsServer(
    { key: readFileSync(fixture("localhost-key.pem")), cert: readFileSync(certificate) },
    (incoming: IncomingMessage, outgoing) => {
      const relay = httpRequest(
        `${vendor.url}${incoming.url}`,
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      incoming.pipe(relay);
    },
  );
  httpsPort = await listen(httpsVendor);
  forwardProxy = createProxy(createHttpServer());
  forwardProxy.on("request", (request: IncomingMessage) => proxied.push(`${request.method} ${request.url}`));
  forwardProxy.on("connect", (request: IncomingMessage) => proxied.push(`CONNECT ${request.url}`));
  proxyUrl = `http://127.0.0.1:${await listen(forwardProxy)}`;
}, 30_000);

afterAll(async () => {
  await close(forwardProxy);
  await close(httpsVendor);
  await vendor?.close();
  await rm(home, { recursive: true, force: true });
});

beforeEach(() => {
  proxied = [];
});

/** `scanstat status` of a finished Halo scan at `baseUrl`, with the proxy variables given. */
async function statusThrough(baseUrl: string, proxyEnvironment: Record<string, string>) {
  const id = simulator.seedScan({ durationMs: 1, queuedMs: 0 });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const env = { ...baseEnvironment(home), ...simulator.sandboxEnvironment(baseUrl), ...proxyEnvironment };
  const result = await runCli(["status", `halo:${id}`, "--format", "json"], env);
  return { ...result, id };
}

describe("proxies from the environment (the built CLI, a real forward proxy on loopback)", () => {
  it("HTTP_PROXY: an http vendor is reached through the proxy", async () => {
    const vendorPort = vendor.port;
    const result = await statusThrough(`http://localhost:${vendorPort}/halo`, { HTTP_PROXY: proxyUrl });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ ref: { vendor: "halo", id: result.id }, state: "completed" });
    expect(proxied.length).toBeGreaterThan(0);
    // undici tunnels plain http too: either way, every request went to the proxy for this vendor.
    for (const line of proxied)
      expect(line).toMatch(new RegExp(`^(CONNECT localhost:${vendorPort}|GET http://localhost:${vendorPort}/halo/)`));
  });

  it("https_proxy: an https vendor is reached by CONNECT, its certificate trusted through NODE_EXTRA_CA_CERTS", async () => {
    const result = await statusThrough(`https://localhost:${httpsPort}/halo`, {
      https_proxy: proxyUrl,
      NODE_EXTRA_CA_CERTS: certificate,
    });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ ref: { vendor: "halo", id: result.id }, state: "completed" });
    expect(proxied).toContain(`CONNECT localhost:${httpsPort}`);
  });

  it("NO_PROXY: a listed host is reached directly", async () => {
    const result = await statusThrough(`https://localhost:${httpsPort}/halo`, {
      HTTPS_PROXY: proxyUrl,
      NO_PROXY: "localhost",
      NODE_EXTRA_CA_CERTS: certificate,
    });
    expect(result.exitCode).toBe(0);
    expect(proxied).toEqual([]);
  });

  it("a proxy that refuses connections: exit 4 with one line naming the failure, no stack", async () => {
    const result = await statusThrough(`https://localhost:${httpsPort}/halo`, {
      HTTPS_PROXY: "http://127.0.0.1:9",
      NODE_EXTRA_CA_CERTS: certificate,
    });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/^scanstat: halo/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
