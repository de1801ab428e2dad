import {
  AuthError,
  type HttpErrorInfo,
  NotFoundError,
  PermissionError,
  type ScanstatError,
  type VendorErrorDetails,
} from "@scanstat/core";

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

/**
 * Reads the documented error body `{"description": "Unauthorized"}` (auth controller), and a
 * proxy's or a Spring-style `{"message"}` / `{"error"}`. Plain-text answers (the API-key pages
 * document bare `Unauthorized`) are read by `classifyTelmaiClassicError` from the text.
 */
export function parseTelmaiClassicErrorBody(body: unknown): VendorErrorDetails | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { description, message, error } = body as { description?: unknown; message?: unknown; error?: unknown };
  const said = text(description) ?? text(message) ?? text(error);
  return said ? { message: said } : undefined;
}

/** A short plain-text body (`Unauthorized`) as the vendor's word; never an HTML page or a long text. */
function plainWord(info: HttpErrorInfo): string | undefined {
  if (info.details.message) return info.details.message;
  const said = info.text.trim();
  return said && said.length <= 200 && !said.includes("<") && !said.includes("\n") ? said : undefined;
}

/**
 * 401, 403 and 404 with what the user can do about them; anything else: the core's default
 * (undefined). A 404 of the job read is a job this tenant does not know (the adapter adds that).
 */
export function classifyTelmaiClassicError(info: HttpErrorInfo): ScanstatError | undefined {
  const said = plainWord(info);
  const base = `telmai ${info.operation}: HTTP ${info.status}${said ? ` ${said}` : ""}`;
  const options = { vendor: "telmai" as const, operation: info.operation, status: info.status };
  switch (info.status) {
    case 401:
      return new AuthError(
        info.operation === "requestToken"
          ? `${base} — the username or password (or refresh token) was refused`
          : `${base} — the API key (TELMAI_API_KEY) or token was refused (check it and TELMAI_TENANT)`,
        options,
      );
    case 403:
      return new PermissionError(
        `${base} — the credentials may not do this (check the tenant, TELMAI_TENANT)`,
        options,
      );
    case 404:
      return new NotFoundError(base, options);
    default:
      return undefined;
  }
}
