import { describe, expect, it } from "vitest";
import { credentialFingerprint } from "./credential-fingerprint.js";

describe("credentialFingerprint", () => {
  it("is FNV-1a in eight hex digits: stable, distinct, and never the credential", () => {
    // FNV-1a 32-bit reference values.
    expect(credentialFingerprint("")).toBe("811c9dc5");
    expect(credentialFingerprint("a")).toBe("e40c292c");
    expect(credentialFingerprint("foobar")).toBe("bf9cf968");
    expect(credentialFingerprint("secret-key-1")).not.toBe(credentialFingerprint("secret-key-2"));
    expect(credentialFingerprint("secret-key-1")).not.toContain("secret");
  });
});
