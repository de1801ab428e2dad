/** A small deterministic generator (mulberry32): the same payloads on every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    integer: (below: number) => Math.floor(next() * below),
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!,
    /** A word from `weighted` ([value, weight] pairs). */
    weighted: <T>(weighted: ReadonlyArray<readonly [T, number]>): T => {
      const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of weighted) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return weighted[weighted.length - 1]![0];
    },
    hex: (length: number) => {
      let text = "";
      for (let index = 0; index < length; index++) text += Math.floor(next() * 16).toString(16);
      return text;
    },
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;

export function uuidFrom(random: SeededRandom): string {
  return `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-8${random.hex(3)}-${random.hex(12)}`;
}

export function isoAt(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
