import {
  checkRateLimitClass,
  checkRequests,
  checkWindowSeconds,
  type Fail,
  type RateLimitOverride,
  rateLimitVendor,
} from "./rate-limit-settings.js";

const entryPattern = /^([^.=/\s]+)\.([^.=/\s]+)=([^/]*)\/(.*)$/;

/** `halo.read=120/60`: 120 requests per 60 seconds for halo's read class. */
export function parseRateLimitEntry(text: string, fail: Fail): RateLimitOverride {
  const entry = text.trim();
  const failEntry: Fail = (problem) => fail(`"${entry}": ${problem}`);
  const match = entryPattern.exec(entry);
  if (!match) return fail(`"${entry}" is not VENDOR.CLASS=REQUESTS/SECONDS (e.g. halo.read=120/60)`);
  const [, vendorText = "", rateClass = "", requestsText = "", secondsText = ""] = match;
  const vendor = rateLimitVendor(vendorText, failEntry);
  checkRateLimitClass(vendor, rateClass, failEntry);
  const number = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));
  const requests = checkRequests(number(requestsText), failEntry);
  const windowMs = checkWindowSeconds(number(secondsText), () => failEntry("seconds must be a positive number"));
  return { vendor, rateClass, requests, windowMs };
}

/** `halo.read=120/60,projectdiscovery.write=5/60` (`SCANSTAT_RATE_LIMITS`); empty entries are skipped. */
export function parseRateLimitList(text: string, fail: Fail): RateLimitOverride[] {
  return text
    .split(",")
    .filter((entry) => entry.trim() !== "")
    .map((entry) => parseRateLimitEntry(entry, fail));
}
