import { VendorResponseError } from "@scanstat/core";
import { createVirtualClock } from "@scanstat/core/testing";
import { describe, expect, it } from "vitest";
import { createSodaAdapter, sodaMaxLogPages } from "./soda-adapter.js";

describe("getLogs page cap", () => {
  it("a log that keeps sending pages stops at 10,000 pages with a VendorResponseError", async () => {
    let pages = 0;
    // A hostile endpoint: every page holds one line and says more follow.
    const endless: typeof fetch = async () => {
      pages++;
      return new Response(JSON.stringify({ content: [{ message: `line ${pages}` }], last: false }), {
        headers: { "content-type": "application/json" },
      });
    };
    const adapter = createSodaAdapter({
      apiKeyId: "id-1234",
      apiKeySecret: "secret-1234",
      baseUrl: "https://soda.example",
      fetch: endless,
      clock: createVirtualClock(),
      rateLimits: { logs: { requests: 1_000_000, windowMs: 1000, documented: false } },
    });
    let lines = 0;
    const failure = await (async () => {
      for await (const _line of adapter.getLogs!("scan-1")) lines++;
    })().catch((error: unknown) => error);
    expect(VendorResponseError.isInstance(failure)).toBe(true);
    expect((failure as Error).message).toBe(
      "soda getScanLogs: the list did not end after 10000 pages; stopped reading (a list that never ends is not a vendor's answer)",
    );
    expect(pages).toBe(sodaMaxLogPages);
    expect(lines).toBe(sodaMaxLogPages);
  }, 30_000);
});
