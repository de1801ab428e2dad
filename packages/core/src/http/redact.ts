const redacted = "***";

/** Header names whose values are always secret, whatever the vendor. */
const secretHeaderNames = new Set(["authorization", "x-api-key", "x-apikey", "cookie", "proxy-authorization"]);

/** Values shorter than this are not redacted: replacing `ab` everywhere would mangle the text. */
const shortestSecret = 4;

/** A value as it is given and as it may be sent: `Bearer ` removed, whitespace trimmed. */
function sentValues(secret: string): string[] {
  const trimmed = secret.trim();
  const bare = trimmed.replace(/^bearer\s+/i, "").trim();
  return [secret, trimmed, bare];
}

/**
 * Every printable form of a credential: as given, trimmed (headers drop surrounding
 * whitespace, environment files add a newline), without a `Bearer ` prefix, and percent-encoded
 * (a value in a URL or a form body). Longest first, so a form that holds another goes whole.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  for (const value of sentValues(secret)) {
    forms.add(value);
    forms.add(encodeURIComponent(value));
    // A query string writes a space as `+`.
    forms.add(encodeURIComponent(value).replace(/%20/g, "+"));
  }
  return [...forms].filter((form) => form.length >= shortestSecret).sort((a, b) => b.length - a.length);
}

// The forms of the secret lists in use, computed once (a few lists per process; cleared past 100).
const formsCache = new Map<string, string[]>();
function formsOf(secrets: readonly string[]): string[] {
  const key = secrets.length === 1 ? (secrets[0] ?? "") : secrets.join("\u0000");
  let forms = formsCache.get(key);
  if (!forms) {
    forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    if (formsCache.size >= 100) formsCache.clear();
    formsCache.set(key, forms);
  }
  return forms;
}

/** `scheme://user:password@host`: the userinfo of any URL in the text. */
const urlUserinfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]*@/gi;

/** Replaces the userinfo of every URL in `text` (`https://u:p@host` → `https://***@host`). */
export function redactUrlUserinfo(text: string): string {
  return text.includes("@") ? text.replace(urlUserinfo, `$1${redacted}@`) : text;
}

/**
 * Replaces every occurrence of each secret in `text`, in every form it may be sent in
 * (see `secretForms`), and the userinfo of any URL. Short values (< 4 chars) are ignored to
 * avoid mangling text. Redact first, then cut: a secret cut in half is no longer found.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = redactUrlUserinfo(text);
  for (const form of formsOf(secrets)) {
    if (result.includes(form)) result = result.split(form).join(redacted);
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

/**
 * The values a Basic auth header carries, in every printable form, for redaction: the
 * password, and the base64 of `user:password` as given and as sent (trimmed).
 */
export function basicAuthSecrets(user: string, password: string): string[] {
  const values = new Set<string>([password]);
  for (const [name, secret] of [
    [user, password],
    [user.trim(), password.trim()],
    [user.trim(), password],
  ] as const) {
    try {
      values.add(btoa(`${name}:${secret}`));
    } catch {
      // btoa takes Latin-1 only; such a credential cannot travel in a Basic header at all.
    }
  }
  return [...values];
}

/**
 * The userinfo of a URL (`https://user:password@host`): the password, the user name and both
 * together, for redaction. An unparsable URL gives none.
 */
export function urlUserinfoSecrets(url: string): string[] {
  try {
    const parsed = new URL(url.trim());
    const values = [parsed.password, decodeURIComponent(parsed.password), parsed.username].filter(
      (value) => value !== "",
    );
    return [...new Set(values)];
  } catch {
    return [];
  }
}
