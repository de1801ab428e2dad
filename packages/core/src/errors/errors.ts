import { hasCode, ScanstatError, type ScanstatErrorOptions } from "./scanstat-error.js";

/** 401: the credentials were refused. */
export class AuthError extends ScanstatError {
  readonly code = "auth" as const;
  static override isInstance(error: unknown): error is AuthError {
    return hasCode(error, "auth");
  }
}

/** 403: the credentials are valid but lack a permission. */
export class PermissionError extends ScanstatError {
  readonly code = "permission" as const;
  readonly permission: string | undefined;
  constructor(message: string, options: ScanstatErrorOptions & { permission?: string } = {}) {
    super(message, options);
    this.permission = options.permission;
  }
  static override isInstance(error: unknown): error is PermissionError {
    return hasCode(error, "permission");
  }
}

/** 404, or a scan the vendor does not know. */
export class NotFoundError extends ScanstatError {
  readonly code = "not_found" as const;
  static override isInstance(error: unknown): error is NotFoundError {
    return hasCode(error, "not_found");
  }
}

/** 429 that outlasted the retries. */
export class RateLimitedError extends ScanstatError {
  readonly code = "rate_limited" as const;
  /** The vendor's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: ScanstatErrorOptions & { retryAfterMs?: number } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
  /** The vendor asked to wait, not to stop. */
  protected override transientByDefault(): boolean {
    return true;
  }
  static override isInstance(error: unknown): error is RateLimitedError {
    return hasCode(error, "rate_limited");
  }
}

/** 5xx, or another answer the vendor gave that says it failed (transient unless its status is a 4xx). */
export class VendorError extends ScanstatError {
  readonly code = "vendor" as const;
  /** A 5xx (or a failure the vendor reported in a 2xx) may pass; a 4xx it has no name for will not. */
  protected override transientByDefault(status: number | undefined): boolean {
    return status === undefined || status < 400 || status >= 500;
  }
  static override isInstance(error: unknown): error is VendorError {
    return hasCode(error, "vendor");
  }
}

/** 400/409/422: the vendor refused the request as given (for example, stopping a scan that is not running). */
export class InvalidRequestError extends ScanstatError {
  readonly code = "invalid_request" as const;
  static override isInstance(error: unknown): error is InvalidRequestError {
    return hasCode(error, "invalid_request");
  }
}

/** The connection failed. `requestSent` is false only when the vendor provably never saw the request. */
export class NetworkError extends ScanstatError {
  readonly code = "network" as const;
  readonly requestSent: boolean;
  constructor(message: string, options: ScanstatErrorOptions & { requestSent: boolean }) {
    super(message, options);
    this.requestSent = options.requestSent;
  }
  protected override transientByDefault(): boolean {
    return true;
  }
  static override isInstance(error: unknown): error is NetworkError {
    return hasCode(error, "network");
  }
}

/** A request, or a wait, ran out of time. */
export class TimeoutError extends ScanstatError {
  readonly code = "timeout" as const;
  protected override transientByDefault(): boolean {
    return true;
  }
  static override isInstance(error: unknown): error is TimeoutError {
    return hasCode(error, "timeout");
  }
}

/** The vendor's body does not fit the schema; `field` names the offending path. */
export class VendorResponseError extends ScanstatError {
  readonly code = "bad_response" as const;
  readonly field: string | undefined;
  constructor(message: string, options: ScanstatErrorOptions & { field?: string } = {}) {
    super(message, options);
    this.field = options.field;
  }
  /** A body cut short may arrive whole the next time; the thrower says when it will not (a proxy's page). */
  protected override transientByDefault(): boolean {
    return true;
  }
  static override isInstance(error: unknown): error is VendorResponseError {
    return hasCode(error, "bad_response");
  }
}

/** The adapter does not declare the capability the caller asked for. */
export class UnsupportedOperationError extends ScanstatError {
  readonly code = "unsupported" as const;
  static override isInstance(error: unknown): error is UnsupportedOperationError {
    return hasCode(error, "unsupported");
  }
}

/** Missing or invalid configuration: credentials, base URL, options. */
export class ConfigError extends ScanstatError {
  readonly code = "config" as const;
  static override isInstance(error: unknown): error is ConfigError {
    return hasCode(error, "config");
  }
}

/** A scan ref that does not parse. */
export class InvalidScanRefError extends ScanstatError {
  readonly code = "invalid_ref" as const;
  static override isInstance(error: unknown): error is InvalidScanRefError {
    return hasCode(error, "invalid_ref");
  }
}
