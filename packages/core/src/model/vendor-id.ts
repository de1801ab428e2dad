/** The vendors scanstat knows. `pd` is accepted as an alias of `projectdiscovery` when parsing. */
export const vendorIds = ["soda", "projectdiscovery", "telmai", "halo"] as const;

export type VendorId = (typeof vendorIds)[number];

const aliases: ReadonlyMap<string, VendorId> = new Map([["pd", "projectdiscovery"]]);

/** Returns the vendor id for a name or alias, or undefined when the name is unknown. */
export function resolveVendorId(name: string): VendorId | undefined {
  const lower = name.trim().toLowerCase();
  if ((vendorIds as readonly string[]).includes(lower)) return lower as VendorId;
  // A Map, not an object: "constructor" or "toString" must not resolve to Object's own members.
  return aliases.get(lower);
}
