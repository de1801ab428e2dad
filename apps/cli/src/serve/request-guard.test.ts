import { describe, expect, it } from "vitest";
import { BodyTooLargeError, isLoopbackHost, readCappedText, requestToken, tokenMatches } from "./request-guard.js";

describe("request guard", () => {
  it("knows the loopback names and addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]", "board.localhost"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ["0.0.0.0", "192.168.1.4", "::", "example.com", "127.0.0.1.nip.io", "localhost.example.com"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it("compares tokens whole, whatever their lengths", () => {
    expect(tokenMatches("0123456789abcdef", "0123456789abcdef")).toBe(true);
    expect(tokenMatches("0123456789abcde", "0123456789abcdef")).toBe(false);
    expect(tokenMatches("0123456789abcdef0", "0123456789abcdef")).toBe(false);
    expect(tokenMatches("", "0123456789abcdef")).toBe(false);
  });

  it("reads the token from a Bearer header, else from ?token=", () => {
    const url = new URL("http://127.0.0.1/hooks/pd?token=from-query");
    expect(requestToken(new Request(url, { headers: { authorization: "Bearer from-header" } }), url)).toBe(
      "from-header",
    );
    expect(requestToken(new Request(url), url)).toBe("from-query");
    const bare = new URL("http://127.0.0.1/api/scans");
    expect(requestToken(new Request(bare, { headers: { authorization: "Basic abc" } }), bare)).toBeUndefined();
  });

  it("caps a body by its declared length and by what actually arrives", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      new Request("http://127.0.0.1/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    expect(await readCappedText(post("hello"), 5)).toBe("hello");
    await expect(readCappedText(post("hello!"), 5)).rejects.toBeInstanceOf(BodyTooLargeError);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(4));
        controller.enqueue(new Uint8Array(4));
        controller.close();
      },
    });
    await expect(readCappedText(post(stream), 5)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
