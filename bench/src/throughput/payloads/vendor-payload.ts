/** A vendor's answers for 10 000 scans, as the vendor pages them: one body per page (Soda: per scan). */
export interface VendorPayload {
  vendor: string;
  /** What the bodies are, for the report. */
  shape: string;
  bodies: string[];
  /** Scans the bodies describe. */
  scans: number;
}

export const payloadScanCount = 10_000;

export function bytesOf(payload: VendorPayload): number {
  let bytes = 0;
  for (const body of payload.bodies) bytes += Buffer.byteLength(body);
  return bytes;
}
