import { readFileSync } from "node:fs";

/** A vendor-page example body, parsed. */
export function readFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as T;
}
