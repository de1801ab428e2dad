import { readFileSync } from "node:fs";

/** A classic fixture body, parsed fresh for each test. */
export function loadClassicFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as T;
}
