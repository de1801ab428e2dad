import type { VendorErrorDetails } from "@scanstat/core";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Reads ProjectDiscovery's error body `{message, kind?, code?, error?, error_id?, param?, status?}`.
 * `error` carries the cause behind `message` when it adds something; `error_id` is the id support asks for.
 * No `classifyError`: the core's default already makes the spec's 499 (nginx's "client closed
 * request", declared on the reads) a VendorError, like a 5xx, and 400 an InvalidRequestError.
 */
export function parseProjectDiscoveryErrorBody(body: unknown): VendorErrorDetails | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const fields = body as Record<string, unknown>;
  const cause = text(fields.error);
  const param = text(fields.param);
  let message = text(fields.message) ?? cause;
  if (message && cause && cause !== message) message += ` (${cause})`;
  if (message && param) message += ` [param ${param}]`;
  return { message, code: text(fields.code) ?? text(fields.kind), requestId: text(fields.error_id) };
}
