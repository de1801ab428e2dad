import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** V8's collector, exposed at run time (no `--expose-gc` needed); undefined where V8 refuses. */
function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === "function") return existing;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const collect = exposeGc();

/** Whether `heapAfterGc` measures live memory (true) or whatever the heap holds now (false: compare loosely). */
export const canCollectGarbage = collect !== undefined;

/** Heap in use after a full collection (when one can be forced), in bytes. */
export function heapAfterGc(): number {
  collect?.();
  collect?.();
  return process.memoryUsage().heapUsed;
}
