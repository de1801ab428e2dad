import { describe, expect, it } from "vitest";
import { createFaultInjector, type Fault, transportFault } from "./faults.js";

const request = new Request("https://vendor.test/x");
const original = () =>
  new Response(JSON.stringify({ status: "executing", id: "a" }), {
    status: 200,
    headers: { "content-type": "application/json", "content-length": "31", "x-soda-next-poll-time": "later" },
  });

async function answer(fault: Fault, base: Response | undefined = original()) {
  const injector = createFaultInjector();
  injector.add(fault);
  const taken = injector.take("getScan", request)!;
  const response = await taken.respond(base);
  return { taken, response, text: await response.text() };
}

describe("createFaultInjector", () => {
  it("answers a status fault with a JSON body and its headers", async () => {
    const { response, text, taken } = await answer({
      type: "status",
      status: 429,
      body: { message: "slow down" },
      headers: { "retry-after": "2" },
    });
    expect(taken.name).toBe("status:429");
    expect(taken.afterHandling).toBe(false);
    expect(response.status).toBe(429);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("retry-after")).toBe("2");
    expect(text).toBe('{"message":"slow down"}');
  });

  it("answers a status fault with a text body as text/plain, and with no body as empty", async () => {
    const textual = await answer({ type: "status", status: 503, body: "Service Unavailable" });
    expect(textual.response.headers.get("content-type")).toBe("text/plain");
    expect(textual.text).toBe("Service Unavailable");
    expect((await answer({ type: "status", status: 500 })).text).toBe("");
  });

  it("answers an html fault with a proxy's error page", async () => {
    const { response, text, taken } = await answer({ type: "html", status: 502 });
    expect(taken.name).toBe("html:502");
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("text/html");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("answers malformed and empty faults with a 200 that is not JSON", async () => {
    const malformed = await answer({ type: "malformed" });
    expect(malformed.response.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow(SyntaxError);
    const empty = await answer({ type: "empty" });
    expect(empty.response.status).toBe(200);
    expect(empty.text).toBe("");
  });

  it("transforms the real answer, after handling, keeping its status and headers but not its length", async () => {
    const { response, text, taken } = await answer({
      type: "transform",
      transform: (body) => ({ ...(body as object), status: "hibernating", extra: true }),
    });
    expect(taken.afterHandling).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-soda-next-poll-time")).toBe("later");
    expect(response.headers.get("content-length")).toBeNull();
    expect(JSON.parse(text)).toEqual({ status: "hibernating", id: "a", extra: true });
  });

  it("delays the real answer by real milliseconds, after handling", async () => {
    const started = Date.now();
    const { response, taken } = await answer({ type: "delay", ms: 40 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(taken.afterHandling).toBe(true);
    expect(response.status).toBe(200);
  });

  it("marks reset and refused answers for the transports", async () => {
    const reset = await answer({ type: "reset" });
    expect(transportFault(reset.response)).toBe("reset");
    const refused = await answer({ type: "refused" });
    expect(transportFault(refused.response)).toBe("refused");
    expect(transportFault(original())).toBeUndefined();
  });

  it("uses each rule `times` times, first added first, only for its operation", () => {
    const injector = createFaultInjector();
    injector.add({ type: "status", status: 500 }, { operation: "triggerScan" });
    injector.add({ type: "status", status: 503 }, { times: 2 });
    injector.add({ type: "reset" }, { operation: "getScan", afterHandling: true });
    const names = ["getScan", "triggerScan", "getScan", "getScan", "getScan"].map(
      (operation) => injector.take(operation, request)?.name ?? "none",
    );
    expect(names).toEqual(["status:503", "status:500", "status:503", "reset", "none"]);
    expect(injector.injected).toEqual({ "status:503": 2, "status:500": 1, reset: 1 });
  });

  it("keeps an unlimited rule, and clears every rule", () => {
    const injector = createFaultInjector();
    injector.add({ type: "empty" }, { times: Number.POSITIVE_INFINITY });
    for (let index = 0; index < 50; index++) expect(injector.take("getScan", request)?.name).toBe("empty");
    injector.clear();
    expect(injector.take("getScan", request)).toBeUndefined();
  });

  it("keeps afterHandling as asked for other faults", () => {
    const injector = createFaultInjector();
    injector.add({ type: "reset" }, { afterHandling: true });
    injector.add({ type: "reset" });
    expect(injector.take(undefined, request)?.afterHandling).toBe(true);
    expect(injector.take(undefined, request)?.afterHandling).toBe(false);
  });

  it("faults a share of requests at random, reproducibly, for the chosen operations only", () => {
    const values = [0.05, 0.0, 0.5, 0.09, 0.99];
    let index = 0;
    const random = () => values[index++ % values.length]!;
    const injector = createFaultInjector();
    injector.random({
      rate: 0.1,
      faults: [{ type: "status", status: 503 }, { type: "reset" }],
      random,
      operations: ["getScan"],
    });
    // 0.05 < 0.1 → fault chosen by 0.0 (the first); 0.5 → none; 0.09 → fault chosen by 0.99 (the second).
    expect(injector.take("getScan", request)?.name).toBe("status:503");
    expect(injector.take("getScan", request)).toBeUndefined();
    expect(injector.take("getScan", request)?.name).toBe("reset");
    expect(injector.take("triggerScan", request)).toBeUndefined();
    expect(injector.take(undefined, request)).toBeUndefined();
  });
});
