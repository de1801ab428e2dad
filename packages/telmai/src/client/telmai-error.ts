import {
  AuthError,
  type HttpErrorInfo,
  NotFoundError,
  PermissionError,
  type ScanstatError,
  type VendorErrorDetails,
} from "@scanstat/core";

/** The permission each call needs, from the vendor's page: a 403 names it. */
export const telmaiPermissions: Readonly<Record<string, string>> = {
  runScan: "scan:trigger",
  getScanStatus: "scan:trigger",
  getAssetsScanStatus: "assets:read",
  getIncidents: "incidents:read",
};

interface ErrorBody {
  error?: { code?: unknown; message?: unknown } | null;
  meta?: { requestId?: unknown } | null;
  message?: unknown;
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

/** Reads `{data, error: {code, message, details}, meta: {requestId}}`, or a proxy's bare `{message}`. */
export function parseTelmaiErrorBody(body: unknown): VendorErrorDetails | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { error, meta, message } = body as ErrorBody;
  const details: VendorErrorDetails = {};
  const said = text(error?.message) ?? text(message);
  const code = text(error?.code);
  const requestId = text(meta?.requestId);
  if (said) details.message = said;
  if (code) details.code = code;
  if (requestId) details.requestId = requestId;
  return details;
}

/**
 * The envelope's `error.code` first (UNAUTHORIZED, FORBIDDEN, NOT_FOUND), else undefined: the
 * core maps the HTTP status. A 403 names the permission the call needs.
 */
export function telmaiError(operation: string, status: number, details: VendorErrorDetails): ScanstatError | undefined {
  const { code, message, requestId } = details;
  const base = `telmai ${operation}: HTTP ${status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}`;
  const options = { vendor: "telmai" as const, operation, status, requestId };
  const kind = code ?? status;
  if (kind === "UNAUTHORIZED" || kind === 401) {
    return new AuthError(`${base} — the token was refused (Entra ID tokens expire after about an hour)`, options);
  }
  if (kind === "FORBIDDEN" || kind === 403) {
    const permission = telmaiPermissions[operation];
    const roles = permission === "scan:trigger" ? " (Admin and Member roles have it, Viewer does not)" : "";
    return new PermissionError(`${base} — the token lacks the permission ${permission}${roles}`, {
      ...options,
      permission,
    });
  }
  if (kind === "NOT_FOUND" || kind === 404) {
    // A 404 outside the envelope is not Telmai's answer: most likely a wrong base URL.
    return new NotFoundError(base, code ? options : { ...options, hint: "not Telmai's answer: check TELMAI_BASE_URL" });
  }
  return undefined;
}

/** The core's `classifyError` hook. */
export function classifyTelmaiError(info: HttpErrorInfo): ScanstatError | undefined {
  return telmaiError(info.operation, info.status, info.details);
}
