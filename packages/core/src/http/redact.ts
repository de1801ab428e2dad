const redacted = "***";

/** Header names whose values are always secret, whatever the vendor. */
const secretHeaderNames = new Set(["authorization", "x-api-key", "x-apikey", "cookie", "proxy-authorization"]);

/** Replaces every occurrence of each secret in `text`. Short values (< 4 chars) are ignored to avoid mangling text. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    result = result.split(secret).join(redacted);
  }
  return result;
}

export function redactHeaders(
  headers: Headers | Record<string, string>,
  secrets: readonly string[],
): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    result[name] = secretHeaderNames.has(name.toLowerCase()) ? redacted : redactSecrets(value, secrets);
  }
  return result;
}

/** The values a Basic auth header carries, in every printable form, for redaction. */
export function basicAuthSecrets(user: string, password: string): string[] {
  try {
    return [password, btoa(`${user}:${password}`)];
  } catch {
    // btoa takes Latin-1 only; such a credential cannot travel in a Basic header at all.
    return [password];
  }
}
