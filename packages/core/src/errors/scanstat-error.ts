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
  /** A short next step for the user, appended to the message. */
  hint?: string;
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
  readonly hint: string | undefined;

  constructor(message: string, options: ScanstatErrorOptions = {}) {
    const oneLine = message.replace(/\s+/g, " ").trim();
    super(options.hint ? `${oneLine} (${options.hint})` : oneLine, { cause: options.cause });
    this.vendor = options.vendor;
    this.operation = options.operation;
    this.status = options.status;
    this.requestId = options.requestId;
    this.mayHaveActed = options.mayHaveActed ?? false;
    this.hint = options.hint;
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
