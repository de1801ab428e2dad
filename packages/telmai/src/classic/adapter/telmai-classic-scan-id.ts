import { InvalidScanRefError } from "@scanstat/core";

/** What a classic scan id carries: the job, and the asset its alerts are read under. */
export interface TelmaiClassicScanId {
  jobId: string;
  /** Absent for a bare job id: then the alerts are read by the older, source-free form. */
  assetId?: string;
}

/** A part written as itself: URL-unreserved characters only, not starting with `_` (the encoded mark). */
const plainPart = /^[A-Za-z0-9.-][A-Za-z0-9._-]*$/;

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

function encodePart(text: string): string {
  return plainPart.test(text) ? text : `_${toBase64Url(text)}`;
}

function decodePart(text: string): string | undefined {
  if (plainPart.test(text)) return text;
  return text.startsWith("_") ? fromBase64Url(text.slice(1)) : undefined;
}

/**
 * The scan id `trigger` prints: `<asset>~<job>`, so `status`, `watch` and the library can read
 * the job and its alerts from the ref alone (the alerts are read per source). One path-safe
 * token: only URL-unreserved characters (`A-Z a-z 0-9 . _ - ~`), never `.` or `..`, no `/`. A
 * part that is not plain (other characters, or a leading `_`) is written as `_` + base64url of
 * its UTF-8, e.g. asset `sales/eu` → `_c2FsZXMvZXU~a08aa2a2`. Telmai's own ids (hex, uuids,
 * `job-20260417-001`) are written verbatim, so the job id shows in the ref as Telmai sends it.
 */
export function formatTelmaiClassicScanId(id: TelmaiClassicScanId): string {
  if (id.assetId === undefined) return id.jobId;
  return `${encodePart(id.assetId)}~${encodePart(id.jobId)}`;
}

/**
 * Reads `<asset>~<job>`, or a bare job id (no `~`: taken verbatim, e.g. the `jobId` of a job
 * webhook). A malformed `~` id is an InvalidScanRefError (exit 64), never a request.
 */
export function parseTelmaiClassicScanId(text: string): TelmaiClassicScanId {
  const id = text.trim();
  const separator = id.indexOf("~");
  if (separator < 0) {
    if (id === "") throw new InvalidScanRefError("telmai: the scan id is empty", { vendor: "telmai" });
    return { jobId: id };
  }
  const assetId = decodePart(id.slice(0, separator));
  const jobId = decodePart(id.slice(separator + 1));
  if (assetId === undefined || jobId === undefined || assetId === "" || jobId === "") {
    throw new InvalidScanRefError(
      `telmai: malformed classic scan id "${id}": expected <asset>~<job> as a classic trigger answers it, or a bare job id`,
      { vendor: "telmai" },
    );
  }
  return { assetId, jobId };
}

/** Whether an id has the classic `<asset>~<job>` form (Fabric execution ids have no `~`). */
export function isTelmaiClassicScanId(text: string): boolean {
  return text.includes("~");
}
