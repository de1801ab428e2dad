import { TimeoutError } from "../errors/errors.js";
import type { ScanstatErrorOptions } from "../errors/scanstat-error.js";
import type { Scan, ScanRef } from "../model/scan.js";

/** `waitForScan` ran out of time. A TimeoutError (code `timeout`) that keeps the last scan it saw. */
export class WaitTimeoutError extends TimeoutError {
  readonly ref: ScanRef;
  /** The last answer before time ran out; undefined when none came. */
  readonly lastScan: Scan | undefined;

  constructor(message: string, options: ScanstatErrorOptions & { ref: ScanRef; lastScan?: Scan | undefined }) {
    super(message, options);
    this.ref = options.ref;
    this.lastScan = options.lastScan;
  }

  static override isInstance(error: unknown): error is WaitTimeoutError {
    return TimeoutError.isInstance(error) && "lastScan" in error && "ref" in error;
  }
}
