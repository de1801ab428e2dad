import { jsonResponse } from "@scanstat/core/testing";

/** Halo's error body: `{code, message}`, `code` often 0. */
export function haloError(status: number, message: string, code = 0): Response {
  return jsonResponse({ code, message }, { status });
}
