import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import type { Scan, ScanState } from "../model/scan.js";
import { applyListing, type ListingSpec, readListing } from "./list-query.js";

describe("readListing", () => {
  it.each([
    [undefined, { active: false, limit: Number.POSITIVE_INFINITY, filters: {} }],
    [{}, { active: false, limit: Number.POSITIVE_INFINITY, filters: {} }],
    [{ active: true }, { active: true, limit: Number.POSITIVE_INFINITY, filters: {} }],
    [{ limit: 1 }, { active: false, limit: 1, filters: {} }],
    [
      { active: true, limit: 250 },
      { active: true, limit: 250, filters: {} },
    ],
  ])("%j → %j", (query, expected) => {
    expect(readListing("acme", query)).toEqual(expected);
  });

  it.each([[0], [-1], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("limit %s → ConfigError", (limit) => {
    let caught: unknown;
    try {
      readListing("acme", { limit });
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as ConfigError).message).toBe(`acme listScans: limit must be a whole number ≥ 1, got ${limit}`);
    expect((caught as ConfigError).operation).toBe("listScans");
  });

  // A made-up vendor's filters: one free text, one choice.
  const spec: ListingSpec = {
    vendor: "acme",
    listFilters: [
      { name: "search", key: "search", type: "string", description: "free text" },
      { name: "kind", key: "kind", type: "choice", choices: ["current", "all"], description: "which" },
    ],
  };

  it("reads the filters its spec lists, blanks left out", () => {
    expect(readListing(spec, { filters: { search: " api ", kind: "all" } }).filters).toEqual({
      search: "api",
      kind: "all",
    });
    expect(readListing(spec, { filters: { search: "  " } }).filters).toEqual({});
    expect(readListing(spec, {}).filters).toEqual({});
  });

  it.each([
    [spec, { owner: "me" }, 'acme listScans: unknown list filter "owner" (acme takes search, kind)'],
    [spec, { kind: "old" }, 'acme listScans: "kind" must be one of current, all, got "old"'],
    ["acme", { search: "x" }, 'acme listScans: unknown list filter "search" (acme takes no list filter)'],
  ] as const)("refuses filters %#: ConfigError in library words", (against, filters, message) => {
    let caught: unknown;
    try {
      readListing(against, { filters });
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as ConfigError).message).toBe(message);
    expect((caught as ConfigError).vendor).toBe("acme");
    expect((caught as ConfigError).operation).toBe("listScans");
  });
});

const scan = (id: string, state: ScanState): Scan => ({
  ref: { vendor: "acme", id },
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
