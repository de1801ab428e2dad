import { describe, expect, it } from "vitest";
import { ConfigError, InvalidScanRefError } from "../errors/errors.js";
import { createVendorDirectory } from "./vendor-directory.js";

// Made-up vendors: core knows none by name, and the directory works for any.
const directory = createVendorDirectory([
  { vendor: "acme", aliases: [] },
  { vendor: "globex-cloud", aliases: ["gx"] },
  { vendor: "initech", aliases: [] },
]);

describe("createVendorDirectory", () => {
  it("lists the vendors in the order given, and every word that names one", () => {
    expect(directory.vendors).toEqual(["acme", "globex-cloud", "initech"]);
    expect(directory.words).toEqual(["acme", "globex-cloud", "initech", "gx"]);
  });

  it("resolves ids and aliases in any case and with spaces around", () => {
    expect(directory.resolve("acme")).toBe("acme");
    expect(directory.resolve("gx")).toBe("globex-cloud");
    expect(directory.resolve(" GX ")).toBe("globex-cloud");
    expect(directory.resolve("Initech")).toBe("initech");
  });

  it("resolves nothing else, Object's own members included", () => {
    for (const word of ["", "acm", "gx2", "globex", "toString", "constructor", "__proto__", "g x"]) {
      expect(directory.resolve(word), word).toBeUndefined();
    }
  });

  it("words its choices with the aliases after the ids", () => {
    expect(directory.choicesText()).toBe("acme, globex-cloud, initech (alias gx)");
    expect(directory.choicesText("; ")).toBe("acme, globex-cloud, initech; alias gx");
    expect(createVendorDirectory([{ vendor: "acme", aliases: [] }]).choicesText()).toBe("acme");
    expect(
      createVendorDirectory([
        { vendor: "acme", aliases: ["a"] },
        { vendor: "initech", aliases: ["i"] },
      ]).choicesText(),
    ).toBe("acme, initech (aliases a, i)");
  });

  it("parses refs among its vendors, aliases resolved", () => {
    expect(directory.parseScanRef("gx:42")).toEqual({ vendor: "globex-cloud", id: "42" });
    expect(directory.parseScanRef("ACME:a:b")).toEqual({ vendor: "acme", id: "a:b" });
  });

  it.each([
    [
      "umbrella:1",
      'unknown vendor "umbrella" in scan ref "umbrella:1": expected one of acme, globex-cloud, initech (alias gx)',
    ],
    [
      "constructor:1",
      'unknown vendor "constructor" in scan ref "constructor:1": expected one of acme, globex-cloud, initech (alias gx)',
    ],
    [
      "acme",
      'malformed scan ref "acme": expected <vendor>:<id> with vendor one of acme, globex-cloud, initech (alias gx)',
    ],
    ["gx:", 'scan ref "gx:" has no scan id after "gx:"'],
  ])("refuses %j: %s", (text, message) => {
    expect(() => directory.parseScanRef(text)).toThrow(InvalidScanRefError);
    expect(() => directory.parseScanRef(text)).toThrow(message);
  });

  it("refuses two vendors named by one word", () => {
    expect(() =>
      createVendorDirectory([
        { vendor: "acme", aliases: ["a"] },
        { vendor: "a", aliases: [] },
      ]),
    ).toThrow(new ConfigError('two vendors are named "a"'));
  });
});
