/**
 * FNV-1a of a credential: a short, stable, non-reversible name for it, so rate budgets are kept
 * per credential without the credential ever being printed or stored. Eight hex digits.
 */
export function credentialFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
