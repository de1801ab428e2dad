import { VendorResponseError } from "../errors/errors.js";
import type { VendorId } from "../model/vendor-id.js";

/**
 * Page caps: a vendor (or something posing as one) that answers every page with a full page of
 * new items would be read forever. Each paged read stops at its cap with this error; the caps
 * sit far above any real account (see each pager for its figure).
 */
export function pageCapError(vendor: VendorId, operation: string, pages: number): VendorResponseError {
  return new VendorResponseError(
    `${vendor} ${operation}: the list did not end after ${pages} pages; stopped reading (a list that never ends is not a vendor's answer)`,
    { vendor, operation },
  );
}
