import { readFileSync } from "node:fs";

/** A fixture body, parsed fresh for each test (tests may change it). */
export function loadFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as T;
}
