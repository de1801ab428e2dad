/**
 * The headers of a response from `nodeHttpFetch`: the read-only part of the Fetch API's
 * `Headers` that core and the adapters use, case-insensitive. Not the global `Headers`: touching
 * that loads undici, which is what this transport avoids.
 */
export class ResponseHeaders {
  /** Lower-case name → values in the order received. */
  readonly #values = new Map<string, string[]>();

  /** From `IncomingMessage.rawHeaders`: `[name, value, name, value, …]` as they came over the wire. */
  constructor(rawHeaders: readonly string[] = []) {
    for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
      const name = rawHeaders[index]!.toLowerCase();
      const value = rawHeaders[index + 1]!;
      const values = this.#values.get(name);
      if (values) values.push(value);
      else this.#values.set(name, [value]);
    }
  }

  /** A repeated header's values joined with ", ", as `Headers.get` does; null when absent. */
  get(name: string): string | null {
    return this.#values.get(name.toLowerCase())?.join(", ") ?? null;
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }

  /** Each `Set-Cookie` on its own (they cannot be joined with commas). */
  getSetCookie(): string[] {
    return [...(this.#values.get("set-cookie") ?? [])];
  }

  /** Sorted by name, as `Headers` iterates (each `Set-Cookie` on its own, the others joined). */
  *entries(): IterableIterator<[string, string]> {
    for (const name of [...this.#values.keys()].sort()) {
      if (name === "set-cookie") for (const value of this.#values.get(name)!) yield [name, value];
      else yield [name, this.get(name)!];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}
