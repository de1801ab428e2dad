import { describe, expect, it } from "vitest";
import { ConfigError } from "../errors/errors.js";
import { rejectionOf } from "./rejection-of.js";

describe("rejectionOf", () => {
  it("gives the Error a promise rejects with", async () => {
    const error = new ConfigError("soda: no key");
    expect(await rejectionOf(Promise.reject(error))).toBe(error);
  });

  it("throws when the promise resolves", async () => {
    await expect(rejectionOf(Promise.resolve(1))).rejects.toThrow("expected a rejection, but it resolved");
  });

  it("throws when the rejection is not an Error", async () => {
    await expect(rejectionOf(Promise.reject("text"))).rejects.toThrow("expected a rejection with an Error, got text");
  });
});
