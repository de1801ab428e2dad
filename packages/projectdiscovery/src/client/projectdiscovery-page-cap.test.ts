import { VendorResponseError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { createProjectDiscoveryClient } from "./projectdiscovery-client.js";

describe("listScanPages", () => {
  it("stops a list that keeps sending new scans at the page cap", async () => {
    const offsets: number[] = [];
    // A hostile endpoint: every page full, every scan new, no total.
    const endless: typeof fetch = async (input) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      const offset = Number(url.searchParams.get("offset"));
      const limit = Number(url.searchParams.get("limit"));
      offsets.push(offset);
      const data = Array.from({ length: limit }, (_, index) => ({ scan_id: `s${offset + index}`, status: "running" }));
      return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
    };
    const client = createProjectDiscoveryClient({ apiKey: "key-1234", fetch: endless });
    let pages = 0;
    const failure = await (async () => {
      for await (const _page of client.listScanPages({ status: "running" }, { pageSize: 2, maxPages: 4 })) pages++;
    })().catch((error: unknown) => error);
    expect(VendorResponseError.isInstance(failure)).toBe(true);
    expect((failure as Error).message).toBe(
      "projectdiscovery listScans: the list did not end after 4 pages; stopped reading (a list that never ends is not a vendor's answer)",
    );
    expect(pages).toBe(4);
    expect(offsets).toEqual([0, 2, 4, 6]);
  });
});
