/** The statuses that send a client elsewhere. */
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

export type RedirectDecision =
  | { follow: false }
  | { follow: true; url: URL; method: string; keepBody: boolean }
  | { refuse: string };

/** How a place is named in a refusal: the host, or the whole origin when only the scheme or port differs. */
function placeNames(from: URL, to: URL): [string, string] {
  return from.host === to.host ? [from.origin, to.origin] : [from.host, to.host];
}

/**
 * What to do with an answer that may be a redirect. The request carries the vendor's key, so it
 * follows only to the same origin (scheme, host and port): never to another host, never from
 * https to http. The method changes as the Fetch standard says (303, and POST after 301/302, become GET).
 */
export function decideRedirect(from: URL, status: number, location: string | null, method: string): RedirectDecision {
  if (!redirectStatuses.has(status) || location === null) return { follow: false };
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return { refuse: `the answer redirects to "${location.slice(0, 200)}", which is not a URL` };
  }
  if (to.origin !== from.origin) {
    const [fromName, toName] = placeNames(from, to);
    const downgrade = from.protocol === "https:" && to.protocol === "http:" ? " (from https to http)" : "";
    return {
      refuse: `the answer redirects from ${fromName} to ${toName}${downgrade}; scanstat sends credentials only to ${fromName} and did not follow`,
    };
  }
  const becomesGet = status === 303 || ((status === 301 || status === 302) && method === "POST");
  const nextMethod = becomesGet && method !== "HEAD" ? "GET" : method;
  return { follow: true, url: to, method: nextMethod, keepBody: nextMethod === method };
}
