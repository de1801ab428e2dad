import { VendorResponseError } from "@scanstat/core";
import { describe, expect, it } from "vitest";
import { type HaloPage, paginateHalo } from "./halo-pagination.js";

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

function numbers(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `s${index}`);
}

describe("paginateHalo", () => {
  it("stops a list that never ends at the page cap with a VendorResponseError", async () => {
    let calls = 0;
    const endless = paginateHalo(
      async (start, limit): Promise<HaloPage<string>> => {
        calls++;
        return { list: Array.from({ length: limit }, (_, index) => `s${start + index}`) };
      },
      (item) => item,
      { limit: 10, maxPages: 5, operation: "listInProgressScans" },
    );
    const read: string[] = [];
    const failure = await (async () => {
      for await (const item of endless) read.push(item);
    })().catch((error: unknown) => error);
    expect(VendorResponseError.isInstance(failure)).toBe(true);
    expect((failure as Error).message).toBe(
      "halo listInProgressScans: the list did not end after 5 pages; stopped reading (a list that never ends is not a vendor's answer)",
    );
    expect(calls).toBe(5);
    expect(read).toHaveLength(50);
  });

  it("follows pagination.total", async () => {
    const all = numbers(5);
    const calls: Array<[number, number]> = [];
    const items = await collect(
      paginateHalo(
        async (start, limit): Promise<HaloPage<string>> => {
          calls.push([start, limit]);
          return { list: all.slice(start, start + limit), pagination: { total: 5, start, limit } };
        },
        (item) => item,
        { limit: 2 },
      ),
    );
    expect(items).toEqual(all);
    expect(calls).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
  });

  it("stops at the first short page when the body has only `list`", async () => {
    const all = numbers(3);
    const calls: number[] = [];
    const items = await collect(
      paginateHalo(
        async (start, limit) => {
          calls.push(start);
          return { list: all.slice(start, start + limit) };
        },
        (item) => item,
        { limit: 2 },
      ),
    );
    expect(items).toEqual(all);
    expect(calls).toEqual([0, 2]);
  });

  it("stops when a server ignores `start` and repeats the page", async () => {
    const calls: number[] = [];
    const items = await collect(
      paginateHalo(
        async (start) => {
          calls.push(start);
          return { list: ["a", "b"] };
        },
        (item) => item,
        { limit: 2 },
      ),
    );
    expect(items).toEqual(["a", "b"]);
    expect(calls).toEqual([0, 2]);
  });

  it("stops on an empty page", async () => {
    const items = await collect(
      paginateHalo(
        async () => ({ list: [] as string[], pagination: { total: 9 } }),
        (item) => item,
      ),
    );
    expect(items).toEqual([]);
  });
});
