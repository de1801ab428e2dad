import { describe, expect, expectTypeOf, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import { environmentVariableNames, readEnvironment } from "./environment.js";

const specs = [
  { name: "DEMO_API_KEY", setting: "apiKey", required: true, secret: true, description: "API key" },
  { name: "DEMO_SECRET", setting: "secret", required: true, secret: true, description: "secret", verbatim: true },
  { name: "DEMO_BASE_URL", setting: "baseUrl", required: false, secret: false, description: "API origin" },
] as const;

describe("readEnvironment", () => {
  it.each([
    [
      "all set, trimmed",
      { DEMO_API_KEY: " key ", DEMO_SECRET: " s ", DEMO_BASE_URL: " https://x.test " },
      { apiKey: "key", secret: " s ", baseUrl: "https://x.test" },
    ],
    ["optional unset", { DEMO_API_KEY: "key", DEMO_SECRET: "s" }, { apiKey: "key", secret: "s" }],
    [
      "optional blank counts as unset",
      { DEMO_API_KEY: "key", DEMO_SECRET: "s", DEMO_BASE_URL: "  " },
      { apiKey: "key", secret: "s" },
    ],
    ["other variables ignored", { DEMO_API_KEY: "key", DEMO_SECRET: "s", OTHER: "x" }, { apiKey: "key", secret: "s" }],
  ])("%s", (_, variables, expected) => {
    expect(readEnvironment("halo", specs, variables)).toEqual(expected);
  });

  it.each([
    ["one missing", { DEMO_SECRET: "s" }, "halo: DEMO_API_KEY is not set"],
    ["a blank one is missing", { DEMO_API_KEY: "  ", DEMO_SECRET: "s" }, "halo: DEMO_API_KEY is not set"],
    ["an empty verbatim one is missing", { DEMO_API_KEY: "key", DEMO_SECRET: "" }, "halo: DEMO_SECRET is not set"],
    ["every missing one is named", {}, "halo: DEMO_API_KEY and DEMO_SECRET are not set"],
  ])("%s → ConfigError", (_, variables, message) => {
    let caught: unknown;
    try {
      readEnvironment("halo", specs, variables);
    } catch (error) {
      caught = error;
    }
    expect(ConfigError.isInstance(caught)).toBe(true);
    expect((caught as ConfigError).message).toBe(message);
    expect((caught as ConfigError).vendor).toBe("halo");
  });

  it("never repeats a value in its error", () => {
    expect(() => readEnvironment("halo", specs, { DEMO_SECRET: "hunter2" })).toThrow(/^(?!.*hunter2)/);
  });

  it("types required settings as strings and the others as optional", () => {
    const settings = readEnvironment("halo", specs, { DEMO_API_KEY: "key", DEMO_SECRET: "s" });
    expectTypeOf(settings.apiKey).toEqualTypeOf<string>();
    expectTypeOf(settings.secret).toEqualTypeOf<string>();
    expectTypeOf(settings.baseUrl).toEqualTypeOf<string | undefined>();
  });

  it("lists the names in order", () => {
    expect(environmentVariableNames(specs)).toEqual(["DEMO_API_KEY", "DEMO_SECRET", "DEMO_BASE_URL"]);
  });
});
