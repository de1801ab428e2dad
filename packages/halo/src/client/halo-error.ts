import { type HttpErrorInfo, PermissionError, type ScanstatError, type VendorErrorDetails } from "@scanstat/core";

/** The permission each state-changing operation needs (vendor page). */
const requiredPermission: Readonly<Record<string, string>> = {
  startScan: "security_scan_start",
  cancelScan: "security_scan_cancel",
};

/**
 * Halo's error body is `{code, message}`. `code` is often 0 (the page's own 400 and 404
 * examples), so the HTTP status decides the error class; a non-zero code is kept for the record.
 */
export function parseHaloErrorBody(body: unknown): VendorErrorDetails | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { code, message } = body as { code?: unknown; message?: unknown };
  const details: VendorErrorDetails = {};
  if (typeof message === "string" && message.trim() !== "") details.message = message;
  if ((typeof code === "number" || typeof code === "string") && String(code) !== "0" && String(code) !== "") {
    details.code = String(code);
  }
  return details;
}

/** A 403 on start or cancel names the permission Halo documents for it. */
export function classifyHaloError(info: HttpErrorInfo): ScanstatError | undefined {
  const permission = requiredPermission[info.operation];
  if (info.status !== 403 || !permission) return undefined;
  const said = info.details.message ? `: ${info.details.message}` : "";
  return new PermissionError(
    `halo ${info.operation}: HTTP 403${said} — the API key lacks the ${permission} permission`,
    { vendor: "halo", operation: info.operation, status: 403, permission },
  );
}
