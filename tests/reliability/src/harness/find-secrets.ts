import { inspect } from "node:util";

/**
 * Every form a credential may leak in: as given, Basic auth's base64 (in `secretsOf`), and
 * URL-encoded (a key quoted in a URL).
 */
function formsOf(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret)])];
}

/** The secrets found in `text`, for an assertion that names them. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => formsOf(secret).some((form) => text.includes(form)));
}

/**
 * Everything a value shows when printed, logged or serialized: `util.inspect` walks own
 * properties, `cause` chains and stacks; JSON what a log shipper keeps; `String` what a `catch`
 * prints.
 */
export function everythingPrintable(value: unknown): string {
  const json = (() => {
    try {
      return JSON.stringify(value) ?? "";
    } catch {
      return "";
    }
  })();
  const causes: string[] = [];
  let current: unknown = value;
  for (let depth = 0; depth < 10 && current && typeof current === "object"; depth++) {
    const error = current as { message?: unknown; stack?: unknown; hint?: unknown };
    causes.push(String(error.message ?? ""), String(error.stack ?? ""), String(error.hint ?? ""));
    current = (current as { cause?: unknown }).cause;
  }
  return [String(value), inspect(value, { depth: 10, showHidden: true }), json, ...causes].join("\n");
}
