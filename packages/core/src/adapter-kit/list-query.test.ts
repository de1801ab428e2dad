import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import type { Scan, ScanState } from "../model/scan.js";
import { applyListing, readListing } from "./list-query.js";

describe("readListing", () => {
  it.each([
    [undefined, { active: false, limit: Number.POSITIVE_INFINITY }],
    [{}, { active: false, limit: Number.POSITIVE_INFINITY }],
    [{ active: true }, { active: true, limit: Number.POSITIVE_INFINITY }],
    [{ limit: 1 }, { active: false, limit: 1 }],
    [
      { active: true, limit: 250 },
      { active: true, limit: 250 },
    ],
  ])("%j → %j", (query, expected) => {
    expect(readListing("telmai", query)).toEqual(expected);
  });

  it.each([[0], [-1], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("limit %s → ConfigError", (limit) => {
    let caught: unknown;
    try {
      readListing("telmai", { limit });
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as ConfigError).message).toBe(`telmai listScans: limit must be a whole number ≥ 1, got ${limit}`);
    expect((caught as ConfigError).operation).toBe("listScans");
  });
});

const scan = (id: string, state: ScanState): Scan => ({
  ref: { vendor: "telmai", id },
  state,
  vendorState: state,
  raw: {},
});
const source = [
  scan("a", "running"),
  scan("b", "completed"),
  scan("c", "queued"),
  scan("d", "failed"),
  scan("e", "running"),
];

async function ids(listing: { active: boolean; limit: number }): Promise<string[]> {
  const seen: string[] = [];
  for await (const item of applyListing(source, listing)) seen.push(item.ref.id);
  return seen;
}

describe("applyListing", () => {
  it.each([
    [{ active: false, limit: Number.POSITIVE_INFINITY }, ["a", "b", "c", "d", "e"]],
    [{ active: true, limit: Number.POSITIVE_INFINITY }, ["a", "c", "e"]],
    [{ active: false, limit: 2 }, ["a", "b"]],
    [{ active: true, limit: 2 }, ["a", "c"]],
    [{ active: true, limit: 1 }, ["a"]],
  ])("%j → %j", async (listing, expected) => {
    expect(await ids(listing)).toEqual(expected);
  });

  it("reads no further than the limit", async () => {
    let pulled = 0;
    async function* pages() {
      for (const item of source) {
        pulled++;
        yield item;
      }
    }
    for await (const _ of applyListing(pages(), { active: false, limit: 2 })) {
      // drain
    }
    expect(pulled).toBe(2);
  });
});
