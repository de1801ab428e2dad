/**
 * A vendor's id: the `vendor` of its package's manifest, a lowercase word (`[a-z][a-z0-9-]*`).
 * Open on purpose: core knows no vendor by name, so a new vendor package needs no change here.
 */
export type VendorId = string;

/** The shape of a vendor id (see VendorId). */
export const vendorIdPattern: RegExp = /^[a-z][a-z0-9-]*$/;

/** A vendor's id and the other words that name it (as a manifest gives them). */
export interface VendorNames {
  readonly vendor: VendorId;
  /** Other words that resolve to this vendor, e.g. a short form. */
  readonly aliases: readonly string[];
}
