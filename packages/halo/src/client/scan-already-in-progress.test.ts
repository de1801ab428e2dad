import { describe, expect, it } from "vitest";
import { scanAlreadyInProgressId } from "./scan-already-in-progress.js";

describe("scanAlreadyInProgressId", () => {
  it("reads the id from the vendor page's message", () => {
    expect(scanAlreadyInProgressId("Scan Already In Progress (202203161545TIa95TjO45S3ilhFzAvH)")).toBe(
      "202203161545TIa95TjO45S3ilhFzAvH",
    );
  });

  it("tolerates case and spacing", () => {
    expect(scanAlreadyInProgressId("scan already in progress ( abc123 )")).toBe("abc123");
  });

  it.each([["Scan Started"], ["target not found"], ["Scan Already In Progress"], [""], [undefined]])(
    "finds no id in %s",
    (message) => {
      expect(scanAlreadyInProgressId(message)).toBeUndefined();
    },
  );
});
