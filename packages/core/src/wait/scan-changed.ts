import type { Scan } from "../model/scan.js";

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Whether a watcher should report `next`: its state, vendor word, progress or result moved. */
export function scanChanged(previous: Scan, next: Scan): boolean {
  return (
    previous.state !== next.state ||
    previous.vendorState !== next.vendorState ||
    !sameData(previous.progress, next.progress) ||
    !sameData(previous.result, next.result)
  );
}
