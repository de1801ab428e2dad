import { ConfigError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

/** Printable ASCII and tab: what every HTTP stack sends as is. */
const headerSafe = /^[\t\u0020-\u007e]*$/;

/**
 * Throws ConfigError (exit 64) for a credential an HTTP header cannot carry: a non-ASCII
 * character pasted with a key, a line break inside it. Sent anyway it fails as a confusing
 * network error (`ERR_INVALID_CHAR`) or is refused as a wrong key. The message names the
 * variable and the character's position, never the value.
 */
export function requireHeaderSafeCredential(value: string, where: { vendor: VendorId; variable: string }): string {
  if (headerSafe.test(value)) return value;
  const index = [...value].findIndex((character) => !headerSafe.test(character));
  const character = [...value][index] ?? "";
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new ConfigError(
    `${where.vendor}: ${where.variable} holds a character an HTTP header cannot carry (${code} at character ${index + 1}): only printable ASCII is sent`,
    { vendor: where.vendor },
  );
}
