import { describe, expect, it } from "vitest";
import { queuedHaloScan } from "../__fixtures__/scans.js";
import { formatNdjsonEvent } from "./report-event.js";

describe("formatNdjsonEvent", () => {
  it("one JSON object per line", () => {
    expect(formatNdjsonEvent({ type: "triggered", ref: "soda:a" })).toBe('{"type":"triggered","ref":"soda:a"}\n');
    expect(formatNdjsonEvent({ type: "update", ref: "halo:812", scan: queuedHaloScan })).toBe(
      '{"type":"update","ref":"halo:812","scan":{"ref":{"vendor":"halo","id":"812"},"state":"queued","vendorState":"Queued","progress":{"completed":2,"total":8},"createdAt":"2026-01-01T00:09:30Z","raw":{}}}\n',
    );
    expect(
      formatNdjsonEvent({
        type: "end",
        reason: "timeout",
        exitCode: 5,
        results: [
          { ref: "halo:812", state: "queued" },
          { ref: "soda:x", error: { code: "auth", message: "m" } },
        ],
      }),
    ).toBe(
      '{"type":"end","reason":"timeout","exitCode":5,"results":[{"ref":"halo:812","state":"queued"},{"ref":"soda:x","error":{"code":"auth","message":"m"}}]}\n',
    );
  });
});
