import type { VendorId } from "../model/vendor-id.js";

const marker = Symbol.for("scanstat.error");

const errorNames = {
  auth: "AuthError",
  permission: "PermissionError",
  not_found: "NotFoundError",
  rate_limited: "RateLimitedError",
  vendor: "VendorError",
  network: "NetworkError",
  timeout: "TimeoutError",
  bad_response: "VendorResponseError",
  invalid_request: "InvalidRequestError",
  unsupported: "UnsupportedOperationError",
  config: "ConfigError",
  invalid_ref: "InvalidScanRefError",
} as const;

export type ScanstatErrorCode = keyof typeof errorNames;

/**
 * What the caller may do next, as a code: a library speaks no CLI, so each front end words the
 * advice its own way (the CLI names its commands and flags). `hintSubject` is what it is about.
 * - `list-active-scans`: a trigger or cancel may have acted; look at the vendor's active scans
 * - `read-scan-status`: a request may have acted on a scan (`hintSubject` = its id); read it again
 * - `give-trigger-option`: a trigger lacks an input (`hintSubject` = the trigger option's key)
 */
export type ErrorHintCode = "list-active-scans" | "read-scan-status" | "give-trigger-option";

export interface ScanstatErrorOptions {
  vendor?: VendorId;
  /** The operation that failed, e.g. `getScan`, `triggerScan`. */
  operation?: string;
  /** HTTP status, where one was received. */
  status?: number;
  /** The vendor's request id, for support tickets. */
  requestId?: string;
  /**
   * True when a state-changing request may have reached the vendor (timeout after sending, 5xx,
   * reset mid-response): the scan may have started and must not be triggered again blindly.
   */
  mayHaveActed?: boolean;
  /**
   * Whether looking again later may succeed. Each error class has a default from its kind (a
   * network failure may pass, a refused credential will not); give it where the thrower knows
   * better (an answer that will be the same the next time).
   */
  transient?: boolean;
  /** A short next step for the user, appended to the message. */
  hint?: string;
  /** The next step as a code, for front ends to word (see ErrorHintCode). */
  hintCode?: ErrorHintCode;
  /** What the hint is about: a scan id, a trigger input key. */
  hintSubject?: string;
  cause?: unknown;
}

/**
 * The base of every error scanstat throws. Each has a stable `code` and a one-line message.
 * Checks use a symbol marker (not `instanceof` alone) so that two installed copies of core agree.
 */
export abstract class ScanstatError extends Error {
  readonly [marker] = true;
  abstract readonly code: ScanstatErrorCode;
  readonly vendor: VendorId | undefined;
  readonly operation: string | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly mayHaveActed: boolean;
  /**
   * Looking again later may succeed: the network, a timeout, a 5xx, a 429, an answer cut short.
   * The HTTP client repeats a read on it and a watch looks at the scan again: one rule for both.
   */
  readonly transient: boolean;
  readonly hint: string | undefined;
  readonly hintCode: ErrorHintCode | undefined;
  readonly hintSubject: string | undefined;

  constructor(message: string, options: ScanstatErrorOptions = {}) {
    const oneLine = message.replace(/\s+/g, " ").trim();
    super(options.hint ? `${oneLine} (${options.hint})` : oneLine, { cause: options.cause });
    this.vendor = options.vendor;
    this.operation = options.operation;
    this.status = options.status;
    this.requestId = options.requestId;
    this.mayHaveActed = options.mayHaveActed ?? false;
    this.transient = options.transient ?? this.transientByDefault(options.status);
    this.hint = options.hint;
    this.hintCode = options.hintCode;
    this.hintSubject = options.hintSubject;
  }

  /**
   * Whether an error of this kind may pass when the thrower did not say. Not transient unless a
   * class says so: asking again for what will be refused again only costs the vendor's budget.
   * (A method, not a field: it is read while the base constructor runs.)
   */
  protected transientByDefault(_status: number | undefined): boolean {
    return false;
  }

  override get name(): string {
    // From the stable code, not constructor.name: a user's minifier renames classes.
    return errorNames[this.code];
  }

  static isInstance(error: unknown): error is ScanstatError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}

/** Builds `static isInstance` for a subclass from its code, so checks work across copies of core. */
export function hasCode(error: unknown, code: ScanstatErrorCode): boolean {
  return ScanstatError.isInstance(error) && error.code === code;
}
