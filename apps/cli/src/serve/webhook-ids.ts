/** How deep a webhook payload is searched: a vendor's payload is a few levels; deeper is not a payload. */
const maxDepth = 16;
/** How many values are looked at, at most: a hook body is capped, and so is the work it causes. */
const maxValues = 100_000;

/**
 * Every string and number in a webhook payload, as text: a watched scan whose id is one of them
 * is named by the payload, wherever the vendor put it (`scan_id`, `jobId`, `data.id`, …). Whole
 * values only: Halo's numeric ids would otherwise match inside any longer number or text.
 */
export function payloadValues(payload: unknown): Set<string> {
  const found = new Set<string>();
  let seen = 0;
  const visit = (value: unknown, depth: number): void => {
    if (++seen > maxValues || depth > maxDepth) return;
    if (typeof value === "string") found.add(value.trim());
    else if (typeof value === "number" && Number.isFinite(value)) found.add(String(value));
    else if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (typeof value === "object" && value !== null)
      for (const item of Object.values(value)) visit(item, depth + 1);
  };
  visit(payload, 0);
  return found;
}
