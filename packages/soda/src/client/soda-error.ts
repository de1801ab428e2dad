import { type HttpErrorInfo, InvalidRequestError, type ScanstatError, type VendorErrorDetails } from "@scanstat/core";

/** Soda answers errors with `{code, message}`; `code` is a string in the spec, a number in some answers. */
export function parseSodaErrorBody(body: unknown): VendorErrorDetails | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const { code, message } = body as { code?: unknown; message?: unknown };
  const details: VendorErrorDetails = {};
  if (typeof message === "string" && message.trim() !== "") details.message = message;
  if (typeof code === "string" || typeof code === "number") details.code = String(code);
  return details.message || details.code ? details : undefined;
}

/** Soda refuses to cancel a scan that is past the point of canceling with a 400: say so plainly. */
export function classifySodaError(info: HttpErrorInfo): ScanstatError | undefined {
  if (info.operation === "cancelScan" && (info.status === 400 || info.status === 409)) {
    const said = info.details.message ? `: ${info.details.message}` : "";
    return new InvalidRequestError(
      `soda cancelScan: HTTP ${info.status}${said} — only a queuing or executing scan can be canceled`,
      { vendor: "soda", operation: info.operation, status: info.status },
    );
  }
  return undefined;
}
