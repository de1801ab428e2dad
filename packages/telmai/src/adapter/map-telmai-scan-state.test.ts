import { describe, expect, it } from "vitest";
import { mapTelmaiScanState } from "./map-telmai-scan-state.js";

describe("mapTelmaiScanState", () => {
  it("running → running", () => expect(mapTelmaiScanState("running")).toBe("running"));
  it("finished → completed", () => expect(mapTelmaiScanState("finished")).toBe("completed"));
  it("failed → failed", () => expect(mapTelmaiScanState("failed")).toBe("failed"));
  it("is lenient with case and spaces", () => expect(mapTelmaiScanState(" Finished ")).toBe("completed"));
  it("an unknown word → unknown", () => expect(mapTelmaiScanState("paused")).toBe("unknown"));
  it("an empty word → unknown", () => expect(mapTelmaiScanState("")).toBe("unknown"));
});
