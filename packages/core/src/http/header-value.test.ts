import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import { requireHeaderSafeCredential } from "./header-value.js";

describe("requireHeaderSafeCredential", () => {
  const where = { vendor: "halo" as const, variable: "HALO_API_KEY" };
  it("passes printable ASCII through", () => {
    expect(requireHeaderSafeCredential("abc-DEF_123.~+/=", where)).toBe("abc-DEF_123.~+/=");
  });
  it("refuses non-ASCII and control characters with a ConfigError that names the place, not the value", () => {
    for (const [value, detail] of [
      ["kéy-secret", "U+00E9 at character 2"],
      ["key\u2013secret", "U+2013 at character 4"],
      ["key\nsecret", "U+000A at character 4"],
      ["k🔑y", "U+1F511 at character 2"],
    ] as const) {
      let caught: unknown;
      try {
        requireHeaderSafeCredential(value, where);
      } catch (error) {
        caught = error;
      }
      expect(ConfigError.isInstance(caught)).toBe(true);
      expect((caught as Error).message).toBe(
        `halo: HALO_API_KEY holds a character an HTTP header cannot carry (${detail}): only printable ASCII is sent`,
      );
      expect((caught as Error).message).not.toContain("secret");
    }
  });
});
