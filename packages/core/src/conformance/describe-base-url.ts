import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";

export interface DescribeBaseUrlOptions {
  vendor: string;
  /** The variable the base URL comes from, named in the error (e.g. `HALO_BASE_URL`). */
  variable: string;
  /** Makes the vendor's client with this base URL and returns the base it calls. */
  resolve(baseUrl: string): string;
}

const refused: ReadonlyArray<readonly [string, string]> = [
  ["not a URL", "api.example.com"],
  ["http off loopback", "http://api.example.com"],
  ["another scheme", "ftp://api.example.com"],
  ["a query", "https://api.example.com/?key=1"],
  ["a fragment", "https://api.example.com/#x"],
  [
    "credentials (fetch refuses them; a proxy password would be sent nowhere)",
    "https://ops:pr0xy-pa55@api.example.com",
  ],
];

/**
 * Checks that a vendor's client takes its base URL through the kit's `normalizeBaseUrl`: the same
 * refusals and the same wording for every vendor, and the refused value never repeated.
 */
export function describeBaseUrl(options: DescribeBaseUrlOptions): void {
  describe(`${options.vendor} base URL`, () => {
    it.each([
      ["https://proxy.example.com/prefix/", "https://proxy.example.com/prefix"],
      ["  https://proxy.example.com:8443  ", "https://proxy.example.com:8443"],
      ["http://127.0.0.1:4100/prefix", "http://127.0.0.1:4100/prefix"],
    ])("accepts %s as %s", (given, expected) => {
      expect(options.resolve(given)).toBe(expected);
    });

    it.each(refused)("refuses %s with the kit's ConfigError", (_, value) => {
      let caught: unknown;
      try {
        options.resolve(value);
      } catch (error) {
        caught = error;
      }
      expect(ConfigError.isInstance(caught)).toBe(true);
      expect((caught as Error).message).toBe(
        `${options.vendor}: the base URL (${options.variable}) must be https://host[:port][/prefix], without query, fragment or credentials (http only on loopback)`,
      );
    });
  });
}
