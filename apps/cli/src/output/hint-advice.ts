import type { ScanstatError, VendorId } from "@scanstat/core";
import { triggerFlagOf } from "../arguments/vendor-option-flags.js";
import { resolveVendorWord } from "../vendors/vendor-manifests.js";

/**
 * A library error's hint code in the CLI's words: the command to run, the flag to give. Undefined
 * without a code, or when the library still words the advice itself (a message that already names
 * a `scanstat` command: the libraries are losing those words, and the advice must not show twice).
 */
export function hintAdvice(
  error: Pick<ScanstatError, "hintCode" | "hintSubject" | "vendor" | "message">,
  fallbackVendor?: string,
): string | undefined {
  if (!error.hintCode || error.message.includes("`scanstat ")) return undefined;
  const vendorWord = error.vendor ?? fallbackVendor;
  const vendor: VendorId | undefined = vendorWord ? resolveVendorWord(vendorWord) : undefined;
  const subject = error.hintSubject?.trim() || undefined;
  const listActive = `look with \`scanstat list ${vendor ?? "<vendor>"} --active\` before starting again`;
  switch (error.hintCode) {
    case "list-active-scans":
      return listActive;
    case "read-scan-status":
      return subject && vendor ? `look with \`scanstat status ${vendor}:${subject}\`` : listActive;
    case "give-trigger-option": {
      if (!subject) return undefined;
      const flag = vendor ? triggerFlagOf(vendor, subject) : undefined;
      return flag ? `give ${flag}` : `give the trigger option "${subject}"`;
    }
    default:
      return undefined;
  }
}
