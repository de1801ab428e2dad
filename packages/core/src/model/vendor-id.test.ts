import { describe, expect, it } from "vitest";
import { resolveVendorId, vendorIds } from "./vendor-id.js";

describe("resolveVendorId", () => {
  it("knows the four vendors and the pd alias, in any case and with spaces around", () => {
    expect(vendorIds).toEqual(["soda", "projectdiscovery", "telmai", "halo"]);
    for (const vendor of vendorIds) expect(resolveVendorId(vendor)).toBe(vendor);
    expect(resolveVendorId("pd")).toBe("projectdiscovery");
    expect(resolveVendorId(" HALO ")).toBe("halo");
  });
  it("is undefined for anything else", () => {
    for (const name of ["", "sod", "pd2", "project-discovery", "toString", "constructor", "__proto__"]) {
      expect(resolveVendorId(name)).toBeUndefined();
    }
  });
});
