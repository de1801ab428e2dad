import { describe, expect, it } from "vitest";
import { queuedHaloScan } from "../__fixtures__/scans.js";
import { formatNdjsonEvent, refFields } from "./report-event.js";

describe("formatNdjsonEvent", () => {
  it("one JSON object per line, every ref as {vendor, id} with its text form beside it", () => {
    const soda = { vendor: "soda", id: "a" } as const;
    const halo = { vendor: "halo", id: "812" } as const;
    expect(formatNdjsonEvent({ type: "triggered", ...refFields(soda) })).toBe(
      '{"type":"triggered","ref":{"vendor":"soda","id":"a"},"refText":"soda:a"}\n',
    );
    expect(formatNdjsonEvent({ type: "update", ...refFields(halo), scan: queuedHaloScan })).toBe(
      '{"type":"update","ref":{"vendor":"halo","id":"812"},"refText":"halo:812","scan":{"ref":{"vendor":"halo","id":"812"},"state":"queued","vendorState":"Queued","progress":{"completed":2,"total":8},"createdAt":"2026-01-01T00:09:30Z","raw":{}}}\n',
    );
    expect(
      formatNdjsonEvent({
        type: "end",
        reason: "timeout",
        exitCode: 5,
        results: [
          { ...refFields(halo), state: "queued" },
          { ...refFields({ vendor: "soda", id: "x" }), error: { code: "auth", message: "m" } },
        ],
      }),
    ).toBe(
      '{"type":"end","reason":"timeout","exitCode":5,"results":[{"ref":{"vendor":"halo","id":"812"},"refText":"halo:812","state":"queued"},{"ref":{"vendor":"soda","id":"x"},"refText":"soda:x","error":{"code":"auth","message":"m"}}]}\n',
    );
  });

  it("refFields copies only vendor and id (a ref with extra keys does not leak them)", () => {
    expect(refFields({ vendor: "pd", id: "1", extra: true } as never)).toEqual({
      ref: { vendor: "pd", id: "1" },
      refText: "pd:1",
    });
  });
});
