import { describe, expect, it } from "vitest";
import { hintedDelay } from "./next-poll-hint.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("hintedDelay", () => {
  it("is the time until the hint", () => {
    expect(hintedDelay("2026-01-01T00:00:07Z", now, 30_000)).toBe(7000);
  });
  it("is capped at maxDelayMs", () => {
    expect(hintedDelay("2026-01-01T00:10:00Z", now, 30_000)).toBe(30_000);
  });
  it("is undefined for no hint, a past or present hint, or a hint that does not parse", () => {
    expect(hintedDelay(undefined, now, 30_000)).toBeUndefined();
    expect(hintedDelay("2025-12-31T23:59:59Z", now, 30_000)).toBeUndefined();
    expect(hintedDelay("2026-01-01T00:00:00Z", now, 30_000)).toBeUndefined();
    expect(hintedDelay("soon", now, 30_000)).toBeUndefined();
  });
});
