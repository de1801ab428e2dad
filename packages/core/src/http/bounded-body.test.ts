import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readBoundedText } from "./bounded-body.js";

/** A body that never ends, and says whether it was canceled. */
function endless(): { response: Response; canceled: () => boolean } {
  let canceled = false;
  const chunk = new Uint8Array(64 * 1024).fill(32);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(chunk);
    },
    cancel() {
      canceled = true;
    },
  });
  return { response: new Response(body), canceled: () => canceled };
}

describe("readBoundedText", () => {
  it("reads a body within the cap, multi-byte characters split across chunks included", async () => {
    const bytes = new TextEncoder().encode('{"name":"Ünïcødé"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    expect(await readBoundedText(new Response(body), 1024)).toBe('{"name":"Ünïcødé"}');
  });

  it("stops at the cap and cancels the stream", async () => {
    const { response, canceled } = endless();
    await expect(readBoundedText(response, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(canceled()).toBe(true);
  });

  it("gives way when the signal aborts, even if the stream never answers", async () => {
    const controller = new AbortController();
    const stalled = new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) }));
    const reading = readBoundedText(stalled, 1024, controller.signal);
    controller.abort(new Error("deadline"));
    await expect(reading).rejects.toThrow("deadline");
  });
});
